import Foundation

/// One response that Accord gave, as `scripts/bench http` captured it with curl: the status,
/// every header except the per-connection ones (Date, Content-Length, Connection, Keep-Alive,
/// Transfer-Encoding), and the body bytes exactly as they went over the wire.
public struct CapturedResponse: Sendable {
    public var status: Int
    public var reason: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public var etag: String? { headers.first { $0.name.lowercased() == "etag" }?.value }

    /// The whole response as bytes, for a server that writes them as they are.
    public func encoded() -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if status != 304 && status != 204 { text += "Content-Length: \(body.count)\r\n" }
        text += "\r\n"
        return Array(text.utf8) + body
    }
}

/// The captured responses, by request target (path and query, as sent) and variant:
/// `identity`, `gzip` (asked with Accept-Encoding: gzip) and `notmodified` (the 304 to an
/// If-None-Match carrying the identity response's ETag).
///
/// The folder holds `manifest.tsv`, one `TARGET<TAB>VARIANT<TAB>NAME` a line, and for each
/// NAME the files `NAME.headers` (status line, then one `Name: value` a line) and `NAME.body`.
public struct Captures: Sendable {
    public var responses: [String: [String: CapturedResponse]] = [:]

    public init(directory: String) throws {
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        let manifest = try String(contentsOf: base.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        for line in manifest.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3 else { continue }
            let head = try String(contentsOf: base.appendingPathComponent(fields[2] + ".headers"), encoding: .utf8)
            var lines = head.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
            let headers = lines.compactMap { line -> (String, String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            let body = try [UInt8](Data(contentsOf: base.appendingPathComponent(fields[2] + ".body")))
            responses[fields[0], default: [:]][fields[1]] = CapturedResponse(
                status: Int(statusLine[1]) ?? 200, reason: statusLine.count > 2 ? statusLine[2] : "OK",
                headers: headers, body: body)
        }
    }

    /// The response Accord gave to this request: the gzip variant when the client accepts gzip and
    /// one was captured, the 304 when If-None-Match carries the chosen variant's ETag.
    public func response(target: String, acceptsGzip: Bool, ifNoneMatch: String?) -> CapturedResponse? {
        guard let variants = responses[target] else { return nil }
        guard let chosen = (acceptsGzip ? variants["gzip"] : nil) ?? variants["identity"] else { return nil }
        if let ifNoneMatch, let etag = chosen.etag, ifNoneMatch == etag, let notModified = variants["notmodified"] {
            return notModified
        }
        return chosen
    }

    /// The distinct paths (without query) that have captures: for routers that match on path.
    public var paths: Set<String> {
        Set(responses.keys.map { String($0.split(separator: "?", maxSplits: 1).first ?? "") })
    }
}
