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
