import AccordAPI
import AccordFetch
import AccordHTTP
import Foundation
import HTTPTypes
import Logging
import Synchronization
import Testing

@testable import AccordIngest

/// Watched sources against feeds and pages served by a loopback server the test starts.
@Suite struct SourcesTests {
    /// A news site on loopback: a feed whose items can be added to, and the articles it links.
    final class Locked<Value: Sendable>: Sendable {
        private let mutex: Mutex<Value>
        init(_ value: Value) { mutex = Mutex(value) }
        func withLock<T: Sendable>(_ body: (inout Value) -> T) -> T { mutex.withLock { body(&$0) } }
    }

    final class Site: Sendable {
        let items = Locked(["a1", "a2"])
        /// Requests seen, as "PATH if-none-match".
        let requests = Locked<[String]>([])
        private let server: HTTPServer
        let port: Int

        init() throws {
            var configuration = HTTPServerConfiguration()
            configuration.host = "127.0.0.1"
            configuration.port = 0
            let items = self.items
            let requests = self.requests
            server = HTTPServer(configuration: configuration, logger: Logger(label: "site")) { request in
                requests.withLock { $0.append("\(request.path) \(request.headerFields[.ifNoneMatch] ?? "-")") }
                var fields = HTTPFields()
                let current = items.withLock { $0 }
                switch request.path {
                case "/feed.xml":
                    let etag = "\"feed-\(current.count)\""
                    fields[.eTag] = etag
                    if request.headerFields[.ifNoneMatch] == etag {
                        return HTTPServerResponse(status: .notModified, headerFields: fields)
                    }
                    fields[.contentType] = "application/rss+xml"
                    return HTTPServerResponse(
                        status: .ok, headerFields: fields, body: Array(Site.rss(current, request).utf8))
                case "/atom.xml":  // validated by date only
                    fields[.lastModified] = "Tue, 28 Oct 2025 10:00:00 GMT"
                    if request.headerFields[.ifModifiedSince] == fields[.lastModified] {
                        return HTTPServerResponse(status: .notModified, headerFields: fields)
                    }
                    fields[.contentType] = "application/atom+xml"
                    let host = request.headerFields[HTTPField.Name("Host")!] ?? ""
                    let entries = current.map {
                        "<entry><title>Report \($0)</title><link rel=\"alternate\" href=\"http://\(host)/news/\($0).html\"/><updated>2025-10-28T10:00:00Z</updated></entry>"
                    }
                    let atom =
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>\(entries.joined())</feed>"
                    return HTTPServerResponse(status: .ok, headerFields: fields, body: Array(atom.utf8))
                case let path where path.hasPrefix("/news/"):
                    let name = String(path.dropFirst(6).dropLast(5))
                    guard current.contains(name) else { return HTTPServerResponse(status: .notFound) }
                    fields[.contentType] = "text/html; charset=utf-8"
                    return HTTPServerResponse(status: .ok, headerFields: fields, body: Array(Site.article(name).utf8))
                default:
                    return HTTPServerResponse(status: .notFound)
                }
            }
            port = try server.start()
        }

        func stop() async { await server.shutdown() }

        var base: String { "http://127.0.0.1:\(port)" }

        static func rss(_ items: [String], _ request: HTTPServerRequest) -> String {
            let host = request.headerFields[HTTPField.Name("Host")!] ?? ""
            return """
                <rss version="2.0"><channel><title>Loopback Wire</title>
                \(items.map { "<item><title>Report \($0)</title><link>http://\(host)/news/\($0).html</link><pubDate>Tue, 28 Oct 2025 09:00:00 GMT</pubDate></item>" }.joined())
                </channel></rss>
                """
        }

        static func article(_ name: String) -> String {
            """
            <html><body><article><p>TOKYO (Loopback Wire) - Japan and the United States signed a framework on \
            critical minerals in Tokyo on Tuesday, report \(name). Japan will invest $\(name.count) billion in \
            processing plants by 2028.</p></article></body></html>
            """
        }
    }

    private static func watcher(_ fixture: Fixture, _ sources: [WatchedSource]) -> SourceWatcher {
        var configuration = SourceWatcherConfiguration()
        configuration.minimumHostGap = .zero
        configuration.jitter = 0
        return SourceWatcher(
            sources: sources, ingestor: fixture.ingestor, configuration: configuration, logger: Logger(label: "t"))
    }

    private static func privateFetches() -> FetchConfiguration {
        var fetch = FetchConfiguration()
        fetch.allowPrivateAddresses = true
        fetch.totalTimeout = .seconds(3)
        return fetch
    }

