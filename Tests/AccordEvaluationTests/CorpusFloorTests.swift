import AccordEvaluation
import AccordExtract
import Foundation
import Testing

/// Extraction on the project's own annotated corpus, read as a seeds folder and scored by the
/// shared scorer's rules, must not fall below what it reaches today (minus a small margin).
@Suite struct CorpusFloorTests {
    static let floors = (agreementsF1: 0.95, commitmentsF1: 0.82, perLanguageCommitmentsF1: 0.78, fields: 0.85)

    static var repository: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }

    @Test func scoresStayAboveTheirFloors() throws {
        let corpus = Self.repository.appendingPathComponent("Tests/AccordExtractTests/Fixtures/corpus")
        #expect(try GoldFolder.load(corpus).count >= 16)
        let knowledge = try Knowledge.load(from: Self.repository.appendingPathComponent("Config"))
        let report = try CorpusEvaluation.run(corpus, knowledge: knowledge)
        let summary = report.lines(verbose: true).joined(separator: "\n")
        #expect(report.total.agreements.f1 >= Self.floors.agreementsF1, "\(summary)")
        #expect(report.total.commitments.f1 >= Self.floors.commitmentsF1, "\(summary)")
        for (language, tally) in report.byLanguage {
            #expect(tally.commitments.f1 >= Self.floors.perLanguageCommitmentsF1, "[\(language)] \(summary)")
        }
        #expect(report.fieldAccuracy >= Self.floors.fields, "\(summary)")
    }
}
