/// A bilateral agreement reported by an article.
public struct Agreement: Codable, Hashable, Sendable {
    /// Stable across restarts for the same article content.
    public var id: String
    public var articleId: String
    public var title: String
    /// One or two sentences from the article.
    public var summary: String
    /// Signed or announced; ISO 8601, reduced precision allowed.
    public var date: String?
    /// English spelling.
    public var location: String?
    /// Sorted country codes.
    public var parties: [String]
    public var signatories: [Signatory]
    /// Sorted topic slugs.
    public var topics: [String]
    /// Countries named in the article that are not parties, sorted.
    public var mentions: [String]
    public var language: String
    public var source: AgreementSource
    public var sources: [SourceReport]
    public var commitmentCount: Int
    public var evidence: Evidence

    public init(
        id: String, articleId: String, title: String, summary: String, date: String?,
        location: String?, parties: [String], signatories: [Signatory], topics: [String],
        mentions: [String], language: String, source: AgreementSource, sources: [SourceReport],
        commitmentCount: Int, evidence: Evidence
    ) {
        self.id = id
        self.articleId = articleId
        self.title = title
        self.summary = summary
        self.date = date
        self.location = location
        self.parties = parties
        self.signatories = signatories
        self.topics = topics
        self.mentions = mentions
        self.language = language
        self.source = source
        self.sources = sources
        self.commitmentCount = commitmentCount
        self.evidence = evidence
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(articleId, forKey: .articleId)
        try c.encode(title, forKey: .title)
        try c.encode(summary, forKey: .summary)
        try c.encode(date, forKey: .date)
        try c.encode(location, forKey: .location)
        try c.encode(parties, forKey: .parties)
        try c.encode(signatories, forKey: .signatories)
        try c.encode(topics, forKey: .topics)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(language, forKey: .language)
        try c.encode(source, forKey: .source)
        try c.encode(sources, forKey: .sources)
        try c.encode(commitmentCount, forKey: .commitmentCount)
        try c.encode(evidence, forKey: .evidence)
    }
}
