import AccordModel

/// An immutable, indexed set of records: a snapshot is a large base segment and a small one
/// of recent writes, so a write re-indexes only the small one.
final class Segment: Sendable {
    /// In ingestion order.
    let articles: [Article]
    /// Newest agreement date first, undated last, then by id: the default list order.
    let agreements: [Agreement]
    /// Grouped by agreement in agreement order (orphans last), each group by position in the article.
    let commitments: [Commitment]
    let index: SegmentIndex

    static let empty = Segment(articles: [], agreements: [], commitments: [])

    init(articles: [Article], agreements: [Agreement], commitments: [Commitment]) {
        self.articles = articles
        self.agreements = agreements.sorted(by: Snapshot.defaultAgreementOrder)
        var groups = Dictionary(grouping: commitments, by: \.agreementId)
        var ordered: [Commitment] = []
        ordered.reserveCapacity(commitments.count)
        for agreement in self.agreements {
            guard let group = groups.removeValue(forKey: agreement.id) else { continue }
            ordered += group.sorted(by: Snapshot.positionOrder)
        }
        for key in groups.keys.sorted() {
            ordered += groups[key]!.sorted(by: Snapshot.positionOrder)
        }
        self.commitments = ordered
        self.index = SegmentIndex(articles: articles, agreements: self.agreements, commitments: self.commitments)
    }
}
