import AccordHTTP
import HTTPTypes
import Synchronization

/// A response body in the forms the API serves it, built once and reused until the
/// snapshot changes: identity and gzip (when large enough), each with its strong ETag. The
/// gzip form is compressed when a client first asks for it, so an answer nobody fetches
/// compressed never pays for compression.
final class Representation: Sendable {
    let status: HTTPResponse.Status
    let contentType: String
    let headerFields: HTTPFields
    let body: [UInt8]
    /// Strong validator of the identity body: a hash of its bytes, so it changes only when they do.
    let etag: String
    /// The gzip form is a different representation and so carries its own strong ETag.
    let gzipETag: String
    /// Both, for If-None-Match: either form held by the client is current.
    private let etags: [String]
    /// Whether the body is large enough to be worth compressing.
    let compressible: Bool
    /// nil until first asked for; then the gzip body, or an empty array if zlib failed.
    private let gzipCache = Mutex<[UInt8]?>(nil)
    /// Seconds since 1970 of the data behind it; nil where that means nothing.
    let lastModified: Int?
    /// Where its answers from the cache are counted: set for the representations the cache holds.
    let hitSeries: RequestMetrics.CachedSeries?
    /// The header fields of each form, encoded for the wire once: a hit copies their bytes.
    private let identityFields: EncodedFields
    private let gzipFields: EncodedFields
    /// A 304 for the gzip form names its ETag but has no body to say the encoding of.
    private let gzipNotModifiedFields: EncodedFields

    /// `sharedFields` are fields every answer of the server carries (CORS for any origin),
    /// encoded with the representation's own so that an answer adds none.
    init(
        status: HTTPResponse.Status = .ok, contentType: String, headerFields: HTTPFields = [:], body: [UInt8],
        lastModified: Int? = nil, gzipMinimumBytes: Int, hitSeries: RequestMetrics.CachedSeries? = nil,
        sharedFields: HTTPFields = [:]
    ) {
        self.lastModified = lastModified
        self.status = status
        self.contentType = contentType
        self.headerFields = headerFields
        self.body = body
        self.hitSeries = hitSeries
        let etag = "\"" + FNV1a.hex(body) + "\""
        self.etag = etag
        self.gzipETag = String(etag.dropLast()) + "-gzip\""
        self.etags = [etag, gzipETag]
        self.compressible = body.count >= gzipMinimumBytes
        func fields(_ tag: String, gzip: Bool) -> EncodedFields {
            var fields = headerFields
            fields[.contentType] = contentType
            fields[.eTag] = tag
            fields[.cacheControl] = "no-cache"
            fields[.vary] = "Accept-Encoding"
            if let lastModified { fields[.lastModified] = HTTPDate.format(epochSeconds: lastModified) }
            if gzip { fields[.contentEncoding] = "gzip" }
            fields.append(contentsOf: sharedFields)
            return EncodedFields(fields)
        }
        identityFields = fields(etag, gzip: false)
        gzipFields = fields(gzipETag, gzip: true)
        gzipNotModifiedFields = fields(gzipETag, gzip: false)
    }

    /// The gzip body, compressed on first use; nil when the body is too small or zlib failed.
    var gzipped: [UInt8]? {
        guard compressible else { return nil }
        let bytes = gzipCache.withLock { cached in
            if let cached { return cached }
            let compressed = Gzip.compress(body) ?? []
            cached = compressed
            return compressed
        }
        return bytes.isEmpty ? nil : bytes
    }

    /// 304 when the client already holds either form, else the form it accepts. The content
    /// coding is chosen here, so the server is told not to compress.
    func response(to request: HTTPServerRequest) -> HTTPServerResponse {
        let gzipped =
            compressible && Gzip.acceptsGzip(request.headerValue(.acceptEncoding)) ? self.gzipped : nil
        if isNotModified(request) {
            return HTTPServerResponse(
                status: .notModified, encodedFields: gzipped != nil ? gzipNotModifiedFields : identityFields,
                mayCompress: false)
        }
        if let gzipped {
            return HTTPServerResponse(status: status, body: gzipped, encodedFields: gzipFields, mayCompress: false)
        }
        return HTTPServerResponse(status: status, body: body, encodedFields: identityFields, mayCompress: false)
    }
}

extension Representation {
    /// RFC 9110 13.2.2: If-None-Match decides when present; otherwise If-Modified-Since.
    fileprivate func isNotModified(_ request: HTTPServerRequest) -> Bool {
        guard request.method == .get || request.method == .head else { return false }
        // A revalidating client sends back the one ETag it holds: compared on the received bytes.
        if request.headerValue(.ifNoneMatch, isAnyOf: etags) { return true }
        if let tags = request.headerValue(.ifNoneMatch) { return ETagList.matches(tags, any: etags) }
        if let lastModified, let since = request.headerValue(.ifModifiedSince).flatMap(HTTPDate.parse) {
            return lastModified <= since
        }
        return false
    }
}

/// If-None-Match evaluation (RFC 9110 13.1.2): weak comparison, `*` matches anything.
enum ETagList {
    /// The usual case, a header that is exactly one current ETag, is answered before this by
    /// comparing the received bytes (`isNotModified`).
    static func matches(_ header: String, any current: [String]) -> Bool {
        for item in header.utf8.split(separator: UInt8(ascii: ",")) {
            var tag = item.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            while let last = tag.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { tag = tag.dropLast() }
            if tag.elementsEqual("*".utf8) { return true }
            if tag.starts(with: "W/".utf8) { tag = tag.dropFirst(2) }
            if current.contains(where: { $0.utf8.elementsEqual(tag) }) { return true }
        }
        return false
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
