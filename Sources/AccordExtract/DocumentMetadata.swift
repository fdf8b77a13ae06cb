/// Metadata given beside a document: a sidecar `NAME.meta.json`, a POSTed JSON body, or a fetch.
public struct DocumentMetadata: Codable, Sendable, Equatable {
    public var title: String?
    public var published: String?
    public var publisher: String?
    public var url: String?

    public init(title: String? = nil, published: String? = nil, publisher: String? = nil, url: String? = nil) {
        self.title = title
        self.published = published
        self.publisher = publisher
        self.url = url
    }
}
