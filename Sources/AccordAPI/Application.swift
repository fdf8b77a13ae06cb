import AccordHTTP
import AccordIngest
import AccordStore
import Foundation
import HTTPTypes
import Logging
import Prometheus
import Synchronization

/// Accord's HTTP API: routes requests to the store and to ingest, and shapes every answer
/// (JSON, problem documents, ETags, CORS). Hand `handle` to an `HTTPServer`.
public final class Application: Sendable {
    /// Route handlers throw `Problem`s; anything else they throw answers 500.
    typealias Handler = @Sendable (Application, RequestContext) async throws -> HTTPServerResponse

    let ingestor: Ingestor
    let sourceWatcher: SourceWatcher?
    let writeLimiter: WriteRateLimiter
    let events: EventHub
    let configuration: APIConfiguration
    let metrics: PrometheusCollectorRegistry
    let logger: Logger
    let cache: RepresentationCache
    let staticPages: StaticPages
    let requestMetrics: RequestMetrics
    /// `corsAllowedOrigins` holds "*": every answer says so, whatever the origin.
    private let corsAnyOrigin: Bool
    private static let exposeHeaders = HTTPField(
        name: .accessControlExposeHeaders, value: "ETag, Last-Modified, Link, X-Total-Count, Location, X-Request-ID")
    private static let anyOrigin = HTTPField(name: .accessControlAllowOrigin, value: "*")
    /// What cached representations carry beside their own fields: with any origin allowed, the
    /// CORS fields, which are then the same for every answer.
    private let representationFields: HTTPFields
    private let connectionCount = Mutex<(@Sendable () -> Int)?>(nil)
    private let isReady = Atomic<Bool>(false)
    private let router: Router<Handler>

    /// `sourceWatcher`, when given, is what `GET /sources` shows.
    public init(
        ingestor: Ingestor, sourceWatcher: SourceWatcher? = nil, configuration: APIConfiguration,
        metrics: PrometheusCollectorRegistry, logger: Logger
    ) {
        self.ingestor = ingestor
        self.sourceWatcher = sourceWatcher
        self.writeLimiter = WriteRateLimiter(perMinute: configuration.writesPerMinute, burst: configuration.writeBurst)
        self.events = EventHub(
            store: ingestor.store, maximumStreams: configuration.maximumEventStreams,
            heartbeatInterval: configuration.eventHeartbeat)
        self.configuration = configuration
        self.corsAnyOrigin = configuration.corsAllowedOrigins.contains("*")
        self.representationFields = corsAnyOrigin ? HTTPFields([Self.anyOrigin, Self.exposeHeaders]) : [:]
        self.metrics = metrics
        self.logger = logger
        self.cache = RepresentationCache(capacity: configuration.cacheEntries)
        self.staticPages = StaticPages(gzipMinimumBytes: configuration.gzipMinimumBytes)
        self.requestMetrics = RequestMetrics(registry: metrics)
        var router = Router<Handler>()
        Self.addRoutes(to: &router)
        self.router = router
    }

    /// Every route as "METHOD /pattern", for checking the OpenAPI document against.
    public var routeTable: [String] { router.table.map { "\($0.method.rawValue) \($0.pattern)" } }

    /// Ends every `GET /events` stream cleanly; call before shutting the server down.
    public func closeEventStreams() { events.close() }

    /// Where `/metrics` reads the number of open connections from (the HTTP server's count).
    public func observeConnections(_ count: @escaping @Sendable () -> Int) {
        connectionCount.withLock { $0 = count }
    }

    var openConnections: Int? { connectionCount.withLock { $0 }?() }

    /// Readiness: set once the seeds and the data folder are loaded.
    public func markReady() { isReady.store(true, ordering: .releasing) }
    var ready: Bool { isReady.load(ordering: .acquiring) }

    /// The answer to a GET whose representation for the current snapshot is already cached (a
    /// repeated poll, a 304), given without leaving the server's event loop; nil for anything else.
    /// Only successful answers are cached, so a hit needs no routing or validation again.
    public func respondImmediately(_ request: HTTPServerRequest) -> HTTPServerResponse? {
        guard request.method == .get || request.method == .head,
            AcceptHeader.allows(request.headerValue(.accept), "application/json"),
            let representation = cache.existing(
                version: ingestor.store.version, key: RequestContext.cacheKey(of: request))
        else { return nil }
        let started = ContinuousClock.now
        var response = representation.response(to: request)
        // With any origin allowed, the CORS fields are among the representation's own.
        if !corsAnyOrigin { addCORS(to: &response, origin: request.headerValue(.origin)) }
        // Every representation the cache holds was built by `cached`, with its series.
        representation.hitSeries?.record(
            method: request.method, status: response.status.code, duration: ContinuousClock.now - started,
            in: requestMetrics)
        return response
    }

