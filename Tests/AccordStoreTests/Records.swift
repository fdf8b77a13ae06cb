import AccordModel
import AccordStore

/// Small hand-made records: the store never looks inside text, so these are enough.
enum Records {
    static func article(_ id: String, hash: String? = nil) -> Article {
        Article(
            id: id, title: "Title \(id)", language: "en", publisher: nil, url: nil, published: nil,
            ingestedAt: "2026-01-01T00:00:00Z", contentHash: hash ?? "sha256:\(id)", text: "text of \(id)")
    }

    static func agreement(
        _ id: String, article: String, parties: [String], topics: [String], date: String?
    ) -> Agreement {
        Agreement(
            id: id, articleId: article, title: "Agreement \(id)", summary: "", date: date, location: nil,
            parties: parties, signatories: [], topics: topics, mentions: [], language: "en",
            source: AgreementSource(publisher: nil, url: nil, published: nil, cites: []),
            sources: [], commitmentCount: 0, evidence: Evidence(start: 0, end: 1))
    }

    static func commitment(
        _ id: String, agreement: String, article: String, parties: [String], category: String, due: String? = nil,
        at start: Int = 0
    ) -> Commitment {
        Commitment(
            id: id, agreementId: agreement, articleId: article, parties: parties, text: "text \(id)",
            category: category, due: due, dueText: nil, amount: nil, evidence: Evidence(start: start, end: start + 1))
    }

    /// Two articles: a JP–US agreement (2025-10-28) and an AU–ID one (2025-11-10).
    static var snapshot: Snapshot {
        Snapshot().replacing(batch: [
            (
                article("a1"),
                [
                    agreement(
                        "g1", article: "a1", parties: ["JP", "US"], topics: ["critical-minerals", "trade"],
                        date: "2025-10-28")
                ],
                [
                    commitment("c2", agreement: "g1", article: "a1", parties: ["JP"], category: "defense", at: 50),
                    commitment(
                        "c1", agreement: "g1", article: "a1", parties: ["JP", "US"], category: "trade",
                        due: "2026-04-28", at: 10),
                    commitment(
                        "c3", agreement: "g1", article: "a1", parties: ["US"], category: "trade", due: "2026", at: 90),
                ]
            ),
            (
                article("a2"),
                [agreement("g2", article: "a2", parties: ["AU", "ID"], topics: ["defense"], date: "2025-11-10")],
                [
                    commitment(
                        "c4", agreement: "g2", article: "a2", parties: ["AU", "ID"], category: "defense", due: "2027-01"
                    )
                ]
            ),
        ])
    }
}
