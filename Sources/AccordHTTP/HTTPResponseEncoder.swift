import HTTPTypes

/// Serialises a response head and body for the wire. Always `HTTP/1.1`; adds `Date`, `Content-Length`
/// and `Connection` itself so the handler cannot get framing wrong, and the request's
/// `X-Request-ID` unless the handler gave one.
enum HTTPResponseEncoder {
    enum ConnectionHeader {
        case none
        case keepAlive  // an HTTP/1.0 client asked for keep-alive
        case close
    }

    /// Statuses that never carry a body (RFC 9110 6.4.1).
    static func forbidsBody(_ status: HTTPResponse.Status) -> Bool {
        status.kind == .informational || status.code == 204 || status.code == 304
    }

    /// `chunked`: the body follows in chunks (a streamed response), so no Content-Length.
    static func encode(
        _ response: HTTPServerResponse, isHead: Bool, connection: ConnectionHeader, date: String,
        requestID: HTTPRequestID? = nil, chunked: Bool = false
    ) -> [UInt8] {
        var out = OutputBuffer()
        encode(
            response, isHead: isHead, connection: connection, date: date, requestID: requestID, chunked: chunked,
            into: &out)
        return out.bytes
    }

    /// Writes the encoded response to `out` (a connection's output buffer: the body is copied
    /// once, straight into it); returns how many bytes it added.
    @discardableResult
    static func encode(
        _ response: HTTPServerResponse, isHead: Bool, connection: ConnectionHeader, date: String,
        requestID: HTTPRequestID? = nil, chunked: Bool = false, into out: inout OutputBuffer
    ) -> Int {
        let before = out.count
        let noBody = forbidsBody(response.status)
        let withBody = !isHead && !noBody && response.stream == nil
        out.reserve(320 + (response.encodedFields?.bytes.count ?? 0) + (withBody ? response.body.count : 0))
        statusLine(response.status, into: &out)
        var hasDate = response.encodedFields?.hasDate ?? false
        var hasRequestID = response.encodedFields?.hasRequestID ?? false
        for field in response.headerFields where !isFraming(field.name) {
            if field.name == .date { hasDate = true }
            if field.name == .xRequestID { hasRequestID = true }
            write(field, into: &out)
        }
        if let encoded = response.encodedFields { out.write(encoded.bytes) }
        if !hasDate {
            out.write("Date: ")
            out.write(date)
            out.write("\r\n")
        }
        if let requestID, !hasRequestID {
            out.write("X-Request-ID: ")
            requestID.write(into: &out)
            out.write("\r\n")
        }
        if chunked {
            out.write("Transfer-Encoding: chunked\r\n")
        } else if !noBody && response.stream == nil {
            out.write("Content-Length: ")
            out.writeDecimal(response.body.count)
            out.write("\r\n")
        }
        switch connection {
        case .none: break
        case .keepAlive: out.write("Connection: keep-alive\r\n")
        case .close: out.write("Connection: close\r\n")
        }
        out.write("\r\n")
        if withBody { out.write(response.body) }
        return out.count - before
    }

    /// Framing and connection management belong to the server: a handler's fields of these names are
    /// never sent.
    static func isFraming(_ name: HTTPField.Name) -> Bool {
        name == .contentLength || name == .transferEncoding || name == .connection
    }

    /// One field line, "Name: value\r\n".
    static func write(_ field: HTTPField, into out: inout OutputBuffer) {
        out.write(field.name.rawName)
        out.write(": ")
        field.withUnsafeBytesOfValue { out.write(UnsafeRawBufferPointer($0)) }
        out.write("\r\n")
    }

    /// The status line; the usual statuses with their standard phrase are written as constants
    /// (a handler may give a phrase of its own).
    private static func statusLine(_ status: HTTPResponse.Status, into out: inout OutputBuffer) {
        if let common = commonStatusLine(status.code), common.phrase == status.reasonPhrase {
            out.write(common.line)
        } else {
            out.write("HTTP/1.1 \(status.code) \(status.reasonPhrase)\r\n")
        }
    }

    private static func commonStatusLine(_ code: Int) -> (phrase: String, line: StaticString)? {
        switch code {
        case 200: ("OK", "HTTP/1.1 200 OK\r\n")
        case 201: ("Created", "HTTP/1.1 201 Created\r\n")
        case 204: ("No Content", "HTTP/1.1 204 No Content\r\n")
        case 301: ("Moved Permanently", "HTTP/1.1 301 Moved Permanently\r\n")
        case 304: ("Not Modified", "HTTP/1.1 304 Not Modified\r\n")
        case 400: ("Bad Request", "HTTP/1.1 400 Bad Request\r\n")
        case 401: ("Unauthorized", "HTTP/1.1 401 Unauthorized\r\n")
        case 403: ("Forbidden", "HTTP/1.1 403 Forbidden\r\n")
        case 404: ("Not Found", "HTTP/1.1 404 Not Found\r\n")
        case 405: ("Method Not Allowed", "HTTP/1.1 405 Method Not Allowed\r\n")
        case 406: ("Not Acceptable", "HTTP/1.1 406 Not Acceptable\r\n")
        case 413: ("Content Too Large", "HTTP/1.1 413 Content Too Large\r\n")
        case 415: ("Unsupported Media Type", "HTTP/1.1 415 Unsupported Media Type\r\n")
        case 422: ("Unprocessable Content", "HTTP/1.1 422 Unprocessable Content\r\n")
        case 429: ("Too Many Requests", "HTTP/1.1 429 Too Many Requests\r\n")
        case 500: ("Internal Server Error", "HTTP/1.1 500 Internal Server Error\r\n")
        case 503: ("Service Unavailable", "HTTP/1.1 503 Service Unavailable\r\n")
        default: nil
        }
    }

    /// One chunk of a chunked body (RFC 9112 7.1); an empty one would end the body, so never write none.
    static func writeChunk(_ bytes: [UInt8], into out: inout OutputBuffer) {
        out.reserve(bytes.count + 20)
        out.writeHex(UInt64(bytes.count))
        out.write("\r\n")
        out.write(bytes)
        out.write("\r\n")
    }

    static let lastChunk: StaticString = "0\r\n\r\n"

    static let continueResponse: StaticString = "HTTP/1.1 100 Continue\r\n\r\n"
}
