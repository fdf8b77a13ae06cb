// Query latency on a synthetic store: 100,000 agreements and 1,000,000 commitments.
//
//   swift run -c release QueryBenchmark [--agreements N] [--per-agreement K]
//
// Prints the median time of a filtered page (party + topic), a full-text search and a 304
// revalidation: in-process (store and application) and over HTTP on a loopback socket.
import AccordAPI
import AccordExtract
import AccordFetch
import AccordHTTP
import AccordIngest
import AccordModel
import AccordStore
import Foundation
import HTTPTypes
import Logging
import Prometheus

/// Deterministic pseudo-random numbers (SplitMix64), so every run measures the same store.
struct Random {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

enum Synthetic {
    static let countries = [
        "AU", "BR", "CA", "CN", "DE", "EU", "FR", "GB", "ID", "IN", "JP", "KR", "MY", "PH", "SA", "SG", "TH", "US",
        "VN",
        "ZA",
    ]
    static let topics = Topic.allCases.map(\.rawValue)
    /// A vocabulary of 3,000 words drawn with Zipf's law, as words are in news text: a few very
    /// common, most rare. The searched words sit at ranks 150 and 400, typical content words.
    static let words: [String] = {
        let syllables = ["ka", "ri", "mo", "tu", "len", "sa", "per", "di", "an", "go", "bel", "ni", "ro", "tam", "ve"]
        var words = (0..<3000).map { i in
            (0..<3).map { syllables[(i / [1, 15, 225][$0]) % syllables.count] }.joined()
        }
        words[150] = "nickel"
        words[400] = "smelter"
        return words
    }()
    /// Cumulative Zipf weights (s = 1) for drawing a word rank.
    static let cumulative: [Double] = {
        var total = 0.0
        return (1...words.count).map { rank in
            total += 1 / Double(rank)
            return total
        }
    }()

    static func sentence(_ random: inout Random, _ length: Int) -> String {
        (0..<length).map { _ in
            let target = Double(random.next(1 << 30)) / Double(1 << 30) * cumulative[cumulative.count - 1]
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] < target { low = mid + 1 } else { high = mid }
            }
            return words[low]
        }.joined(separator: " ")
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func snapshot(agreements agreementCount: Int, perAgreement: Int) -> Snapshot {
        var random = Random(state: 42)
        var articles: [Article] = []
        var agreements: [Agreement] = []
        var commitments: [Commitment] = []
        agreements.reserveCapacity(agreementCount)
        commitments.reserveCapacity(agreementCount * perAgreement)
        for a in 0..<agreementCount {
            let articleID = "article-\(a / 10)"
            if a % 10 == 0 {
                articles.append(
                    Article(
                        id: articleID, title: sentence(&random, 8), language: a % 20 == 0 ? "id" : "en",
                        publisher: "Wire", url: nil, published: "2025-01-01", ingestedAt: "2026-01-01T00:00:00Z",
                        contentHash: "sha256:\(a)", text: sentence(&random, 60)))
            }
            var parties = Set<String>()
            while parties.count < 2 { parties.insert(countries[random.next(countries.count)]) }
            let sortedParties = parties.sorted()
            let id = String(a, radix: 16)
            let date = "20\(20 + random.next(6))-\(two(1 + random.next(12)))-\(two(1 + random.next(28)))"
            agreements.append(
                Agreement(
                    id: id, articleId: articleID, title: sentence(&random, 8), summary: sentence(&random, 20),
                    date: date, location: nil, parties: sortedParties, signatories: [],
                    topics: Array(Set((0..<3).map { _ in topics[random.next(topics.count)] })).sorted(), mentions: [],
                    language: "en", source: AgreementSource(publisher: "Wire", url: nil, published: date, cites: []),
                    sources: [], commitmentCount: perAgreement, evidence: Evidence(start: 0, end: 10)))
            for c in 0..<perAgreement {
                commitments.append(
                    Commitment(
                        id: "\(id)-\(c)", agreementId: id, articleId: articleID,
                        parties: random.next(3) == 0 ? sortedParties : [sortedParties[random.next(2)]],
                        text: sentence(&random, 18), category: topics[random.next(topics.count)], due: nil,
                        dueText: nil, amount: nil, evidence: Evidence(start: c * 100, end: c * 100 + 90)))
            }
        }
        return Snapshot(version: 1, modifiedAt: 0, articles: articles, agreements: agreements, commitments: commitments)
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Median of `runs` timings of `body`, in milliseconds.
@MainActor func median(_ runs: Int = 201, _ body: () async -> Void) async -> Double {
    let clock = ContinuousClock()
    var times: [Double] = []
    for _ in 0..<runs {
        let start = clock.now
        await body()
        times.append(seconds(clock.now - start) * 1000)
    }
    return times.sorted()[runs / 2]
}

func residentMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kib / 1024
}

func request(_ target: String, _ headers: HTTPFields = [:]) -> HTTPServerRequest {
    let parts = target.split(separator: "?", maxSplits: 1)
    return HTTPServerRequest(
        method: .get, target: target, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil,
        headerFields: headers)
}

/// One keep-alive loopback connection that reads responses framed by Content-Length.
final class Connection {
    let fd: Int32
    var buffer = [UInt8](repeating: 0, count: 1 << 20)

    init(port: Int) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close(fd) }

    func roundTrip(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var received = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress! + received, $0.count - received, 0) }
            guard count > 0 else { fatalError("connection closed") }
            received += count
            guard let end = headEnd(received) else { continue }
            let head = String(decoding: buffer[0..<end], as: UTF8.self).lowercased()
            let length =
                head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if end + 4 + length <= received { return }
        }
    }

    private func headEnd(_ count: Int) -> Int? {
        guard count >= 4 else { return nil }
        for i in 0...(count - 4)
        where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
            return i
        }
        return nil
    }
}

