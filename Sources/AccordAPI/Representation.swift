import AccordHTTP
import HTTPTypes

/// A response body in the forms the API serves it, built once and reused until the
/// snapshot changes: identity and, on first demand, gzip, each with its strong ETag.
final class Representation: Sendable {
    let status: HTTPResponse.Status
    let contentType: String
    let headerFields: HTTPFields
    let body: [UInt8]
    /// Strong validator of the identity body: a hash of its bytes, so it changes only when they do.
    let etag: String
    let gzipped: [UInt8]?
    /// Seconds since 1970 of the data behind it; nil where that means nothing.
    let lastModified: Int?

    init(
        status: HTTPResponse.Status = .ok, contentType: String, headerFields: HTTPFields = [:], body: [UInt8],
        lastModified: Int? = nil, gzipMinimumBytes: Int
    ) {
        self.lastModified = lastModified
        self.status = status
        self.contentType = contentType
        self.headerFields = headerFields
        self.body = body
        self.etag = "\"" + FNV1a.hex(body) + "\""
        self.gzipped = body.count >= gzipMinimumBytes ? Gzip.compress(body) : nil
    }

    /// The gzip form is a different representation and so carries its own strong ETag.
    var gzipETag: String { String(etag.dropLast()) + "-gzip\"" }

    /// 304 when the client already holds either form, else the form it accepts.
    func response(to request: HTTPServerRequest) -> HTTPServerResponse {
        let useGzip = gzipped != nil && Gzip.acceptsGzip(request.headerFields[.acceptEncoding])
        var fields = headerFields
        fields[.contentType] = contentType
        fields[.eTag] = useGzip ? gzipETag : etag
        fields[.cacheControl] = "no-cache"
        fields[.vary] = "Accept-Encoding"
        if let lastModified { fields[.lastModified] = HTTPDate.format(epochSeconds: lastModified) }
        if isNotModified(request) {
            return HTTPServerResponse(status: .notModified, headerFields: fields)
        }
        if useGzip, let gzipped {
            fields[.contentEncoding] = "gzip"
            return HTTPServerResponse(status: status, headerFields: fields, body: gzipped)
        }
        return HTTPServerResponse(status: status, headerFields: fields, body: body)
    }
}

extension Representation {
    /// RFC 9110 13.2.2: If-None-Match decides when present; otherwise If-Modified-Since.
    fileprivate func isNotModified(_ request: HTTPServerRequest) -> Bool {
        guard request.method == .get || request.method == .head else { return false }
        if let tags = request.headerFields[.ifNoneMatch] { return ETagList.matches(tags, any: [etag, gzipETag]) }
        if let lastModified, let since = request.headerFields[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return lastModified <= since
        }
        return false
    }
}

/// If-None-Match evaluation (RFC 9110 13.1.2): weak comparison, `*` matches anything.
enum ETagList {
    static func matches(_ header: String, any current: [String]) -> Bool {
        for item in header.split(separator: ",") {
            var tag = item.trimmingCharacters(in: " \t")
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            if current.contains(tag) { return true }
        }
        return false
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

/// 64-bit FNV-1a: fast, and plenty to tell representations of this server apart.
enum FNV1a {
    static func hex(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
