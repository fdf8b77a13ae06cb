import HTTPTypes

/// What the handler returns. The server adds `Date`, `Content-Length` and `Connection`, and may gzip the body.
public struct HTTPServerResponse: Sendable {
    public var status: HTTPResponse.Status
    public var headerFields: HTTPFields
    public var body: [UInt8]

    public init(status: HTTPResponse.Status, headerFields: HTTPFields = [:], body: [UInt8] = []) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
    }
}

/// The request handler. It cannot throw: failures are responses (usually a problem document).
public typealias HTTPHandler = @Sendable (HTTPServerRequest) async -> HTTPServerResponse

/// An optional answer given on the connection's event loop, without a hop to the handler pool:
/// for lookups only (a cached representation, a 304). It must not block, wait or compute at
/// length, since every connection of that loop waits while it runs. nil passes the request on to
/// the `HTTPHandler`.
public typealias HTTPImmediateHandler = @Sendable (HTTPServerRequest) -> HTTPServerResponse?
