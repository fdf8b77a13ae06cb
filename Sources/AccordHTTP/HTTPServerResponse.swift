import HTTPTypes

/// What the handler returns. The server adds `Date`, `Content-Length` and `Connection`, and may gzip the body.
public struct HTTPServerResponse: Sendable {
    public var status: HTTPResponse.Status
    public var headerFields: HTTPFields
    public var body: [UInt8]
    /// A body produced over time (Server-Sent Events), sent chunked as each piece arrives and
    /// ended when the stream finishes; `body` is ignored then. The server cancels the stream's
    /// consumer when the client goes away or the server shuts down, which ends the iteration,
    /// so producers learn of it through `onTermination`. A held stream costs no thread.
    public var stream: AsyncStream<[UInt8]>?
    /// Fields encoded beforehand, sent after `headerFields` as they are. The server does not look
    /// into them, so a Content-Type among them is not considered for compression: choose the
    /// coding before encoding them (and set `mayCompress` to false).
    public var encodedFields: EncodedFields?
    /// Whether the server may gzip the body and add `Vary: Accept-Encoding`. A handler that has
    /// chosen the content coding itself (a cached representation, with its own gzip form and
    /// `Vary`) says no, and the server sends the answer as it is.
    public var mayCompress: Bool

    public init(
        status: HTTPResponse.Status, headerFields: HTTPFields = [:], body: [UInt8] = [],
        stream: AsyncStream<[UInt8]>? = nil, encodedFields: EncodedFields? = nil, mayCompress: Bool = true
    ) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
        self.stream = stream
        self.encodedFields = encodedFields
        self.mayCompress = mayCompress
    }

    /// Every header field the handler gave, as the client gets them: `headerFields`, then
    /// `encodedFields`.
    public var allHeaderFields: HTTPFields {
        guard let encodedFields else { return headerFields }
        var all = headerFields
        all.append(contentsOf: encodedFields.fields)
        return all
    }
}

/// The request handler. It cannot throw: failures are responses (usually a problem document).
public typealias HTTPHandler = @Sendable (HTTPServerRequest) async -> HTTPServerResponse

/// An optional answer given on the connection's event loop, without a hop to the handler pool:
/// for lookups only (a cached representation, a 304). It must not block, wait or compute at
/// length, since every connection of that loop waits while it runs. nil passes the request on to
/// the `HTTPHandler`.
public typealias HTTPImmediateHandler = @Sendable (HTTPServerRequest) -> HTTPServerResponse?