@main
struct QueryBenchmark {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let value = Int(arguments[i + 1])
            else { return fallback }
            return value
        }
        let clock = ContinuousClock()
        let started = clock.now
        let snapshot = Synthetic.snapshot(
            agreements: option("--agreements", 100_000), perAgreement: option("--per-agreement", 10))
        print(
            String(
                format: "store: %d agreements, %d commitments, built with indexes in %.1f s, resident %.0f MiB",
                snapshot.agreementCount, snapshot.commitmentCount, seconds(clock.now - started), residentMiB()))

        // Writes: one more article with one agreement and its commitments, as POST /articles adds.
        // Each lands in the delta; the last ones show a write when the delta is nearly full.
        let written = Synthetic.snapshot(agreements: 1, perAgreement: option("--per-agreement", 10))
        func write(_ n: Int, onto snapshot: Snapshot) -> Snapshot {
            snapshot.replacing(
                article: Article(
                    id: "written-\(n)", title: "t", language: "en", publisher: nil, url: nil, published: nil,
                    ingestedAt: "2026-01-01T00:00:00Z", contentHash: "sha256:written-\(n)",
                    text: written.articles[0].text),
                agreements: written.agreements.map {
                    var agreement = $0
                    agreement.id = "written-\(n)"
                    agreement.articleId = "written-\(n)"
                    return agreement
                },
                commitments: written.commitments.map {
                    var commitment = $0
                    commitment.id = "written-\(n)-" + commitment.id
                    commitment.agreementId = "written-\(n)"
                    commitment.articleId = "written-\(n)"
                    return commitment
                })
        }
        var afterWrites = snapshot
        var firstWrite = 0.0
        var lastWrite = 0.0
        var writes = 0
        let writesStarted = clock.now
        while !afterWrites.needsCompaction {
            let writeStarted = clock.now
            afterWrites = write(writes, onto: afterWrites)
            lastWrite = seconds(clock.now - writeStarted) * 1000
            if writes == 0 { firstWrite = lastWrite }
            writes += 1
        }
        let writesTook = seconds(clock.now - writesStarted)
        let compactionStarted = clock.now
        _ = afterWrites.compacted()
        print(
            String(
                format:
                    "write  one article: %.1f ms into an empty delta, %.1f ms into a full one (%d articles), mean %.1f ms; folding the delta into the base %.1f s",
                firstWrite, lastWrite, writes, writesTook * 1000 / Double(writes),
                seconds(clock.now - compactionStarted)))

        // In-process, the store alone.
        var filtered = AgreementQuery()
        filtered.parties = ["JP"]
        filtered.topics = ["trade"]
        var search = CommitmentQuery()
        search.search = SearchQuery("nickel smelter")
        var checksum = 0
        let storeFiltered = await median { checksum &+= snapshot.agreements(matching: filtered).total }
        let storeSearch = await median { checksum &+= snapshot.commitments(matching: search).total }
        print(
            String(
                format: "store  filtered page (party+topic) %.3f ms · search, 2 words over the commitments %.3f ms",
                storeFiltered, storeSearch))
        let deltaFiltered = await median { checksum &+= afterWrites.agreements(matching: filtered).total }
        let deltaSearch = await median { checksum &+= afterWrites.commitments(matching: search).total }
        print(
            String(
                format: "store  the same with a full delta: filtered page %.3f ms · search %.3f ms", deltaFiltered,
                deltaSearch))

        // In-process through the application: routing, validation, the representation cache.
        var logger = Logger(label: "bench")
        logger.logLevel = .critical
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let knowledge = try Knowledge.load(from: repository.appendingPathComponent("Config"))
        let ingestor = Ingestor(
            store: Store(snapshot), extractor: Extractor(knowledge: knowledge), fetcher: Fetcher(), dataDirectory: nil,
            logger: logger)
        let application = Application(
            ingestor: ingestor, configuration: APIConfiguration(), metrics: PrometheusCollectorRegistry(),
            logger: logger)
        application.markReady()
        let target = "/agreements?party=JP&topic=trade"
        let first = await application.handle(request(target))
        var conditional = HTTPFields()
        conditional[.ifNoneMatch] = first.headerFields[.eTag]!
        var offset = 0
        let appUncached = await median(51) {
            offset += 1
            _ = await application.handle(request(target + "&offset=\(offset)"))
        }
        let appCached = await median { _ = await application.handle(request(target)) }
        let app304 = await median { _ = await application.handle(request(target, conditional)) }
        print(
            String(
                format: "app    filtered page uncached %.3f ms · cached %.3f ms · 304 %.3f ms", appUncached, appCached,
                app304))

        // Over HTTP: one keep-alive loopback connection.
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        let server = HTTPServer(
            configuration: configuration, logger: logger, immediateHandler: { application.respondImmediately($0) }
        ) { await application.handle($0) }
        let connection = Connection(port: try server.start())
        let etag = conditional[.ifNoneMatch]!
        let httpCached = await median { connection.roundTrip("GET \(target) HTTP/1.1\r\nHost: b\r\n\r\n") }
        let http304 = await median {
            connection.roundTrip("GET \(target) HTTP/1.1\r\nHost: b\r\nIf-None-Match: \(etag)\r\n\r\n")
        }
        let httpSearch = await median(51) {
            offset += 1
            connection.roundTrip("GET /commitments?q=nickel+smelter&offset=\(offset) HTTP/1.1\r\nHost: b\r\n\r\n")
        }
        print(
            String(
                format: "http   filtered page cached %.3f ms · 304 %.3f ms · search uncached %.3f ms", httpCached,
                http304, httpSearch))
        await server.shutdown()
        print("(checksum \(checksum))")
    }
}
