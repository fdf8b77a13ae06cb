import AccordModel
import Foundation
import Testing

@testable import AccordEvaluation

@Suite struct ScorerTests {
    static let gold = try! JSONDecoder().decode(
        GoldArticle.self,
        from: Data(
            """
            {"article": "a.txt", "language": "en", "agreements": [{
              "parties": ["JP", "US"], "date": null, "dateIfPublished": "2025-10-28", "location": "Tokyo",
              "signatories": ["Sanae Takaichi"], "topics": ["trade"], "topicsAllowed": ["energy"],
              "commitments": [
                {"parties": ["JP"], "keywords": ["buy", "Gas"], "category": "trade", "due": null,
                 "amount": {"value": 2, "unit": "percent"}},
                {"parties": ["US"], "keywords": ["help"], "category": "diplomacy", "optional": true},
                {"parties": ["JP", "US"], "keywords": ["café"], "category": "culture", "due": "2026"}
              ]}]}
            """.utf8))

    static func agreement(parties: [String], date: String?) -> Agreement {
        Agreement(
            id: "g", articleId: "a", title: "", summary: "", date: date, location: "TOKYO", parties: parties,
            signatories: [Signatory(name: "Takaichi", role: nil, party: "JP")], topics: ["energy", "trade", "defense"],
            mentions: [], language: "en", source: AgreementSource(publisher: nil, url: nil, published: nil, cites: []),
            sources: [], commitmentCount: 0, evidence: Evidence(start: 0, end: 1))
    }

    static func commitment(
        _ parties: [String], _ text: String, category: String = "trade", due: String? = nil
    )
        -> Commitment
    {
        Commitment(
            id: text, agreementId: "g", articleId: "a", parties: parties, text: text, category: category, due: due,
            dueText: nil, amount: Amount(value: 2, unit: "percent", text: "2%"), evidence: Evidence(start: 0, end: 1))
    }

    static func article(published: String?) -> Article {
        Article(
            id: "a", title: "", language: "en", publisher: nil, url: nil, published: published, ingestedAt: "",
            contentHash: "", text: "")
    }

    @Test func matchesByPartiesAndFoldedKeywords() {
        let report = Scorer.score(
            gold: [Self.gold], articleIDs: ["a.txt": "a"], articles: [Self.article(published: "2025-10-28")],
            agreements: [Self.agreement(parties: ["US", "JP"], date: "2025-10-28")],
            commitments: [
                Self.commitment(["JP"], "Japan will BUY more   gas."),
                Self.commitment(["US"], "We will help."),
                Self.commitment(["JP"], "Japan will build ships."),
                Self.commitment(["US", "JP"], "Both open a CAFE", category: "culture", due: "2026"),
            ])
        #expect(report.total.agreements.f1 == 1)
        #expect(report.total.commitments.precision == 0.75, "3 of 4 predictions match, the optional one too")
        #expect(report.total.commitments.recall == 1)
        #expect(report.fields.first { $0.name == "date" }!.correct == 1, "dateIfPublished applies when published")
        #expect(report.fields.first { $0.name == "location" }!.correct == 1)
        #expect(report.fields.first { $0.name == "signatories" }!.correct == 1, "the same last name")
        #expect(report.fields.first { $0.name == "topics.precision" }!.correct == 2)
        #expect(report.fields.first { $0.name == "com.amount" }!.correct == 1)
        #expect(
            report.lines(verbose: false).last!.hasPrefix("agreements F1 1.00 (P 1.00 R 1.00) · commitments F1 0.86"))
    }

    @Test func aMissedAgreementMissesItsRequiredCommitments() {
        let report = Scorer.score(
            gold: [Self.gold], articleIDs: ["a.txt": "a"], articles: [Self.article(published: nil)],
            agreements: [Self.agreement(parties: ["JP", "KR"], date: nil)],
            commitments: [Self.commitment(["JP"], "Japan will buy gas")])
        #expect(report.total.agreementsMissed == 1 && report.total.agreementsSpurious == 1)
        #expect(report.total.requiredMissed == 2)
        #expect(report.total.commitmentsSpurious == 1)
        #expect(report.total.agreements.f1 == 0)
        #expect(report.findings.contains { $0.contains("missed agreement JP-US") })
    }

    @Test func noAgreementsInGoldAndNonePredictedIsPerfect() throws {
        let gold = try JSONDecoder().decode(
            GoldArticle.self, from: Data(#"{"article": "n.txt", "language": "id", "agreements": []}"#.utf8))
        let report = Scorer.score(gold: [gold], articleIDs: [:], articles: [], agreements: [], commitments: [])
        #expect(report.total.agreements.f1 == 1 && report.total.commitments.f1 == 1)
    }

    @Test func foldingMatchesThePythonScorer() {
        #expect(TextFolding.fold("  Café\u{00A0}ÉLYSÉE\n ﬁne ") == "cafe elysee fine")
    }
}
