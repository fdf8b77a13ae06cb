import AccordHTTP
import Foundation
import HTTPTypes
import Testing

@testable import AccordAPI

/// `/metrics` counts requests by route pattern (never by raw path). Request ids are the HTTP
/// server's (`RequestIDTests`).
struct ObservabilityTests {
    let fixture: Fixture

    init() throws { fixture = try Fixture() }

    private func metrics() async -> String {
        String(decoding: await fixture.get("/metrics").body, as: UTF8.self)
    }

    @Test func requestsAreCountedByRoutePatternAndStatus() async throws {
        let agreements = try #require(
            try JSONSerialization.jsonObject(with: Data(await fixture.get("/agreements").body)) as? [String: Any])
        let id = try #require((agreements["data"] as? [[String: Any]])?.first?["id"] as? String)
        _ = await fixture.get("/agreements/\(id)")
        _ = await fixture.get("/agreements/no-such-agreement")
        _ = await fixture.get("/no/such/path/\(UUID())")
        _ = await fixture.get("/agreements", method: .delete)
        let text = await metrics()
        #expect(text.contains(#"accord_http_requests_total{method="GET",route="/agreements",status="200"} 1"#))
        #expect(text.contains(#"accord_http_requests_total{method="GET",route="/agreements/{id}",status="200"} 1"#))
        #expect(text.contains(#"accord_http_requests_total{method="GET",route="/agreements/{id}",status="404"} 1"#))
        #expect(text.contains(#"accord_http_requests_total{method="GET",route="unmatched",status="404"} 1"#))
        #expect(text.contains(#"accord_http_requests_total{method="DELETE",route="/agreements",status="405"} 1"#))
        #expect(!text.contains(id), "no raw path or id among the labels")
        #expect(!text.contains("no/such/path"))
        #expect(text.contains(#"accord_http_request_duration_seconds_bucket{method="GET",route="/agreements/{id}","#))
        for gauge in [
            "accord_http_open_connections", "accord_events_open_streams", "accord_store_version",
            "accord_store_articles", "accord_store_agreements", "accord_store_commitments",
        ] {
            #expect(text.contains("# TYPE \(gauge) gauge"), "\(gauge)")
        }
    }

    @Test func cachedAnswersGivenOnTheEventLoopAreCountedByRoute() async throws {
        _ = await fixture.get("/agreements?limit=1")
        let cached = try #require(fixture.application.respondImmediately(Fixture.request(.get, "/agreements?limit=1")))
        #expect(cached.status == .ok)
        var revalidation = Fixture.request(.get, "/agreements?limit=1")
        revalidation.headerFields[.ifNoneMatch] = cached.allHeaderFields[.eTag]
        #expect(fixture.application.respondImmediately(revalidation)?.status == .notModified)
        #expect(fixture.application.respondImmediately(revalidation)?.status == .notModified)
        #expect(fixture.application.respondImmediately(Fixture.request(.head, "/agreements?limit=1"))?.status == .ok)
        let text = await metrics()
        #expect(text.contains(#"accord_http_requests_total{method="GET",route="/agreements",status="200"} 2"#))
        #expect(text.contains(#"accord_http_requests_total{method="GET",route="/agreements",status="304"} 2"#))
        #expect(text.contains(#"accord_http_requests_total{method="HEAD",route="/agreements",status="200"} 1"#))
        #expect(text.contains(#"accord_http_request_duration_seconds_count{method="GET",route="/agreements"} 4"#))
    }
}
