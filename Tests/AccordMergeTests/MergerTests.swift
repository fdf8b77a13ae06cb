import AccordModel
import Testing

@testable import AccordMerge

/// The merger on hand-made reports: what joins, what must not chain.
@Suite struct MergerTests {
    func report(_ id: String, date: String?, published: String, topics: [String] = ["trade"]) -> Report {
        let article = Article(
            id: id, title: id, language: "en", publisher: nil, url: nil, published: published,
            ingestedAt: "2026-01-01T00:00:00Z", contentHash: id, text: "")
        let agreement = Agreement(
            id: "g-" + id, articleId: id, title: id, summary: "", date: date, location: "Hanoi", parties: ["JP", "VN"],
            signatories: [], topics: topics, mentions: [], language: "en",
            source: AgreementSource(publisher: nil, url: nil, published: published, cites: []),
            sources: [
                SourceReport(
                    articleId: id, publisher: nil, url: nil, published: published, evidence: .init(start: 0, end: 1))
            ],
            commitmentCount: 0, evidence: Evidence(start: 0, end: 1))
        return Report(article: article, agreements: [agreement], commitments: [])
    }

    @Test func reportsADayApartDoNotChainAWeekIntoOneAgreement() {
        // Each pair of neighbours is compatible; the week is not one signing.
        let reports = (1...7).map { report("r\($0)", date: "2025-03-0\($0)", published: "2025-03-0\($0)") }
        let merged = Merger.merge(reports)
        #expect(merged.count >= 4, "\(merged.map(\.members))")
        for cluster in merged {
            let days = cluster.agreement.sources.compactMap { DayRange.of($0.published)?.lowerBound }
            #expect(days.max()! - days.min()! <= 1)
        }
        #expect(Merger.merge(reports.reversed()).map(\.members) == merged.map(\.members), "in any order")
    }

    @Test func aMonthAgreesWithADayInItButNotWithTwoFarApart() {
        let month = report("m", date: "2025-03", published: "2025-03-20")
        let early = report("a", date: "2025-03-02", published: "2025-03-02")
        let late = report("b", date: "2025-03-28", published: "2025-03-28")
        let merged = Merger.merge([month, early, late])
        #expect(merged.count == 2, "the month joins one of them, and they stay apart: \(merged.map(\.members))")
    }

    @Test func differentTopicsOnTheSameDayStayApart() {
        let trade = report("t", date: "2025-03-02", published: "2025-03-02", topics: ["trade"])
        let defense = report("d", date: "2025-03-02", published: "2025-03-02", topics: ["defense"])
        #expect(Merger.merge([trade, defense]).count == 2)
        #expect(Merger.merge([trade, report("t2", date: "2025-03-02", published: "2025-03-03")]).count == 1)
    }
}
