import AccordAPI
import AccordExtract
import AccordFetch
import AccordHTTP
import AccordIngest
import AccordStore
import HTTPTypes
import Logging
import Prometheus
import Synchronization
import Testing

/// The log line of an ingest made by a request carries that request's id, the one the answer's
/// `X-Request-ID` gives, so a client's report can be matched with what the server did.
@Suite struct IngestLogTests {
    final class Capture: Sendable {
        let lines = Mutex<[(message: String, metadata: Logger.Metadata)]>([])
    }

    struct Handler: LogHandler {
        let capture: Capture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            capture.lines.withLock { $0.append(("\(event.message)", metadata.merging(event.metadata ?? [:]) { $1 })) }
        }
    }

    @Test func anIngestLogsItsRequestsID() async throws {
        let capture = Capture()
        let logger = Logger(label: "test") { _ in Handler(capture: capture) }
        let ingestor = Ingestor(
            store: Store(), extractor: Extractor(knowledge: try Knowledge.load(from: Fixture.configDirectory)),
            fetcher: Fetcher(), dataDirectory: nil, logger: logger)
        var configuration = APIConfiguration()
        configuration.apiToken = Fixture.token
        let application = Application(
            ingestor: ingestor, configuration: configuration, metrics: PrometheusCollectorRegistry(), logger: logger)
        application.markReady()
        var headers = HTTPFields()
        headers[.contentType] = "text/plain"
        headers[.authorization] = "Bearer \(Fixture.token)"
        /// Posts `text` and returns its answer and the id of its request (the server writes that id
        /// on the answer as `X-Request-ID`).
        func post(_ text: String) async -> (HTTPServerResponse, String) {
            let request = Fixture.request(.post, "/articles", headers: headers, body: Array(text.utf8))
            return (await application.handle(request), request.id.description)
        }
        let article = Fixture.articles["en-kr-ca.txt"]!
        let (created, id) = await post(article)
        #expect(created.status == .created)
        let (_, again) = await post(article)
        let (_, refused) = await post("   ")
        let lines = capture.lines.withLock { $0 }
        func line(_ message: String) -> Logger.Metadata? { lines.first { $0.message == message }?.metadata }
        #expect(line("article ingested")?["request_id"] == "\(id)")
        #expect(line("article already stored")?["request_id"] == "\(again)")
        #expect(line("article not ingested")?["request_id"] == "\(refused)")
        #expect(Set([id, again, refused]).count == 3)
    }
}
