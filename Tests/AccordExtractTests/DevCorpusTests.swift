import AccordExtract
import AccordModel
import Foundation
import Testing

/// Measures extraction against a gold-annotated folder with score.py's matching rules.
/// Skipped unless ACCORD_DEV_CORPUS names the folder.
@Suite struct DevCorpusTests {
    static let corpus = ProcessInfo.processInfo.environment["ACCORD_DEV_CORPUS"]

    private struct Gold: Decodable {
        struct GoldAgreement: Decodable {
            var parties: [String]
            var date: String?
            var dateIfPublished: String?
            var location: String?
            var signatories: [String]
            var topics: [String]
            var topicsAllowed: [String]?
            var mentions: [String]?
            var commitments: [GoldCommitment]
        }
        struct GoldCommitment: Decodable {
            var parties: [String]
            var keywords: [String]
            var category: String?
            var due: String?
            var dueIfPublished: String?
            var optional: Bool?
        }
        var article: String
        var agreements: [GoldAgreement]
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(.enabled(if: corpus != nil)) func scoreDevCorpus() throws {
        let folder = URL(fileURLWithPath: Self.corpus!)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".gold.json")
        }
        .sorted()
        var totals = (predicted: 0, predictedMatching: 0, required: 0, requiredFound: 0, agreementsOK: 0, agreements: 0)
        for name in names {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            let articleURL = folder.appendingPathComponent(gold.article)
            let base = articleURL.deletingPathExtension()
            let raw = try String(contentsOf: articleURL, encoding: .utf8)
            var metadata = DocumentMetadata()
            let sidecar = base.appendingPathExtension("meta.json")
            if let data = try? Data(contentsOf: sidecar) {
                metadata = try JSONDecoder().decode(DocumentMetadata.self, from: data)
            }
            let format = DocumentFormat(fileExtension: articleURL.pathExtension) ?? .text
            let document = DocumentReader.read(
                raw, format: format, metadata: metadata, furniture: TestSupport.knowledge.furniture)
            let id = base.lastPathComponent
            let extraction = TestSupport.extractor.extract(document, articleID: id)
            var report = ["== \(id) [\(extraction.language)] published=\(document.published ?? "nil")"]
            var predictions = extraction.agreements
            for goldAgreement in gold.agreements {
                totals.agreements += 1
                let required = goldAgreement.commitments.filter { $0.optional != true }
                guard let index = predictions.firstIndex(where: { $0.parties == goldAgreement.parties.sorted() }) else {
                    report.append("  MISSED agreement \(goldAgreement.parties)")
                    totals.required += required.count
                    continue
                }
                totals.agreementsOK += 1
                let agreement = predictions.remove(at: index)
                let wantDate =
                    document.published != nil && goldAgreement.dateIfPublished != nil
                    ? goldAgreement.dateIfPublished : goldAgreement.date
                report.append(
                    "  agreement \(agreement.parties) date \(agreement.date ?? "nil") (want \(wantDate ?? "nil")) "
                        + "location \(agreement.location ?? "nil") (want \(goldAgreement.location ?? "nil"))")
                report.append(
                    "  signatories \(agreement.signatories.map(\.name)) (want \(goldAgreement.signatories)) "
                        + "topics \(agreement.topics) (want \(goldAgreement.topics) allowed \(goldAgreement.topicsAllowed ?? []))"
                )
                report.append(
                    "  mentions \(agreement.mentions) (want \(goldAgreement.mentions ?? [])) cites \(agreement.source.cites)"
                )
                let commitments = extraction.commitments.filter { $0.agreementId == agreement.id }
                func matches(_ predicted: Commitment, _ wanted: Gold.GoldCommitment) -> Bool {
                    predicted.parties == wanted.parties.sorted()
                        && wanted.keywords.allSatisfy { Self.fold(predicted.text).contains(Self.fold($0)) }
                }
                for predicted in commitments {
                    totals.predicted += 1
                    if let hit = goldAgreement.commitments.first(where: { matches(predicted, $0) }) {
                        totals.predictedMatching += 1
                        let wantDue =
                            document.published != nil && hit.dueIfPublished != nil ? hit.dueIfPublished : hit.due
                        report.append(
                            "  ok   \(predicted.parties) \(predicted.category)\(predicted.category == hit.category ? "" : "≠\(hit.category ?? "")") "
                                + "due \(predicted.due ?? "nil")\(predicted.due == wantDue ? "" : "≠\(wantDue ?? "nil")") "
                                + "amount \(predicted.amount.map { "\($0.value) \($0.unit)" } ?? "nil") \(predicted.text.prefix(70))"
                        )
                    } else {
                        report.append("  SPURIOUS \(predicted.parties) \(predicted.text.prefix(110))")
                    }
                }
                for wanted in required {
                    totals.required += 1
                    if commitments.contains(where: { matches($0, wanted) }) {
                        totals.requiredFound += 1
                    } else {
                        report.append("  MISSED \(wanted.parties) \(wanted.keywords)")
                    }
                }
            }
            for extra in predictions { report.append("  SPURIOUS agreement \(extra.parties)") }
            print(report.joined(separator: "\n"))
        }
        let precision = totals.predicted == 0 ? 0 : Double(totals.predictedMatching) / Double(totals.predicted)
        let recall = totals.required == 0 ? 1 : Double(totals.requiredFound) / Double(totals.required)
        print(
            "TOTAL agreements \(totals.agreementsOK)/\(totals.agreements) commitments P \(String(format: "%.2f", precision)) "
                + "R \(String(format: "%.2f", recall)) (\(totals.predictedMatching)/\(totals.predicted) predicted, "
                + "\(totals.requiredFound)/\(totals.required) required)")
    }
}