    public func handle(_ request: HTTPServerRequest) async -> HTTPServerResponse {
        let started = ContinuousClock.now
        var response: HTTPServerResponse
        var route: String?
        if request.method == .options {
            response = preflight(request)
            route = router.pattern(for: request.path)
        } else {
            switch router.route(request.method, path: request.path) {
            case .matched(let match):
                route = match.pattern
                let context = RequestContext(
                    request: request, pathParameters: match.parameters, snapshot: ingestor.store.snapshot,
                    route: match.pattern)
                do {
                    // The ingest a write makes logs this request's id.
                    response = try await Ingestor.$requestID.withValue(request.id.description) {
                        try await match.handler(self, context)
                    }
                } catch let problem as Problem {
                    response = problem.response
                } catch {
                    logger.error("handler failed", metadata: ["path": "\(request.path)", "error": "\(error)"])
                    response = Problem(status: .internalServerError, detail: "an internal error occurred").response
                }
            case .methodNotAllowed(let allowed):
                var problem = Problem(
                    status: .methodNotAllowed,
                    detail: "\(request.method.rawValue) is not allowed on \(request.path)")
                problem.headerFields[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
                response = problem.response
                route = router.pattern(for: request.path)
            case .notFound:
                response = Problem.notFound("no resource at \(request.path); see /openapi.json").response
            }
        }
        addCORS(to: &response, origin: request.headerValue(.origin))
        requestMetrics.record(
            method: request.method.rawValue, route: route ?? RequestMetrics.unmatched, status: response.status.code,
            duration: ContinuousClock.now - started)
        return response
    }

    /// A cached JSON representation of `value`, answered with 304 when the client has it.
    func json(
        _ context: RequestContext, _ value: () throws(Problem) -> some JSONValue
    ) throws(Problem)
        -> HTTPServerResponse
    {
        try cached(context) { () throws(Problem) in ([:], JSONWriter.encode(try value())) }
    }

    /// The representation of this request's path and query for the current snapshot: built by
    /// `build` (headers and JSON body) the first time, then served from the cache.
    func cached(
        _ context: RequestContext, _ build: () throws(Problem) -> (HTTPFields, [UInt8])
    ) throws(Problem) -> HTTPServerResponse {
        try AcceptHeader.require("application/json", for: context.request)
        let representation = try cache.representation(version: context.snapshot.version, key: context.cacheKey) {
            () throws(Problem) -> Representation in
            let (headers, body) = try build()
            return Representation(
                contentType: "application/json", headerFields: headers, body: body,
                lastModified: context.snapshot.modifiedAt, gzipMinimumBytes: configuration.gzipMinimumBytes,
                hitSeries: RequestMetrics.CachedSeries(
                    route: context.route, status: HTTPResponse.Status.ok.code, in: requestMetrics),
                sharedFields: representationFields)
        }
        return representation.response(to: context.request)
    }

    private func preflight(_ request: HTTPServerRequest) -> HTTPServerResponse {
        var fields = HTTPFields()
        let methods: [HTTPRequest.Method]
        switch router.route(.get, path: request.path) {
        case .matched: methods = [.get, .head, .options] + postMethods(request.path)
        case .methodNotAllowed(let allowed): methods = allowed
        case .notFound:
            if request.path == "*" {
                methods = [.get, .head, .post, .options]
            } else {
                return Problem.notFound("no resource at \(request.path)").response
            }
        }
        let allow = methods.map(\.rawValue).joined(separator: ", ")
        fields[.allow] = allow
        fields[.accessControlAllowMethods] = allow
        fields[.accessControlAllowHeaders] = "Authorization, Content-Type, If-None-Match"
        fields[.accessControlMaxAge] = "86400"
        return HTTPServerResponse(status: .noContent, headerFields: fields)
    }

    private func postMethods(_ path: String) -> [HTTPRequest.Method] {
        if case .matched = router.route(.post, path: path) { return [.post] }
        return []
    }

    private func addCORS(to response: inout HTTPServerResponse, origin: String?) {
        // Appended, not set: no handler sets these, and a set scans every field first.
        if corsAnyOrigin {
            // A cached representation carries them already, among its encoded fields.
            if response.encodedFields?.fields.contains(.accessControlAllowOrigin) == true { return }
            response.headerFields.append(Self.anyOrigin)
        } else {
            // The answer depends on the asking origin, so caches must keep them apart.
            let vary = response.headerFields[.vary].map { $0 + ", Origin" } ?? "Origin"
            response.headerFields[.vary] = vary
            guard let origin, configuration.corsAllowedOrigins.contains(origin) else { return }
            response.headerFields[.accessControlAllowOrigin] = origin
        }
        response.headerFields.append(Self.exposeHeaders)
    }
}
