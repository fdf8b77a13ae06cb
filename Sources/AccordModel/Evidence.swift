/// A span of an article's `text`, in Unicode scalar values, end exclusive.
public struct Evidence: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A span of one article that states a record, with its words: how a commitment reported by
/// several articles cites each of them.
public struct SourceEvidence: Codable, Hashable, Sendable {
    public var articleId: String
    public var start: Int
    public var end: Int
    /// The words of the span.
    public var text: String

    public init(articleId: String, start: Int, end: Int, text: String) {
        self.articleId = articleId
        self.start = start
        self.end = end
        self.text = text
    }
}
