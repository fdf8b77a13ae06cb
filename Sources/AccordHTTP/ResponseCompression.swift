import HTTPTypes

/// Decides whether a response body is gzipped and keeps `Vary: Accept-Encoding` on every response
/// whose representation could vary by it.
enum ResponseCompression {
    /// `acceptEncoding` is read only when the response may be compressed at all. Changes the
    /// response in place: most are left as they are, and a copy of each cost a cached answer.
    static func apply(
        to response: inout HTTPServerResponse, acceptEncoding: @autoclosure () -> String?, minimumBytes: Int
    ) {
        guard response.mayCompress, let contentType = response.headerFields.combined(.contentType),
            isCompressible(contentType: contentType)
        else { return }
        let alreadyEncoded = response.headerFields.combined(.contentEncoding) != nil
        // Already encoded, or too small to compress: at most Vary to add, and often not that.
        if alreadyEncoded || response.body.count < minimumBytes {
            if response.headerFields.combined(.vary) == "Accept-Encoding" { return }
        }
        addVaryAcceptEncoding(to: &response.headerFields)
        // A body the handler already encoded (e.g. cached pre-compressed) is left alone.
        guard !alreadyEncoded,
            response.body.count >= minimumBytes,
            Gzip.acceptsGzip(acceptEncoding()),
            let compressed = Gzip.compress(response.body)
        else { return }
        response.body = compressed
        response.headerFields.append(HTTPField(name: .contentEncoding, value: "gzip"))
    }

    static func isCompressible(contentType: String) -> Bool {
        if contentType == "application/json" { return true }  // nearly every answer: no parsing
        let mediaType = (contentType.split(separator: ";").first.map { $0.trimmingHTTPWhitespace() } ?? "")
            .lowercased()
        if mediaType.hasPrefix("text/") { return true }
        if mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json") { return true }
        return [
            "application/json", "application/javascript", "application/xml", "image/svg+xml",
        ].contains(mediaType)
    }

    /// Merges `Accept-Encoding` into any existing `Vary` (kept as one field).
    static func addVaryAcceptEncoding(to fields: inout HTTPFields) {
        if fields.combined(.vary) == "Accept-Encoding" { return }  // what cached answers already say
        let existing = fields[values: .vary]
        let tokens = existing.flatMap { $0.split(separator: ",").map { $0.trimmingHTTPWhitespace().lowercased() } }
        if tokens.contains("*") || tokens.contains("accept-encoding") { return }
        let merged = (existing.map { $0.trimmingHTTPWhitespace() }.filter { !$0.isEmpty } + ["Accept-Encoding"])
        fields[.vary] = merged.joined(separator: ", ")
    }
}
