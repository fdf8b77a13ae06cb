/// Where an agreement was first reported, with the outlets the article itself cites.
public struct AgreementSource: Codable, Hashable, Sendable {
    public var publisher: String?
    public var url: String?
    public var published: String?
    /// Outlets and institutions the article quotes ("Fox Business", "Gedung Putih").
    public var cites: [String]

    public init(publisher: String?, url: String?, published: String?, cites: [String]) {
        self.publisher = publisher
        self.url = url
        self.published = published
        self.cites = cites
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(url, forKey: .url)
        try c.encode(published, forKey: .published)
        try c.encode(cites, forKey: .cites)
    }
}

/// One report of an agreement: the article and the span that states it.
public struct SourceReport: Codable, Hashable, Sendable {
    public var articleId: String
    public var publisher: String?
    public var url: String?
    public var published: String?
    public var evidence: Evidence

    public init(articleId: String, publisher: String?, url: String?, published: String?, evidence: Evidence) {
        self.articleId = articleId
        self.publisher = publisher
        self.url = url
        self.published = published
        self.evidence = evidence
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(articleId, forKey: .articleId)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(url, forKey: .url)
        try c.encode(published, forKey: .published)
        try c.encode(evidence, forKey: .evidence)
    }
}
