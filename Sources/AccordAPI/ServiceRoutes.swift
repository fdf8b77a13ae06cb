import AccordHTTP
import Foundation
import HTTPTypes
import Prometheus

/// Liveness, readiness, metrics, the OpenAPI document and the dashboard.
extension Application {
    func healthz(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        uncached(#"{"status":"ok"}"#)
    }

    /// 200 once seeds and the data folder are loaded; 503 before, so a load balancer waits.
    func readyz(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        guard ready else {
            var problem = Problem(status: .serviceUnavailable, detail: "loading seeds and the data folder")
            problem.headerFields[.retryAfter] = "1"
            throw problem
        }
        let snapshot = context.snapshot
        return uncached(
            #"{"status":"ready","version":\#(snapshot.version),"articles":\#(snapshot.articleCount),"agreements":\#(snapshot.agreementCount),"commitments":\#(snapshot.commitmentCount)}"#
        )
    }

    /// Server-Sent Events: the store's version whenever it changes (see `EventHub`).
    func eventStream(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        try context.query().requireKnown([])
        try AcceptHeader.require("text/event-stream", for: context.request)
        let lastEventID = context.request.headerValue(.lastEventID).flatMap {
            UInt64($0.trimmingCharacters(in: .whitespaces))
        }
        guard let stream = events.subscribe(lastEventID: lastEventID) else {
            var problem = Problem(
                status: .serviceUnavailable,
                detail: "too many open event streams; poll with If-None-Match or retry later")
            problem.headerFields[.retryAfter] = "5"
            throw problem
        }
        var fields = HTTPFields()
        fields[.contentType] = "text/event-stream; charset=utf-8"
        fields[.cacheControl] = "no-store"
        fields[.xAccelBuffering] = "no"  // nginx and friends: pass events through at once
        return HTTPServerResponse(status: .ok, headerFields: fields, stream: stream)
    }

    /// Prometheus text exposition format.
    func prometheusMetrics(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        let snapshot = context.snapshot
        requestMetrics.setGauges(
            connections: openConnections, eventStreams: events.openStreams, version: snapshot.version,
            articles: snapshot.articleCount, agreements: snapshot.agreementCount,
            commitments: snapshot.commitmentCount)
        var buffer: [UInt8] = []
        metrics.emit(into: &buffer)
        var fields = HTTPFields()
        fields[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        fields[.cacheControl] = "no-store"
        return HTTPServerResponse(status: .ok, headerFields: fields, body: buffer)
    }

    func openAPI(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        try context.query().requireKnown([])
        try AcceptHeader.require("application/json", for: context.request)
        return staticPages.openAPI.response(to: context.request)
    }

    /// A page for people: links arrive with filters, tracking and state parameters, which the
    /// page's script reads (or ignores), not the server.
    func dashboard(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        try AcceptHeader.require("text/html", for: context.request)
        return staticPages.dashboard.response(to: context.request)
    }

    func dashboardStyle(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        staticPages.dashboardStyle.response(to: context.request)
    }

    func dashboardScript(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        staticPages.dashboardScript.response(to: context.request)
    }

    private func uncached(_ json: String) -> HTTPServerResponse {
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        fields[.cacheControl] = "no-store"
        return HTTPServerResponse(status: .ok, headerFields: fields, body: Array(json.utf8))
    }
}

/// Documents that never change while the process runs, encoded and compressed once.
struct StaticPages: Sendable {
    let openAPI: Representation
    let dashboard: Representation
    let dashboardStyle: Representation
    let dashboardScript: Representation

    init(gzipMinimumBytes: Int) {
        openAPI = Representation(
            contentType: "application/json", body: Array(OpenAPIDocument.json.utf8), gzipMinimumBytes: gzipMinimumBytes)
        var page = HTTPFields()
        page[.contentSecurityPolicy] = Dashboard.contentSecurityPolicy
        page[.xContentTypeOptions] = "nosniff"
        page[.referrerPolicy] = "no-referrer"
        dashboard = Representation(
            contentType: "text/html; charset=utf-8", headerFields: page, body: Array(Dashboard.html.utf8),
            gzipMinimumBytes: gzipMinimumBytes)
        var asset = HTTPFields()
        asset[.xContentTypeOptions] = "nosniff"
        dashboardStyle = Representation(
            contentType: "text/css; charset=utf-8", headerFields: asset, body: Array(Dashboard.css.utf8),
            gzipMinimumBytes: gzipMinimumBytes)
        dashboardScript = Representation(
            contentType: "text/javascript; charset=utf-8", headerFields: asset, body: Array(Dashboard.javaScript.utf8),
            gzipMinimumBytes: gzipMinimumBytes)
    }
}

extension HTTPField.Name {
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let lastEventID = HTTPField.Name("Last-Event-ID")!
    static let xAccelBuffering = HTTPField.Name("X-Accel-Buffering")!
}
