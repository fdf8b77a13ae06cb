import AccordAPI
import AccordFetch
import AccordHTTP
import Foundation
import HTTPTypes
import Testing

@Suite struct WriteAPITests {
    static let article = """
        Vietnam and Japan sign energy deal

        HANOI, March 3 (Test Wire) - Vietnam and Japan signed an energy cooperation agreement in Hanoi on Tuesday.
        Japan will lend Vietnam $1.5 billion for offshore wind projects.
        """

    private func json(_ response: HTTPServerResponse) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test func writesAreForbiddenWithoutAConfiguredToken() async throws {
        let fixture = try Fixture(token: nil, articles: [:])
        let response = await fixture.post("/articles", body: Self.article, contentType: "text/plain")
        #expect(response.status == .forbidden)
        #expect(try json(response)["detail"] as? String ?? "" ~= "ACCORD_API_TOKEN")
    }

    @Test func aWrongTokenIs401() async throws {
        let fixture = try Fixture(articles: [:])
        let response = await fixture.post("/articles", body: Self.article, contentType: "text/plain", token: "nope")
        #expect(response.status == .unauthorized)
        #expect(response.allHeaderFields[.wwwAuthenticate] != nil)
    }

    @Test func postedArticlesAreCreatedOnceAndSurviveARestart() async throws {
        let fixture = try Fixture(articles: [:])
        let created = await fixture.post("/articles", body: Self.article, contentType: "text/plain; charset=utf-8")
        #expect(created.status == .created)
        let body = try json(created)
        let article = try #require(body["article"] as? [String: Any])
        let id = try #require(article["id"] as? String)
        #expect(created.allHeaderFields[.location] == "/articles/\(id)")
        #expect((body["agreements"] as? [Any])?.isEmpty == false)

        let again = await fixture.post("/articles", body: Self.article, contentType: "text/plain")
        #expect(again.status == .ok)
        #expect((try json(again)["article"] as? [String: Any])?["id"] as? String == id)

        let restarted = try Fixture(articles: [:], data: fixture.data)
        let list = try json(await restarted.get("/articles"))
        #expect((list["data"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
        #expect(try json(await restarted.get("/agreements"))["total"] as? Int == (body["agreements"] as? [Any])?.count)
    }

    @Test func twoInstancesOnOneDataFolderSeeEachOthersArticles() async throws {
        let first = try Fixture(articles: [:])
        let second = try Fixture(articles: [:], data: first.data)
        #expect(await first.post("/articles", body: Self.article, contentType: "text/plain").status == .created)
        #expect(try json(await second.get("/articles"))["total"] as? Int == 0)
        #expect(second.ingestor.pickUpDataFolder() == 1)
        #expect(try json(await second.get("/articles"))["total"] as? Int == 1)
        #expect(second.ingestor.pickUpDataFolder() == 0)  // nothing new: nothing loaded twice
        // The same article posted to the second instance too: the file is rewritten harmlessly.
        #expect(await second.post("/articles", body: Self.article, contentType: "text/plain").status == .ok)
        let other = Self.article.replacingOccurrences(of: "$1.5 billion", with: "$2 billion")
        #expect(await second.post("/articles", body: other, contentType: "text/plain").status == .created)
        #expect(first.ingestor.pickUpDataFolder() == 1)
        #expect(try json(await first.get("/articles"))["total"] as? Int == 2)
    }

