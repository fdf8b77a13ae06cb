/// A document reduced to the plain text that evidence offsets index into, with its metadata.
public struct Document: Sendable, Equatable {
    public var text: String
    public var title: String
    public var publisher: String?
    public var published: String?
    public var url: String?

    public init(text: String, title: String, publisher: String? = nil, published: String? = nil, url: String? = nil) {
        self.text = text
        self.title = title
        self.publisher = publisher
        self.published = published
        self.url = url
    }
}
