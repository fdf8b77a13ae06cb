import AccordAPI
import Foundation
import HTTPTypes
import Testing

@Suite struct NegotiationTests {
    let fixture: Fixture

    init() throws { fixture = try Fixture() }

    @Test(arguments: [
        ("application/json", 200), ("application/*;q=0.5", 200), ("text/html, */*;q=0.8", 200),
        ("text/html", 406), ("application/json;q=0, */*", 406), ("application/xml", 406),
    ])
    func acceptDecidesBetweenJSONAnd406(accept: String, status: Int) async {
        var headers = HTTPFields()
        headers[.accept] = accept
        let response = await fixture.get("/agreements", headers: headers)
        #expect(response.status.code == status)
        if status == 406 { #expect(response.allHeaderFields[.contentType] == "application/problem+json") }
    }

    @Test func theDashboardIsHTML() async {
        var headers = HTTPFields()
        headers[.accept] = "application/json"
        #expect(await fixture.get("/", headers: headers).status == .notAcceptable)
        headers[.accept] = "text/html,application/xhtml+xml,*/*;q=0.8"
        #expect(await fixture.get("/", headers: headers).status == .ok)
    }

    @Test func theDashboardLoadsOnlyItsOwnAssetsUnderAStrictPolicy() async throws {
        let page = await fixture.get("/")
        let policy = try #require(page.allHeaderFields[.contentSecurityPolicy])
        #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"))
        #expect(!policy.contains("unsafe-inline") && !policy.contains("http"))
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(
            html.contains(#"<script src="/dashboard.js""#) && !html.contains("<style") && !html.contains("<script>"))
        #expect(!html.contains("http://") && !html.contains("https://"), "no external requests")
        let script = await fixture.get("/dashboard.js")
        #expect(script.status == .ok && script.allHeaderFields[.contentType] == "text/javascript; charset=utf-8")
        #expect(String(decoding: script.body, as: UTF8.self).contains("new EventSource(\"/events\")"))
        let style = await fixture.get("/dashboard.css")
        #expect(style.status == .ok && style.allHeaderFields[.contentType] == "text/css; charset=utf-8")
    }

    @Test func configuredOriginsAreEchoedOnlyToThemselves() async throws {
        var configuration = APIConfiguration()
        configuration.corsAllowedOrigins = ["https://dash.example.org"]
        let application = Application(
            ingestor: fixture.ingestor, configuration: configuration, metrics: .init(), logger: .init(label: "t"))
        var headers = HTTPFields()
        headers[.origin] = "https://dash.example.org"
        let allowed = await application.handle(Fixture.request(.get, "/agreements", headers: headers))
        #expect(allowed.allHeaderFields[.accessControlAllowOrigin] == "https://dash.example.org")
        #expect(allowed.allHeaderFields[.vary]?.contains("Origin") == true)
        // A cached answer, given on the event loop, is told apart by origin just the same.
        let immediate = try #require(
            application.respondImmediately(Fixture.request(.get, "/agreements", headers: headers)))
        #expect(immediate.allHeaderFields[.accessControlAllowOrigin] == "https://dash.example.org")
        #expect(immediate.allHeaderFields[.vary] == "Origin, Accept-Encoding")
        headers[.origin] = "https://evil.example"
        let refused = await application.handle(Fixture.request(.get, "/agreements", headers: headers))
        #expect(refused.allHeaderFields[.accessControlAllowOrigin] == nil)
        let refusedImmediately = application.respondImmediately(Fixture.request(.get, "/agreements", headers: headers))
        #expect(refusedImmediately != nil && refusedImmediately?.allHeaderFields[.accessControlAllowOrigin] == nil)
    }

    @Test func theOpenAPIDocumentDescribesEveryRouteAndNothingElse() async throws {
        let response = await fixture.get("/openapi.json")
        let document = try #require(JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let described = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        #expect(described == Set(fixture.application.routeTable))
    }
}
