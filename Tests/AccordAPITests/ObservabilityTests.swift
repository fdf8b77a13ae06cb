import AccordHTTP
import Foundation
import HTTPTypes
import Testing

@testable import AccordAPI

/// `/metrics` counts requests by route pattern (never by raw path), and every answer carries
/// a request id.
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
        #expect(
            await metrics().contains(#"accord_http_requests_total{method="GET",route="/agreements",status="200"} 2"#))
    }

    @Test func everyAnswerCarriesARequestID() async throws {
        let first = await fixture.get("/healthz")
        let second = await fixture.get("/healthz")
        let a = try #require(first.allHeaderFields[HTTPField.Name("X-Request-ID")!])
        let b = try #require(second.allHeaderFields[HTTPField.Name("X-Request-ID")!])
        #expect(a != b)
        #expect(a.count == 17 && a.prefix(9) == b.prefix(9))
        #expect(UInt64(b.suffix(8), radix: 16) == UInt64(a.suffix(8), radix: 16).map { $0 + 1 })
        #expect(RequestIDs.format(prefix: "0badcafe", number: 0x2a) == "0badcafe-0000002a")
        #expect(RequestIDs.format(prefix: "0badcafe", number: 0x1_2345_6789) == "0badcafe-123456789")
        var headers = HTTPFields()
        headers[HTTPField.Name("X-Request-ID")!] = "proxy-7f3a.42"
        #expect(
            await fixture.get("/healthz", headers: headers).allHeaderFields[HTTPField.Name("X-Request-ID")!]
                == "proxy-7f3a.42")
        headers[HTTPField.Name("X-Request-ID")!] = "bad id <x>"
        let replaced = await fixture.get("/healthz", headers: headers).allHeaderFields[HTTPField.Name("X-Request-ID")!]
        #expect(replaced != nil && replaced != "bad id <x>")
        let problem = await fixture.get("/nowhere")
        #expect(problem.allHeaderFields[HTTPField.Name("X-Request-ID")!] != nil, "errors too")
    }
}
