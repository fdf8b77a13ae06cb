import AccordAPI
import AccordHTTP
import Foundation
import HTTPTypes
import Testing

@Suite struct EventsTests {
    /// The `data:` JSON of the next event on the stream (skipping `retry:` and comments).
    private static func nextEvent(
        _ iterator: inout AsyncStream<[UInt8]>.Iterator
    ) async throws -> (id: String, data: [String: Any]) {
        while let piece = await iterator.next() {
            let text = String(decoding: piece, as: UTF8.self)
            guard text.hasPrefix("id: ") else { continue }
            let lines = text.split(separator: "\n")
            #expect(lines.count == 3 && lines[1] == "event: version" && text.hasSuffix("\n\n"))
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(lines[2].dropFirst(6).utf8)) as? [String: Any])
            return (String(lines[0].dropFirst(4)), json)
        }
        throw CancellationError()
    }

    @Test func aStreamOpensWithTheVersionAndTellsOfEachNewOne() async throws {
        let fixture = try Fixture()
        let response = await fixture.get("/events")
        #expect(response.status == .ok)
        #expect(response.allHeaderFields[.contentType] == "text/event-stream; charset=utf-8")
        #expect(response.allHeaderFields[.cacheControl] == "no-store")
        var events = try #require(response.stream).makeAsyncIterator()
        let first = try await Self.nextEvent(&events)
        let version = try #require(first.data["version"] as? Int)
        #expect(first.id == String(version))
        #expect(first.data["added"] is NSNull)
        let articles = try #require(first.data["articles"] as? Int)

        #expect(
            await fixture.post("/articles", body: WriteAPITests.article, contentType: "text/plain").status == .created)
        let next = try await Self.nextEvent(&events)
        #expect(next.data["version"] as? Int == version + 1)
        #expect(next.data["articles"] as? Int == articles + 1)
        let added = try #require(next.data["added"] as? [String: Int])
        #expect(added["articles"] == 1 && (added["agreements"] ?? 0) >= 1 && (added["commitments"] ?? 0) >= 1)
    }

    @Test func lastEventIDCountsWhatWasMissed() async throws {
        let fixture = try Fixture()
        let version = fixture.ingestor.store.snapshot.version
        #expect(
            await fixture.post("/articles", body: WriteAPITests.article, contentType: "text/plain").status == .created)
        var headers = HTTPFields()
        headers[HTTPField.Name("Last-Event-ID")!] = String(version)
        var events = try #require(await fixture.get("/events", headers: headers).stream).makeAsyncIterator()
        let first = try await Self.nextEvent(&events)
        #expect(first.data["since"] as? Int == Int(version))
        #expect((first.data["added"] as? [String: Int])?["articles"] == 1)
        headers[HTTPField.Name("Last-Event-ID")!] = "999999"  // never existed: the client must reload
        var unknown = try #require(await fixture.get("/events", headers: headers).stream).makeAsyncIterator()
        #expect(try await Self.nextEvent(&unknown).data["added"] is NSNull)
    }

    @Test func streamsAreCappedAndEndOnClose() async throws {
        let fixture = try Fixture()
        var configuration = APIConfiguration()
        configuration.maximumEventStreams = 2
        let application = Application(
            ingestor: fixture.ingestor, configuration: configuration, metrics: .init(), logger: .init(label: "t"))
        let first = await application.handle(Fixture.request(.get, "/events"))
        let second = await application.handle(Fixture.request(.get, "/events"))
        let third = await application.handle(Fixture.request(.get, "/events"))
        #expect(first.stream != nil && second.stream != nil)
        #expect(third.status == .serviceUnavailable && third.allHeaderFields[.retryAfter] == "5")
        application.closeEventStreams()
        var pieces = 0
        for await _ in try #require(first.stream) { pieces += 1 }
        #expect(pieces == 2, "retry and the opening event, then the end")
        #expect(await application.handle(Fixture.request(.get, "/events")).status == .serviceUnavailable)
    }

    @Test func heartbeatsKeepQuietStreamsAlive() async throws {
        let fixture = try Fixture()
        var configuration = APIConfiguration()
        configuration.eventHeartbeat = .milliseconds(50)
        let application = Application(
            ingestor: fixture.ingestor, configuration: configuration, metrics: .init(), logger: .init(label: "t"))
        let response = await application.handle(Fixture.request(.get, "/events"))
        var iterator = try #require(response.stream).makeAsyncIterator()
        var comments = 0
        while comments < 2, let piece = await iterator.next() {
            if piece == Array(": heartbeat\n\n".utf8) { comments += 1 }
        }
        #expect(comments == 2)
        application.closeEventStreams()
    }
}
