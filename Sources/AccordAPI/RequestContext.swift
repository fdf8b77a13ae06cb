import AccordHTTP
import AccordStore

/// What a route handler works from: the request, its path parameters and the one snapshot
/// the whole answer is computed from.
struct RequestContext: Sendable {
    var request: HTTPServerRequest
    var pathParameters: [String: String]
    var snapshot: Snapshot
    /// The route pattern that matched (`/agreements/{id}`), for metrics.
    var route: String = ""

    func pathParameter(_ name: String) -> String { pathParameters[name] ?? "" }

    func query() throws(Problem) -> QueryParameters { try QueryParameters(request.query) }

    /// The cache key of a GET: the target exactly as sent (path and query), taken as it is rather
    /// than built for every lookup. Two spellings of one resource are two entries, each correct.
    var cacheKey: String { Self.cacheKey(of: request) }

    static func cacheKey(of request: HTTPServerRequest) -> String { request.target }
}
