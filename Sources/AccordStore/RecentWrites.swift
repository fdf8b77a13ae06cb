import AccordModel

/// The articles written since the base segment was built, each with its records, in the order
/// they were (last) written; and the base positions their earlier versions occupy, which
/// queries must skip.
struct RecentWrites: Sendable {
    struct Entry: Sendable {
        var article: Article
        var agreements: [Agreement]
        var commitments: [Commitment]
        /// The snapshot version that wrote it: compaction keeps what came after its own version.
        var version: UInt64

        var records: Int { 1 + agreements.count + commitments.count }
    }

    private(set) var order: [String] = []
    private(set) var entries: [String: Entry] = [:]
    /// Ascending positions in the base segment, by kind of record.
    private(set) var hiddenArticles: [Int] = []
    private(set) var hiddenAgreements: [Int] = []
    private(set) var hiddenCommitments: [Int] = []

    var count: Int { order.count }
    /// Articles, agreements and commitments in the entries: what re-indexing them costs.
    private(set) var records = 0
    var isEmpty: Bool { order.isEmpty }

    /// Adds or replaces the article's entry and hides what the base holds of the article.
    mutating func write(_ entry: Entry, over base: Segment) {
        let id = entry.article.id
        records += entry.records
        if let old = entries.updateValue(entry, forKey: id) {
            records -= old.records
            order.removeAll { $0 == id }
        } else {
            hide(base.index.articleByID[id].map { [$0] } ?? [], in: &hiddenArticles)
            hide(base.index.agreementsByArticle[id] ?? [], in: &hiddenAgreements)
            hide(base.index.commitmentsByArticle[id] ?? [], in: &hiddenCommitments)
        }
        order.append(id)
    }

    /// The records of every entry, in write order, to index as a segment.
    var segment: Segment {
        var articles: [Article] = []
        var agreements: [Agreement] = []
        var commitments: [Commitment] = []
        articles.reserveCapacity(order.count)
        for id in order {
            let entry = entries[id]!
            articles.append(entry.article)
            agreements += entry.agreements
            commitments += entry.commitments
        }
        return Segment(articles: articles, agreements: agreements, commitments: commitments)
    }

    /// The entries written after `version`, in write order.
    func entries(after version: UInt64) -> [Entry] {
        order.compactMap { entries[$0]!.version > version ? entries[$0] : nil }
    }

    private func hide(_ positions: [Int], in hidden: inout [Int]) {
        guard !positions.isEmpty else { return }
        hidden = PostingList.union([hidden, positions.sorted()])
    }
}
