import AccordHTTP

/// `Accept` negotiation (RFC 9110 12.5.1): each resource has one media type; a request that
/// rules it out gets 406 instead of a body it said it cannot use.
enum AcceptHeader {
    /// Whether `header` admits `mediaType` ("application/json") with a quality above zero.
    /// No header admits everything.
    static func allows(_ header: String?, _ mediaType: String) -> Bool {
        guard let header, !header.allSatisfy({ $0 == " " || $0 == "\t" }) else { return true }
        if header == "*/*" || header == mediaType { return true }  // what curl and most clients send
        let (type, subtype) = split(mediaType)
        var best: (specificity: Int, quality: Double)?
        for range in header.split(separator: ",") {
            let parts = range.split(separator: ";").map { String($0).trimmingWhitespace().lowercased() }
            guard let first = parts.first, !first.isEmpty else { continue }
            let (rangeType, rangeSubtype) = split(first)
            let specificity: Int
            if rangeType == type && rangeSubtype == subtype {
                specificity = 2
            } else if rangeType == type && rangeSubtype == "*" {
                specificity = 1
            } else if rangeType == "*" && rangeSubtype == "*" {
                specificity = 0
            } else {
                continue
            }
            let quality =
                parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if best == nil || specificity > best!.specificity { best = (specificity, quality) }
        }
        return (best?.quality ?? 0) > 0
    }

    private static func split(_ mediaType: String) -> (String, String) {
        let halves = mediaType.split(separator: "/", maxSplits: 1).map(String.init)
        return (halves.first ?? "", halves.count > 1 ? halves[1] : "")
    }

    /// 406 unless the request's `Accept` admits `mediaType`.
    static func require(_ mediaType: String, for request: HTTPServerRequest) throws(Problem) {
        guard allows(request.headerValue(.accept), mediaType) else { throw notAcceptable(mediaType) }
    }

    static func notAcceptable(_ mediaType: String) -> Problem {
        Problem(status: .notAcceptable, detail: "this resource is only available as \(mediaType)")
    }
}
