import AccordModel
import Foundation
import Testing

@testable import AccordAPI

/// The hand-written JSON must be exactly what `JSONEncoder` makes of the records' `Codable`
/// form, so the two never drift apart (and ETags stay what they were).
@Suite struct JSONWriterTests {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private static func foundation(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func written(_ value: some JSONValue) -> String {
        String(decoding: JSONWriter.encode(value), as: UTF8.self)
    }

    /// Every record extracted from the extraction tests' corpus of 20 articles in both languages.
    @Test func recordsFromARealCorpusMatchJSONEncoder() throws {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        url.appendPathComponent("AccordExtractTests/Fixtures/corpus")
        var articles: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path)
        where !name.hasSuffix(".gold.json") && name.contains(".") && !name.hasSuffix(".py") {
            articles[name] = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
        }
        let snapshot = try Fixture(articles: articles).ingestor.store.snapshot
        #expect(snapshot.agreements.count >= 15)
        #expect(snapshot.commitments.count >= 40)
        for agreement in snapshot.agreements { #expect(Self.written(agreement) == (try Self.foundation(agreement))) }
        for commitment in snapshot.commitments {
            #expect(Self.written(commitment) == (try Self.foundation(commitment)))
        }
        for article in snapshot.articles { #expect(Self.written(article) == (try Self.foundation(article))) }
    }

    @Test func awkwardValuesMatchJSONEncoder() throws {
        let text = "quote \" backslash \\ slash / tab \t newline \n nul \u{0} bell \u{7} del \u{7F} é 日本 🇯🇵 \u{2028}"
        let commitment = Commitment(
            id: text, agreementId: "", articleId: "a", parties: ["JP", text], text: text, category: "trade",
            due: nil, dueText: nil, amount: Amount(value: 550_000_000_000, unit: "USD", text: "$550 billion"),
            evidence: Evidence(start: 0, end: 12))
        #expect(Self.written(commitment) == (try Self.foundation(commitment)))
        for value in [0, 0.1, 2.5, -3, 1e15, 1e16, 1e21, 1.5e-7, 12_345_678.9, 1.2345678901234568e17, 1_000_000.25] {
            let amount = Amount(value: value, unit: "percent", text: "")
            #expect(Self.written(amount) == (try Self.foundation(amount)))
        }
        let counts = ["b": 1, "B": 2, "a_": 3, "aB": 4, "ab": 5, "a": 6, "é": 7, "10": 8, "9": 9]
        #expect(Self.written(counts) == (try Self.foundation(counts)))
    }

    @Test func fieldSelectionKeepsOnlyTheNamedTopLevelMembers() throws {
        let commitment = Commitment(
            id: "c1", agreementId: "a1", articleId: "x", parties: ["JP"], text: "t", category: "trade", due: nil,
            dueText: nil, amount: Amount(value: 1, unit: "USD", text: "$1"), evidence: Evidence(start: 1, end: 2))
        var json = JSONWriter()
        json.array([commitment, commitment]) { $1.writeJSON(to: &$0, only: ["id", "amount", "due"]) }
        let expected = #"{"amount":{"text":"$1","unit":"USD","value":1},"due":null,"id":"c1"}"#
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[\(expected),\(expected)]")
    }
}
