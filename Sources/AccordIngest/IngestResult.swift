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
    /// The URL is malformed or not http(s).
    case invalidURL(String)
    /// The URL's host is (or redirected to) an address we do not connect to.
    case addressRefused(String)
    /// The page is larger than the fetch limit.
    case tooLarge(limit: Int)
    /// The fetched page's media type is not one we extract from (an image, a PDF).
    case notAnArticle(mediaType: String)
    /// The page could not be fetched; the text says why.
    case fetchFailed(String)
    /// The remote server did not answer in time.
    case fetchTimedOut
    /// The article could not be written to the data folder, so it was not accepted.
    case storageFailed(String)

    public var description: String {
        switch self {
        case .emptyDocument: "the document has no text"
        case .invalidURL(let why): "the URL cannot be fetched: \(why)"
        case .addressRefused(let why): "the URL is refused: \(why)"
        case .tooLarge(let limit): "the page is larger than the limit of \(limit) bytes"
        case .notAnArticle(let type): "pages of type \(type) cannot be ingested; send text, Markdown or HTML"
        case .fetchFailed(let why): "the page could not be fetched: \(why)"
        case .fetchTimedOut: "the page did not arrive in time"
        case .storageFailed(let why): "the article could not be stored durably: \(why)"
        }
    }
}
