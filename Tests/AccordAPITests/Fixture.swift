import AccordAPI
import AccordExtract
import AccordFetch
import AccordHTTP
import AccordIngest
import AccordStore
import Foundation
import HTTPTypes
import Logging
import Prometheus

/// An application over a temporary seeds folder holding the articles the tests wrote,
/// with the project's own `Config/` language files.
struct Fixture {
    static let token = "test-token"

    let application: Application
    let ingestor: Ingestor
    let seeds: URL
    let data: URL

    /// `data` reuses an earlier fixture's data folder (a restart).
    init(
        token: String? = Fixture.token, articles: [String: String] = Fixture.articles, data: URL? = nil,
        fetch: FetchConfiguration = FetchConfiguration()
    ) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("accord-api-\(UUID().uuidString)")
        seeds = root.appendingPathComponent("seeds")
        self.data = data ?? root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        for (name, text) in articles {
            try Data(text.utf8).write(to: seeds.appendingPathComponent(name))
        }
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        ingestor = Ingestor(
            store: Store(), extractor: Extractor(knowledge: try Knowledge.load(from: Self.configDirectory)),
            fetcher: Fetcher(configuration: fetch), dataDirectory: self.data, logger: logger)
        var configuration = APIConfiguration()
        configuration.apiToken = token
        application = Application(
            ingestor: ingestor, configuration: configuration, metrics: PrometheusCollectorRegistry(), logger: logger)
        ingestor.loadSeeds(from: seeds)
        ingestor.restoreDataFolder()
        application.markReady()
    }

    static var configDirectory: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let config = url.appendingPathComponent("Config")
            if FileManager.default.fileExists(atPath: config.appendingPathComponent("gazetteer.json").path) {
                return config
            }
        }
        fatalError("no Config/ above \(#filePath)")
    }

    func get(_ target: String, headers: HTTPFields = [:], method: HTTPRequest.Method = .get) async -> HTTPServerResponse
    {
        await application.handle(Self.request(method, target, headers: headers))
    }

    func post(
        _ target: String, body: String, contentType: String, token: String? = Fixture.token
    ) async
        -> HTTPServerResponse
    {
        await post(target, bytes: Array(body.utf8), contentType: contentType, token: token)
    }

    func post(
        _ target: String, bytes: [UInt8], contentType: String, token: String? = Fixture.token
    ) async
        -> HTTPServerResponse
    {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        if let token { headers[.authorization] = "Bearer \(token)" }
        return await application.handle(Self.request(.post, target, headers: headers, body: bytes))
    }

    static func request(
        _ method: HTTPRequest.Method, _ target: String, headers: HTTPFields = [:], body: [UInt8] = []
    )
        -> HTTPServerRequest
    {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return HTTPServerRequest(
            method: method, target: target, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil,
            headerFields: headers, body: body, remoteAddress: "127.0.0.1")
    }

    /// Two short reports written for these tests: one English, one Indonesian.
    static let articles: [String: String] = [
        "en-kr-ca.txt": """
        ---
        published: 2025-09-15
        publisher: Test Wire
        ---
        South Korea and Canada sign critical minerals agreement

        OTTAWA, Sept 15 (Test Wire) - South Korea and Canada signed an agreement on critical minerals on Monday in Ottawa.
        Canada will supply 10,000 tonnes of lithium to South Korea each year.
        South Korea will invest US$2 billion in Canadian battery plants by 2028.
        Both countries will set up a joint working group on supply chains within 90 days.
        """,
        "id-id-au.txt": """
        ---
        published: 2025-11-12
        publisher: Kabar Uji
        ---
        Indonesia dan Australia Teken Perjanjian Keamanan

        Jakarta, Kabar Uji – Indonesia dan Australia menandatangani perjanjian kerja sama keamanan di Jakarta pada Rabu (12/11/2025).
        Kedua negara akan menggelar latihan militer bersama setiap tahun.
        Australia akan memberikan hibah senilai 50 juta dolar AS untuk pelatihan penjaga pantai Indonesia.
        """,
    ]
}
