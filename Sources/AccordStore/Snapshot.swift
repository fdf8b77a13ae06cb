import AccordModel
import Foundation

/// An immutable state of the store: every record and the indexes over them, at one version.
/// Queries are pure functions of a snapshot; ingest builds a new one beside it and swaps.
public struct Snapshot: Sendable {
    /// Increases by one with every change; ETags derive from it.
    public let version: UInt64
    /// When this version was published, in seconds since 1970 (`Last-Modified`).
    public let modifiedAt: Int
    /// In ingestion order.
    public let articles: [Article]
    /// Newest agreement date first, undated last, then by id: the default list order.
    public let agreements: [Agreement]
    /// In agreement order, then by position in the article.
    public let commitments: [Commitment]
    let index: SnapshotIndex

    public init(
        version: UInt64 = 0, modifiedAt: Int = 0, articles: [Article] = [], agreements: [Agreement] = [],
        commitments: [Commitment] = []
    ) {
        self.version = version
        self.modifiedAt = modifiedAt
        self.articles = articles
        self.agreements = agreements.sorted(by: Snapshot.defaultAgreementOrder)
        // Grouped by agreement in agreement order (orphans last), each group by position.
        var groups = Dictionary(grouping: commitments, by: \.agreementId)
        var ordered: [Commitment] = []
        ordered.reserveCapacity(commitments.count)
        for agreement in self.agreements {
            guard let group = groups.removeValue(forKey: agreement.id) else { continue }
            ordered += group.sorted { ($0.evidence.start, $0.id) < ($1.evidence.start, $1.id) }
        }
        for key in groups.keys.sorted() {
            ordered += groups[key]!.sorted { ($0.evidence.start, $0.id) < ($1.evidence.start, $1.id) }
        }
        self.commitments = ordered
        self.index = SnapshotIndex(articles: articles, agreements: self.agreements, commitments: self.commitments)
    }

    public func article(id: String) -> Article? { index.articleByID[id].map { articles[$0] } }
    public func agreement(id: String) -> Agreement? { index.agreementByID[id].map { agreements[$0] } }
    public func commitments(ofAgreement id: String) -> [Commitment] {
        (index.commitmentsByAgreement[id] ?? []).map { commitments[$0] }
    }
    /// The first article already stored with this content hash, if any.
    public func article(contentHash: String) -> Article? {
        index.articleByContentHash[contentHash].map { articles[$0] }
    }

    /// A new snapshot at the next version in which `article` and its records replace any
    /// earlier records of the same article id.
    public func replacing(
        article: Article, agreements newAgreements: [Agreement], commitments newCommitments: [Commitment]
    ) -> Snapshot {
        replacing(batch: [(article, newAgreements, newCommitments)])
    }

    /// Many articles at once, one new version: what start-up uses so n seeds cost one rebuild.
    public func replacing(batch: [(Article, [Agreement], [Commitment])]) -> Snapshot {
        let replaced = Set(batch.map(\.0.id))
        var articles = articles.filter { !replaced.contains($0.id) }
        var agreements = agreements.filter { !replaced.contains($0.articleId) }
        var commitments = commitments.filter { !replaced.contains($0.articleId) }
        for (article, newAgreements, newCommitments) in batch {
            articles.append(article)
            agreements += newAgreements
            commitments += newCommitments
        }
        return Snapshot(
            version: version + 1, modifiedAt: Int(Date().timeIntervalSince1970), articles: articles,
            agreements: agreements, commitments: commitments)
    }

    static func defaultAgreementOrder(_ a: Agreement, _ b: Agreement) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }
}
