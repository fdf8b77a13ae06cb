import HTTPTypes

/// The field names requests carry again and again, spelled as clients send them, each made into
/// an `HTTPField.Name` once: a received request's `HTTPFields` take these instead of making,
/// validating and lowercasing a String for every field. Any other spelling takes the general path,
/// so the received spelling is kept either way.
enum CommonFieldNames {
    private static let table: [(bytes: [UInt8], name: HTTPField.Name)] = [
        "Host", "host", "User-Agent", "user-agent", "Accept", "accept", "Accept-Encoding", "accept-encoding",
        "Accept-Language", "accept-language", "Connection", "connection", "If-None-Match", "if-none-match",
        "If-Modified-Since", "if-modified-since", "Content-Type", "content-type", "Content-Length", "content-length",
        "Origin", "origin", "Referer", "referer", "Authorization", "authorization", "Cache-Control", "cache-control",
        "X-Request-ID", "x-request-id", "X-Forwarded-For", "x-forwarded-for", "Transfer-Encoding", "Expect",
    ].map { (Array($0.utf8), HTTPField.Name($0)!) }

    /// The prebuilt name spelled exactly as `bytes`, or nil.
    static func name(spelled bytes: ArraySlice<UInt8>) -> HTTPField.Name? {
        for entry in table where entry.bytes.count == bytes.count && entry.bytes.elementsEqual(bytes) {
            return entry.name
        }
        return nil
    }
}