    @Test func aDamagedFileInTheDataFolderIsSkippedNotFatal() async throws {
        let fixture = try Fixture(articles: [:])
        #expect(await fixture.post("/articles", body: Self.article, contentType: "text/plain").status == .created)
        let folder = fixture.data.appendingPathComponent("articles")
        try Data(#"{"id": "truncat"#.utf8).write(to: folder.appendingPathComponent("000_deadbeef.json"))
        try Data([0xFF, 0x00, 0x13]).write(to: folder.appendingPathComponent("000_badbytes.json"))
        let restarted = try Fixture(articles: [:], data: fixture.data)
        #expect(try json(await restarted.get("/articles"))["total"] as? Int == 1)
        #expect(restarted.ingestor.pickUpDataFolder() == 0)
    }

    @Test func writesBeyondTheClientsAllowanceAre429WithRetryAfter() async throws {
        let fixture = try Fixture(articles: [:])
        var configuration = APIConfiguration()
        configuration.apiToken = Fixture.token
        configuration.writeBurst = 2
        configuration.writesPerMinute = 6
        let application = Application(
            ingestor: fixture.ingestor, configuration: configuration, metrics: .init(), logger: .init(label: "t"))
        var headers = HTTPFields()
        headers[.contentType] = "text/plain"
        headers[.authorization] = "Bearer \(Fixture.token)"
        var statuses: [Int] = []
        var last = HTTPServerResponse(status: .ok)
        for n in 0..<3 {
            last = await application.handle(
                Fixture.request(.post, "/articles", headers: headers, body: Array((Self.article + "\(n)").utf8)))
            statuses.append(last.status.code)
        }
        #expect(statuses == [201, 201, 429])
        #expect(last.allHeaderFields[.retryAfter] == "10")  // one write per 10 s refills the bucket
        var other = Fixture.request(.post, "/articles", headers: headers, body: Array(Self.article.utf8))
        other.remoteAddress = "192.0.2.7"  // another client has its own allowance
        #expect(await application.handle(other).status == .created)
    }

    @Test func aDeclaredCharsetIsHonouredAndTheHashSurvivesARestart() async throws {
        let fixture = try Fixture(articles: [:])
        let latin1 = Array(Self.article.utf8) + Array("\nThe caf".utf8) + [0xE9] + Array(" opened.\n".utf8)
        let response = await fixture.post("/articles", bytes: latin1, contentType: "text/plain; charset=iso-8859-1")
        #expect(response.status == .created)
        let article = try #require(try json(response)["article"] as? [String: Any])
        let id = try #require(article["id"] as? String)
        let detail = try json(await fixture.get("/articles/\(id)"))
        #expect((detail["text"] as? String)?.contains("café") == true)

        let restarted = try Fixture(articles: [:], data: fixture.data)
        let after = try json(await restarted.get("/articles/\(id)"))
        #expect(after["contentHash"] as? String == article["contentHash"] as? String)
        let again = await restarted.post("/articles", bytes: latin1, contentType: "text/plain; charset=iso-8859-1")
        #expect(again.status == .ok, "the same bytes are recognised after a restart")
    }

    @Test func followingNextReadsTheSameVersionWhileArticlesArrive() async throws {
        let fixture = try Fixture()
        let first = try json(await fixture.get("/agreements?limit=1"))
        let next = try #require(first["next"] as? String)
        let total = try #require(first["total"] as? Int)
        #expect(await fixture.post("/articles", body: Self.article, contentType: "text/plain").status == .created)
        #expect(try json(await fixture.get("/agreements"))["total"] as? Int == total + 1)
        let second = try json(await fixture.get(next))
        #expect(second["total"] as? Int == total, "the page belongs to the version the first one had")
        let gone = await fixture.get("/agreements?version=999")
        #expect(gone.status == .notFound)
        #expect(gone.allHeaderFields[.contentType] == "application/problem+json")
    }

    @Test func jsonBodiesCarryMetadata() async throws {
        let fixture = try Fixture(articles: [:])
        let payload = try JSONSerialization.data(withJSONObject: [
            "text": Self.article, "published": "2026-03-03", "publisher": "Test Wire", "url": "https://example.test/a",
        ])
        let response = await fixture.post(
            "/articles", body: String(decoding: payload, as: UTF8.self), contentType: "application/json")
        #expect(response.status == .created)
        let article = try #require(try json(response)["article"] as? [String: Any])
        #expect(article["published"] as? String == "2026-03-03")
        #expect(article["publisher"] as? String == "Test Wire")
        #expect(article["url"] as? String == "https://example.test/a")
    }

    @Test(arguments: [
        ("application/json", "{not json", 400), ("application/json", "{\"url\": \"x\"}", 422),
        ("application/pdf", "%PDF", 415), ("text/plain", "   \n  ", 422),
    ])
    func badBodiesAreRefusedPrecisely(contentType: String, body: String, status: Int) async throws {
        let fixture = try Fixture(articles: [:])
        let response = await fixture.post("/articles", body: body, contentType: contentType)
        #expect(response.status.code == status)
        #expect(response.allHeaderFields[.contentType] == "application/problem+json")
        #expect(try json(await fixture.get("/articles"))["total"] as? Int == 0)
    }

    @Test func ingestRefusesPrivateAddressesUnlessAllowed() async throws {
        let fixture = try Fixture(articles: [:])
        let response = await fixture.post(
            "/ingest", body: #"{"url": "http://127.0.0.1:9/article.html"}"#, contentType: "application/json")
        #expect(response.status == .forbidden)
        for url in [
            "http://0.0.0.0:9/", "http://127.1:9/", "http://2130706433:9/", "http://[::ffff:127.0.0.1]:9/",
            "http://[::1]:9/",
        ] {
            let refused = await fixture.post("/ingest", body: #"{"url": "\#(url)"}"#, contentType: "application/json")
            #expect(refused.status == .forbidden, "\(url)")
        }
        let bad = await fixture.post("/ingest", body: #"{"url": "ftp://127.0.0.1/x"}"#, contentType: "application/json")
        #expect(bad.status == .badRequest)
        let malformed = await fixture.post(
            "/ingest", body: #"{"url": "http://exa mple.org/"}"#, contentType: "application/json")
        #expect(malformed.status == .badRequest)
    }

    /// A loopback upstream (our own server) with private addresses opened, as an intranet would.
    @Test func ingestByURLAnswersEachOutcomePrecisely() async throws {
        var fetch = FetchConfiguration()
        fetch.allowPrivateAddresses = true
        fetch.totalTimeout = .milliseconds(800)
        fetch.maxBytes = 64 * 1024
        let fixture = try Fixture(articles: [:], fetch: fetch)
        var configuration = HTTPServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let upstream = HTTPServer(configuration: configuration, logger: .init(label: "upstream")) { request in
            var fields = HTTPFields()
            switch request.path {
            case "/article.html":
                fields[.contentType] = "text/html; charset=utf-8"
                let html = "<html><head><title>Deal</title></head><body><p>\(Self.article)</p></body></html>"
                return HTTPServerResponse(status: .ok, headerFields: fields, body: Array(html.utf8))
            case "/photo.png":
                fields[.contentType] = "image/png"
                return HTTPServerResponse(status: .ok, headerFields: fields, body: [0x89, 0x50, 0x4E, 0x47])
            case "/huge.txt":
                fields[.contentType] = "text/plain"
                return HTTPServerResponse(
                    status: .ok, headerFields: fields, body: [UInt8](repeating: 0x61, count: 200_000))
            case "/blank.html":
                fields[.contentType] = "text/html"
                return HTTPServerResponse(
                    status: .ok, headerFields: fields, body: Array("<html><body> </body></html>".utf8))
            case "/slow":
                try? await Task.sleep(for: .milliseconds(1500))
                return HTTPServerResponse(status: .ok)
            default:
                return HTTPServerResponse(status: .notFound)
            }
        }
        let port = try upstream.start()
        func ingest(_ path: String) async -> HTTPServerResponse {
            await fixture.post(
                "/ingest", body: #"{"url": "http://127.0.0.1:\#(port)\#(path)"}"#, contentType: "application/json")
        }
        let created = await ingest("/article.html")
        #expect(created.status == .created)
        #expect(try json(created)["agreements"] as? [Any] != nil)
        #expect(await ingest("/article.html").status == .ok)  // the same content again
        #expect(await ingest("/photo.png").status == .unsupportedMediaType)
        #expect(await ingest("/huge.txt").status == .contentTooLarge)
        #expect(await ingest("/blank.html").status == .unprocessableContent)
        #expect(await ingest("/missing").status == .badGateway)
        #expect(await ingest("/slow").status == .gatewayTimeout)
        await upstream.shutdown()
        #expect(await ingest("/article2.html").status == .badGateway)  // connection refused
        #expect(try json(await fixture.get("/articles"))["total"] as? Int == 1)
    }
}

private func ~= (text: String, part: String) -> Bool { text.contains(part) }
