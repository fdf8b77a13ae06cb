import HTTPTypes

/// One complete request as the server hands it to the handler: head and the whole (de-chunked) body.
public struct HTTPServerRequest: Sendable {
    public var method: HTTPRequest.Method
    /// The request-target exactly as received.
    public var target: String
    /// Path part of the target, still percent-encoded; `"/"` for an absolute-form target without a path,
    /// `"*"` for the asterisk-form.
    public var path: String
    /// Raw text after the first `?`, or nil when the target has no `?`.
    public var query: String?
    public var version: HTTPVersion
    /// Every header field. For a received request this is built from the received bytes on each
    /// read; to look up one field, `headerValue(_:)` is much cheaper.
    public var headerFields: HTTPFields {
        get {
            switch fields {
            case .received(let received): received.httpFields
            case .given(let given): given
            }
        }
        set { fields = .given(newValue) }
    }
    public var body: [UInt8]
    /// The peer's IP address (without port), e.g. `"127.0.0.1"` or `"::1"`.
    public var remoteAddress: String
    /// The request's id: its own `X-Request-ID` when acceptable, else a new one. The server
    /// writes it on the response.
    public var id: HTTPRequestID

    public init(
        method: HTTPRequest.Method, target: String, path: String, query: String? = nil,
        version: HTTPVersion = .http1_1, headerFields: HTTPFields = [:], body: [UInt8] = [],
        remoteAddress: String = ""
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.fields = .given(headerFields)
        self.body = body
        self.remoteAddress = remoteAddress
        self.id = HTTPRequestID(given: headerFields.combined(.xRequestID))
    }

    /// A request as the parser read it off the wire.
    init(
        method: HTTPRequest.Method, target: String, path: String, query: String?, version: HTTPVersion,
        receivedFields: ReceivedFields, body: [UInt8], remoteAddress: String
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.fields = .received(receivedFields)
        self.body = body
        self.remoteAddress = remoteAddress
        self.id = HTTPRequestID(given: receivedFields.combined(.xRequestID))
    }

    private enum Fields: Sendable {
        /// Read by the parser, kept as received until someone asks for `HTTPFields`.
        case received(ReceivedFields)
        /// Given to the initializer or set.
        case given(HTTPFields)
    }

    private var fields: Fields

    /// The named field's value, repeated fields joined with commas (RFC 9110 5.3), as
    /// `headerFields.combined(name)` gives it, without building the other fields.
    public func headerValue(_ name: HTTPField.Name) -> String? {
        switch fields {
        case .received(let received): received.combined(name)
        case .given(let given): given.combined(name)
        }
    }

    /// Whether the named field's value, as `headerValue(_:)` gives it, is one of `values`: for a
    /// revalidation's one ETag, found once and compared on the received bytes without making a
    /// string of them (so a single value that is not UTF-8 does not equal its repaired form).
    public func headerValue(_ name: HTTPField.Name, isAnyOf values: [String]) -> Bool {
        switch fields {
        case .received(let received): received.combined(name, isAnyOf: values)
        case .given(let given): given.combined(name).map(values.contains) ?? false
        }
    }

    /// Whether the connection may stay open after this request (RFC 9112 9.3).
    var wantsKeepAlive: Bool {
        // Nearly every request: HTTP/1.1 without a Connection field.
        if version == .http1_1 && !hasField(.connection) { return true }
        let tokens = connectionTokens
        if tokens.contains("close") { return false }
        if version == .http1_1 { return true }
        return tokens.contains("keep-alive")
    }

    private func hasField(_ name: HTTPField.Name) -> Bool {
        switch fields {
        case .received(let received): received.contains(name)
        case .given(let given): given.contains(name)
        }
    }

    private var connectionTokens: Set<String> {
        guard let value = headerValue(.connection) else { return [] }
        return Set(value.split(separator: ",").map { $0.trimmingHTTPWhitespace().lowercased() })
    }
}

extension StringProtocol {
    /// Drops leading and trailing SP / HTAB (HTTP's optional whitespace).
    func trimmingHTTPWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
