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
        var out: [UInt8] = []
        encode(
            response, isHead: isHead, connection: connection, date: date, requestID: requestID, chunked: chunked,
            into: &out)
        return out
    }

    /// Appends the encoded response to `out` (a connection's output buffer: the body is copied
    /// once, straight into it); returns how many bytes it added.
    @discardableResult
    static func encode(
        _ response: HTTPServerResponse, isHead: Bool, connection: ConnectionHeader, date: String,
        requestID: HTTPRequestID? = nil, chunked: Bool = false, into out: inout [UInt8]
    ) -> Int {
        let start = out.count
        let noBody = forbidsBody(response.status)
        out.reserveCapacity(out.count + 256 + (isHead || noBody ? 0 : response.body.count))
        statusLine(response.status, into: &out)
        var hasDate = response.encodedFields?.hasDate ?? false
        var hasRequestID = response.encodedFields?.hasRequestID ?? false
        for field in response.headerFields where !isFraming(field.name) {
            if field.name == .date { hasDate = true }
            if field.name == .xRequestID { hasRequestID = true }
            append(field, to: &out)
        }
        if let encoded = response.encodedFields { out.append(contentsOf: encoded.bytes) }
        if !hasDate {
            out.append(contentsOf: datePrefix)
            append(date, to: &out)
            out.append(contentsOf: crlf)
        }
        if let requestID, !hasRequestID {
            out.append(contentsOf: requestIDPrefix)
            requestID.append(to: &out)
            out.append(contentsOf: crlf)
        }
        if chunked {
            append("Transfer-Encoding: chunked\r\n", to: &out)
        } else if !noBody && response.stream == nil {
            out.append(contentsOf: contentLengthPrefix)
            appendDecimal(response.body.count, to: &out)
            out.append(contentsOf: crlf)
        }
        switch connection {
        case .none: break
        case .keepAlive: append("Connection: keep-alive\r\n", to: &out)
        case .close: append("Connection: close\r\n", to: &out)
        }
        out.append(contentsOf: crlf)
        if !isHead && !noBody && response.stream == nil { out.append(contentsOf: response.body) }
        return out.count - start
    }

    /// Framing and connection management belong to the server: a handler's fields of these names are
    /// never sent.
    static func isFraming(_ name: HTTPField.Name) -> Bool {
        name == .contentLength || name == .transferEncoding || name == .connection
    }

    /// One field line, "Name: value\r\n".
    static func append(_ field: HTTPField, to out: inout [UInt8]) {
        append(field.name.rawName, to: &out)
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: " "))
        field.withUnsafeBytesOfValue { out.append(contentsOf: $0) }
        out.append(contentsOf: crlf)
    }

    /// The status lines a server mostly sends, encoded once.
    private static let commonStatusLines: [Int: (phrase: String, line: [UInt8])] = Dictionary(
        uniqueKeysWithValues: [
            HTTPResponse.Status.ok, .created, .noContent, .movedPermanently, .notModified, .badRequest, .unauthorized,
            .forbidden, .notFound, .methodNotAllowed, .notAcceptable, .contentTooLarge, .unsupportedMediaType,
            .unprocessableContent, .tooManyRequests, .internalServerError, .serviceUnavailable,
        ].map { ($0.code, ($0.reasonPhrase, Array("HTTP/1.1 \($0.code) \($0.reasonPhrase)\r\n".utf8))) })

    private static func statusLine(_ status: HTTPResponse.Status, into out: inout [UInt8]) {
        // Only the standard phrase may come from the table: a handler may give its own.
        if let common = commonStatusLines[status.code], common.phrase == status.reasonPhrase {
            out.append(contentsOf: common.line)
        } else {
            append("HTTP/1.1 \(status.code) \(status.reasonPhrase)\r\n", to: &out)
        }
    }

    private static let datePrefix = Array("Date: ".utf8)
    private static let requestIDPrefix = Array("X-Request-ID: ".utf8)
    private static let contentLengthPrefix = Array("Content-Length: ".utf8)

    /// A non-negative integer in decimal, without building a String.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// One chunk of a chunked body (RFC 9112 7.1); an empty one would end the body, so never call with none.
    static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        var out = Array(String(bytes.count, radix: 16).utf8) + crlf
        out.append(contentsOf: bytes)
        out.append(contentsOf: crlf)
        return out
    }

    static let lastChunk = Array("0\r\n\r\n".utf8)

    static let continueResponse = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private static let crlf: [UInt8] = [13, 10]

    private static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }
}
