/// What one or both parties promised, in the words of the article.
public struct Commitment: Codable, Hashable, Sendable {
    public var id: String
    public var agreementId: String
    public var articleId: String
    /// Who commits: one party, or both for a joint commitment; sorted.
    public var parties: [String]
    /// The clause or sentence that states the commitment.
    public var text: String
    /// One topic slug.
    public var category: String
    /// Deadline, ISO 8601 with reduced precision allowed.
    public var due: String?
    /// The words that stated the deadline.
    public var dueText: String?
    public var amount: Amount?
    public var evidence: Evidence
    /// Every report that states this commitment, `evidence`'s first: one span per article.
    public var evidences: [SourceEvidence]

    /// `evidences` nil: this commitment's own article and span only.
    public init(
        id: String, agreementId: String, articleId: String, parties: [String], text: String,
        category: String, due: String?, dueText: String?, amount: Amount?, evidence: Evidence,
        evidences: [SourceEvidence]? = nil
    ) {
        self.id = id
        self.agreementId = agreementId
        self.articleId = articleId
        self.parties = parties
        self.text = text
        self.category = category
        self.due = due
        self.dueText = dueText
        self.amount = amount
        self.evidence = evidence
        self.evidences =
            evidences ?? [SourceEvidence(articleId: articleId, start: evidence.start, end: evidence.end, text: text)]
    }

    enum CodingKeys: String, CodingKey {
        case id, agreementId, articleId, parties, text, category, due, dueText, amount, evidence, evidences
    }

    /// Reads documents from before `evidences` too.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), agreementId: try c.decode(String.self, forKey: .agreementId),
            articleId: try c.decode(String.self, forKey: .articleId),
            parties: try c.decode([String].self, forKey: .parties), text: try c.decode(String.self, forKey: .text),
            category: try c.decode(String.self, forKey: .category),
            due: try c.decodeIfPresent(String.self, forKey: .due),
            dueText: try c.decodeIfPresent(String.self, forKey: .dueText),
            amount: try c.decodeIfPresent(Amount.self, forKey: .amount),
            evidence: try c.decode(Evidence.self, forKey: .evidence),
            evidences: try c.decodeIfPresent([SourceEvidence].self, forKey: .evidences))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(agreementId, forKey: .agreementId)
        try c.encode(articleId, forKey: .articleId)
        try c.encode(parties, forKey: .parties)
        try c.encode(text, forKey: .text)
        try c.encode(category, forKey: .category)
        try c.encode(due, forKey: .due)
        try c.encode(dueText, forKey: .dueText)
        try c.encode(amount, forKey: .amount)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(evidences, forKey: .evidences)
    }
}
