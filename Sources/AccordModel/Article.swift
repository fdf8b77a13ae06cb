/// A source document as ingested. `text` is the plain text that evidence offsets index into.
public struct Article: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    /// "id" or "en", detected.
    public var language: String
    public var publisher: String?
    public var url: String?
    /// ISO 8601 date, reduced precision allowed.
    public var published: String?
    /// RFC 3339 timestamp, UTC.
    public var ingestedAt: String
    /// "sha256:" and the hex digest of the raw bytes as received.
    public var contentHash: String
    public var text: String

    public init(
        id: String, title: String, language: String, publisher: String?, url: String?,
        published: String?, ingestedAt: String, contentHash: String, text: String
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.publisher = publisher
        self.url = url
        self.published = published
        self.ingestedAt = ingestedAt
        self.contentHash = contentHash
        self.text = text
    }

    // Absent values are written as null: clients rely on every field being present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(language, forKey: .language)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(url, forKey: .url)
        try c.encode(published, forKey: .published)
        try c.encode(ingestedAt, forKey: .ingestedAt)
        try c.encode(contentHash, forKey: .contentHash)
        try c.encode(text, forKey: .text)
    }
}
