import AccordExtract
import AccordFetch
import AccordIngest
import AccordModel
import AccordStore
import Foundation
import Logging
import Testing

/// Thirteen reports (Fixtures/): five agreements each reported twice or more, in two
/// languages or two styles, and three more between the same parties at close dates. Whatever the order or the
/// path they arrive by, the store must hold the same eight agreements with the same ids.
@Suite struct MergedIngestTests {
    /// The expected agreements, each as the fixture files that report it.
    static let expected: Set<Set<String>> = [
        ["a1-en-minerals", "a2-id-mineral"], ["b1-id-baterai", "b2-en-battery"],
        ["c1-en-defence", "c2-md-security"], ["d1-en-ports", "d2-id-pelabuhan"],
        ["e2-en-minerals", "h1-en-tokyo"], ["e1-en-trade"], ["f1-en-education"], ["g1-en-farm"],
    ]

    static let files: [URL] = {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        return try! FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { ["txt", "md"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
    }()

    static let extractor: Extractor = {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return Extractor(knowledge: try! Knowledge.load(from: url.appendingPathComponent("Config")))
    }()

    static func ingestor() -> Ingestor {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return Ingestor(
            store: Store(compaction: .inline), extractor: extractor, fetcher: Fetcher(), dataDirectory: nil,
            logger: logger)
    }

    /// Each agreement as the files that report it, and the whole state as comparable text.
    static func outcome(_ ingestor: Ingestor, names: [String: String]) -> (groups: Set<Set<String>>, state: String) {
        let snapshot = ingestor.store.snapshot
        let agreements = snapshot.agreements.sorted { $0.id < $1.id }
        let groups = Set(agreements.map { Set($0.sources.map { names[$0.articleId] ?? $0.articleId }) })
        let state = agreements.map { agreement in
            "\(agreement.id) \(agreement.articleId) \(agreement.sources.map(\.articleId)) \(agreement.date ?? "-") "
                + "\(agreement.topics)\n"
                + snapshot.commitments(ofAgreement: agreement.id).map {
                    "  \($0.id) \($0.articleId) \($0.due ?? "-") \($0.amount?.value ?? 0) \($0.evidences.map(\.articleId))\n"
                }.joined()
        }.joined()
        return (groups, state)
    }

    @Test func postedInAnyOrderTheSameAgreementsAndIDs() throws {
        var random = SystemRandomNumberGenerator()
        var first: String?
        for round in 0..<6 {
            let ingestor = Self.ingestor()
            var names: [String: String] = [:]
            var order = Self.files
            if round == 1 { order.reverse() } else if round > 1 { order.shuffle(using: &random) }
            for file in order {
                let bytes = Array(try Data(contentsOf: file))
                let result = try ingestor.ingest(
                    bytes, format: DocumentFormat(fileExtension: file.pathExtension)!, metadata: DocumentMetadata())
                names[result.article.id] = file.deletingPathExtension().lastPathComponent
                #expect(!result.agreements.isEmpty, "\(file.lastPathComponent) reports an agreement")
            }
            let outcome = Self.outcome(ingestor, names: names)
            #expect(outcome.groups == Self.expected, "order \(order.map(\.lastPathComponent))")
            if let first {
                #expect(outcome.state == first, "order \(order.map(\.lastPathComponent))")
            } else {
                first = outcome.state
            }
        }
    }

    @Test func seedsInOneBatchOrOneByOneAgree() {
        let batch = Self.ingestor()
        batch.loadFiles(Self.files)
        let names = Dictionary(
            uniqueKeysWithValues: Self.files.map {
                ($0.deletingPathExtension().lastPathComponent, $0.deletingPathExtension().lastPathComponent)
            })
        let whole = Self.outcome(batch, names: names)
        #expect(whole.groups == Self.expected)
        // Half as one batch of seeds, the rest one file at a time, latest first.
        let mixed = Self.ingestor()
        mixed.loadFiles(Array(Self.files.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)))
        for file in Self.files.enumerated().filter({ $0.offset % 2 == 1 }).map(\.element).reversed() {
            mixed.loadFiles([file])
        }
        #expect(Self.outcome(mixed, names: names).state == whole.state)
    }

    @Test func commitmentsStatedByBothReportsAppearOnceWithBothSpans() {
        let ingestor = Self.ingestor()
        ingestor.loadFiles(Self.files)
        let snapshot = ingestor.store.snapshot
        let battery = snapshot.agreements.first { Set($0.parties) == ["ID", "KR"] }!
        let commitments = snapshot.commitments(ofAgreement: battery.id)
        // The plant and the nickel are in both reports; the technicians only in the English one.
        #expect(commitments.count == 3)
        let plant = commitments.first { $0.amount?.value == 3_200_000_000 }!
        #expect(Set(plant.evidences.map(\.articleId)) == ["b1-id-baterai", "b2-en-battery"])
        for evidence in plant.evidences {
            let text = snapshot.article(id: evidence.articleId)!.text.unicodeScalars
            let start = text.index(text.startIndex, offsetBy: evidence.start)
            let end = text.index(text.startIndex, offsetBy: evidence.end)
            #expect(String(text[start..<end]) == evidence.text, "each span indexes its own article")
        }
        let training = commitments.first { $0.parties == ["KR"] }!
        #expect(training.evidences.map(\.articleId) == ["b2-en-battery"], "a detail only one report has is kept")
        #expect(battery.commitmentCount == 3)
        #expect(battery.articleId == "b1-id-baterai", "the first report published names the agreement")
        #expect(battery.sources.map(\.articleId) == ["b1-id-baterai", "b2-en-battery"])
        // Two English reports of the Tokyo signing word the six-month financing differently:
        // the same deadline day makes it one commitment, with the amount only one report gives.
        let tokyo = snapshot.agreements.first { $0.date == "2025-10-28" }!
        let financing = snapshot.commitments(ofAgreement: tokyo.id).filter { $0.due == "2026-04-28" }
        #expect(financing.count == 1)
        #expect(financing.first?.evidences.map(\.articleId) == ["e2-en-minerals", "h1-en-tokyo"])
        #expect(financing.first?.amount?.value == 1_000_000_000)
    }

    @Test func anEarlierReportArrivingLaterRenamesTheAgreementAndTheOldIDRedirects() throws {
        let ingestor = Self.ingestor()
        let later = Self.files.first { $0.lastPathComponent.hasPrefix("b2") }!
        let earlier = Self.files.first { $0.lastPathComponent.hasPrefix("b1") }!
        ingestor.loadFiles([later])
        let before = ingestor.store.snapshot.agreements[0].id
        ingestor.loadFiles([earlier])
        let after = ingestor.store.snapshot.agreements
        #expect(after.count == 1)
        #expect(after[0].id != before)
        #expect(ingestor.redirect(before) == after[0].id)
        let merged = try #require(ingestor.merged(after[0].id))
        #expect(merged.links.count == 1)
        #expect(merged.links[0].reasons.contains { $0.contains("same parties") })
        #expect(merged.timeline.map(\.articleId) == ["b1-id-baterai", "b2-en-battery"])
        #expect(merged.timeline[1].commitments.count == 1, "the English report adds the technicians")
    }
}
