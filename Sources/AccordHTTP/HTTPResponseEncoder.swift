import HTTPTypes

/// Serialises a response head and body for the wire. Always `HTTP/1.1`; adds `Date`, `Content-Length`
/// and `Connection` itself so the handler cannot get framing wrong.
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
        chunked: Bool = false
    ) -> [UInt8] {
        let noBody = forbidsBody(response.status)
        var out: [UInt8] = []
        out.reserveCapacity(256 + (isHead || noBody ? 0 : response.body.count))
        append("HTTP/1.1 \(response.status.code) \(response.status.reasonPhrase)\r\n", to: &out)
        var hasDate = false
        for field in response.headerFields {
            switch field.name {
            // Framing and connection management belong to the server.
            case .contentLength, .transferEncoding, .connection: continue
            case .date: hasDate = true
            default: break
            }
            append(field.name.rawName, to: &out)
            out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            field.withUnsafeBytesOfValue { out.append(contentsOf: $0) }
            out.append(contentsOf: crlf)
        }
        if !hasDate { append("Date: \(date)\r\n", to: &out) }
        if chunked {
            append("Transfer-Encoding: chunked\r\n", to: &out)
        } else if !noBody && response.stream == nil {
            append("Content-Length: \(response.body.count)\r\n", to: &out)
        }
        switch connection {
        case .none: break
        case .keepAlive: append("Connection: keep-alive\r\n", to: &out)
        case .close: append("Connection: close\r\n", to: &out)
        }
        out.append(contentsOf: crlf)
        if !isHead && !noBody && response.stream == nil { out.append(contentsOf: response.body) }
        return out
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
