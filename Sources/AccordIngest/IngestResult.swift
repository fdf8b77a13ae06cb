import AccordModel

/// What one ingest produced, and whether it was new.
public struct IngestResult: Sendable {
    public var article: Article
    public var agreements: [Agreement]
    public var commitments: [Commitment]
    /// False when the same content was already in the store; nothing changed then.
    public var created: Bool
}

/// Why an ingest was refused. Every case leaves the store as it was.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing but whitespace and markup.
    case emptyDocument
    /// The URL is not one we fetch: malformed, not http(s), or a private address.
    case urlRefused(String)
    /// The page could not be fetched; the text says why.
    case fetchFailed(String)
    /// The remote server did not answer in time.
    case fetchTimedOut
    /// The fetched page's media type is not one we extract from.
    case unsupportedMediaType(String)
    /// The article could not be written to the data folder, so it was not accepted.
    case storageFailed(String)

    public var description: String {
        switch self {
        case .emptyDocument: "the document has no text"
        case .urlRefused(let why): "the URL is refused: \(why)"
        case .fetchFailed(let why): "the page could not be fetched: \(why)"
        case .fetchTimedOut: "the page did not arrive in time"
        case .unsupportedMediaType(let type): "pages of type \(type) cannot be ingested; send text, Markdown or HTML"
        case .storageFailed(let why): "the article could not be stored durably: \(why)"
        }
    }
}