    @Test func aFeedIsPolledConditionallyAndOnlyNewItemsAreFetched() async throws {
        let site = try Site()
        let fixture = try Fixture(articles: [:], fetch: Self.privateFetches())
        let watcher = Self.watcher(
            fixture,
            [
                WatchedSource(
                    name: "wire", url: site.base + "/feed.xml", kind: .feed, intervalSeconds: 60,
                    publisher: "Loopback Wire")
            ])

        #expect(await watcher.poll(0) == .seconds(60))
        var status = try #require(watcher.statuses.first)
        #expect(status.lastStatus == "ok" && status.itemsSeen == 2 && status.itemsIngested == 2)
        let articles = fixture.ingestor.store.snapshot.articles
        #expect(Set(articles.map(\.title)) == ["Report a1", "Report a2"])
        #expect(articles.allSatisfy { $0.publisher == "Loopback Wire" && $0.published == "2025-10-28" })

        await watcher.poll(0)  // unchanged: a 304, no article fetched
        status = try #require(watcher.statuses.first)
        #expect(status.lastStatus == "not-modified")
        #expect(site.requests.withLock { $0.last } == "/feed.xml \"feed-2\"")

        site.items.withLock { $0.append("a3") }
        await watcher.poll(0)
        status = try #require(watcher.statuses.first)
        #expect(status.lastStatus == "ok" && status.itemsSeen == 3 && status.itemsIngested == 3)
        let fetched = site.requests.withLock {
            $0.filter { $0.hasPrefix("/news/") }.map { $0.split(separator: " ")[0] }
        }
        #expect(fetched == ["/news/a1.html", "/news/a2.html", "/news/a3.html"])  // each page once

        let listed = try #require(
            JSONSerialization.jsonObject(with: Data(await Self.sources(fixture, watcher).body)) as? [String: Any])
        let row = try #require((listed["data"] as? [[String: Any]])?.first)
        #expect(
            row["itemsIngested"] as? Int == 3 && row["lastStatus"] as? String == "ok"
                && row["kind"] as? String == "feed")
        await site.stop()
    }

    @Test func anAtomFeedIsRevalidatedByDate() async throws {
        let site = try Site()
        let fixture = try Fixture(articles: [:], fetch: Self.privateFetches())
        let watcher = Self.watcher(
            fixture, [WatchedSource(name: "atom", url: site.base + "/atom.xml", kind: .feed, intervalSeconds: 60)])
        await watcher.poll(0)
        #expect(watcher.statuses.first?.itemsIngested == 2)
        await watcher.poll(0)
        #expect(watcher.statuses.first?.lastStatus == "not-modified")
        #expect(fixture.ingestor.store.snapshot.articles.count == 2)
        await site.stop()
    }

    @Test func failuresBackOffAndAreShown() async throws {
        let site = try Site()
        let fixture = try Fixture(articles: [:], fetch: Self.privateFetches())
        let watcher = Self.watcher(
            fixture, [WatchedSource(name: "gone", url: site.base + "/gone.html", kind: .page, intervalSeconds: 30)])
        #expect(await watcher.poll(0) == .seconds(60))
        #expect(await watcher.poll(0) == .seconds(120))
        let status = try #require(watcher.statuses.first)
        #expect(status.lastStatus == "error" && status.consecutiveFailures == 2)
        #expect(status.lastError?.contains("404") == true)
        await site.stop()
    }

    @Test func aWatchedPageIsIngestedOnceWhileUnchanged() async throws {
        let site = try Site()
        let fixture = try Fixture(articles: [:], fetch: Self.privateFetches())
        let watcher = Self.watcher(
            fixture, [WatchedSource(name: "page", url: site.base + "/news/a1.html", kind: .page, intervalSeconds: 30)])
        await watcher.poll(0)
        await watcher.poll(0)
        let status = try #require(watcher.statuses.first)
        #expect(status.itemsIngested == 1 && status.itemsSeen == 2 && status.lastStatus == "ok")
        #expect(fixture.ingestor.store.snapshot.articles.count == 1)
        await site.stop()
    }

    @Test func oneRequestAtATimePerHostWithAGap() async throws {
        let gate = HostGate(minimumGap: .milliseconds(100))
        let log = Locked<[String]>([])
        let times = Locked<[ContinuousClock.Instant]>([])
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<3 {
                group.addTask {
                    await gate.run("news.example") { () async -> Void in
                        log.withLock { $0.append("start") }
                        times.withLock { $0.append(.now) }
                        try? await Task.sleep(for: .milliseconds(30))
                        log.withLock { $0.append("end") }
                        times.withLock { $0.append(.now) }
                    }
                }
            }
        }
        #expect(log.withLock { $0 } == ["start", "end", "start", "end", "start", "end"])  // never overlapping
        let instants = times.withLock { $0 }
        for i in stride(from: 2, to: instants.count, by: 2) {
            #expect(instants[i] - instants[i - 1] >= .milliseconds(95))
        }
    }

    @Test func theSourcesFileIsReadAndChecked() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sources-\(UUID().uuidString).json")
        try Data(#"{"sources": [{"name": "n", "url": "https://a.example/rss", "kind": "feed"}]}"#.utf8).write(to: url)
        #expect(
            try WatchedSource.load(from: url) == [
                WatchedSource(name: "n", url: "https://a.example/rss", kind: .feed, intervalSeconds: 900)
            ])
        try Data(#"{"sources": [{"name": "n", "url": "u", "kind": "feed", "intervalSeconds": 1}]}"#.utf8).write(to: url)
        #expect(throws: DecodingError.self) { try WatchedSource.load(from: url) }
        #expect(try WatchedSource.load(from: url.appendingPathExtension("missing")) == [])
        // The shipped file parses.
        #expect(try WatchedSource.load(from: Fixture.configDirectory.appendingPathComponent("sources.json")).count >= 1)
    }

    private static func sources(_ fixture: Fixture, _ watcher: SourceWatcher) async -> HTTPServerResponse {
        let application = AccordAPI.Application(
            ingestor: fixture.ingestor, sourceWatcher: watcher, configuration: .init(), metrics: .init(),
            logger: Logger(label: "t"))
        return await application.handle(Fixture.request(.get, "/sources"))
    }
}
