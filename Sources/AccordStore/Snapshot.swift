import AccordModel
import Foundation

/// An immutable state of the store: every record and the indexes over them, at one version.
/// Queries are pure functions of a snapshot; ingest builds a new one beside it and swaps.
///
/// The records live in two segments: a large base, shared by every version built on it, and a
/// small delta of the articles written since, which shadows the base article by article. A
/// write re-indexes only the delta; `compacted()` folds it into a new base when it has grown.
public struct Snapshot: Sendable {
    /// Increases by one with every change; ETags derive from it.
    public let version: UInt64
    /// When this version was published, in seconds since 1970 (`Last-Modified`).
    public let modifiedAt: Int
    let base: Segment
    let delta: Segment
    let recent: RecentWrites

    public init(
        version: UInt64 = 0, modifiedAt: Int = 0, articles: [Article] = [], agreements: [Agreement] = [],
        commitments: [Commitment] = []
    ) {
        self.init(
            version: version, modifiedAt: modifiedAt,
            base: Segment(articles: articles, agreements: agreements, commitments: commitments),
            recent: RecentWrites())
    }

    init(version: UInt64, modifiedAt: Int, base: Segment, recent: RecentWrites) {
        self.version = version
        self.modifiedAt = modifiedAt
        self.base = base
        self.recent = recent
        self.delta = recent.isEmpty ? .empty : recent.segment
    }

    public var articleCount: Int { base.articles.count - recent.hiddenArticles.count + delta.articles.count }
    public var agreementCount: Int {
        base.agreements.count - recent.hiddenAgreements.count + delta.agreements.count
    }
    public var commitmentCount: Int {
        base.commitments.count - recent.hiddenCommitments.count + delta.commitments.count
    }

    /// Every article in ingestion order. Builds the whole list: for exports, not for requests.
    public var articles: [Article] {
        PostingList.subtract(Array(base.articles.indices), recent.hiddenArticles).map { base.articles[$0] }
            + delta.articles
    }
    /// Every agreement in the default list order. Builds the whole list.
    public var agreements: [Agreement] {
        var query = AgreementQuery()
        query.limit = .max
        return agreements(matching: query).items
    }
    /// Every commitment in the default list order. Builds the whole list.
    public var commitments: [Commitment] {
        var query = CommitmentQuery()
        query.limit = .max
        return commitments(matching: query).items
    }

    public func article(id: String) -> Article? {
        if let i = delta.index.articleByID[id] { return delta.articles[i] }
        return base.index.articleByID[id].flatMap { visible($0, recent.hiddenArticles) ? base.articles[$0] : nil }
    }

    public func agreement(id: String) -> Agreement? {
        if let i = delta.index.agreementByID[id] { return delta.agreements[i] }
        return base.index.agreementByID[id].flatMap {
            visible($0, recent.hiddenAgreements) ? base.agreements[$0] : nil
        }
    }

    public func commitment(id: String) -> Commitment? {
        if let i = delta.index.commitmentByID[id] { return delta.commitments[i] }
        return base.index.commitmentByID[id].flatMap {
            visible($0, recent.hiddenCommitments) ? base.commitments[$0] : nil
        }
    }

    /// In position order.
    public func commitments(ofAgreement id: String) -> [Commitment] {
        let old = (base.index.commitmentsByAgreement[id] ?? []).filter { visible($0, recent.hiddenCommitments) }
        let new = delta.index.commitmentsByAgreement[id] ?? []
        let all = old.map { base.commitments[$0] } + new.map { delta.commitments[$0] }
        return new.isEmpty || old.isEmpty ? all : all.sorted(by: Snapshot.positionOrder)
    }

    /// The first article stored with this content hash, if any.
    public func article(contentHash: String) -> Article? {
        if let i = base.index.articlesByContentHash[contentHash]?.first(where: { visible($0, recent.hiddenArticles) }) {
            return base.articles[i]
        }
        return delta.index.articlesByContentHash[contentHash]?.first.map { delta.articles[$0] }
    }

    /// Whether an article fetched from this address is stored.
    public func hasArticle(url: String) -> Bool {
        delta.index.articlesByURL[url] != nil
            || base.index.articlesByURL[url]?.contains { visible($0, recent.hiddenArticles) } == true
    }

    /// A new snapshot at the next version in which `article` and its records replace any
    /// earlier records of the same article id.
    public func replacing(
        article: Article, agreements newAgreements: [Agreement], commitments newCommitments: [Commitment]
    ) -> Snapshot {
        replacing(batch: [(article, newAgreements, newCommitments)])
    }

    /// Many articles at once, one new version. A batch too large for the delta (start-up's
    /// seeds, a restore) is folded into a new base at once, so it is indexed once.
    public func replacing(batch: [(Article, [Agreement], [Commitment])]) -> Snapshot {
        let next = version + 1
        var recent = recent
        for (article, agreements, commitments) in batch {
            recent.write(
                .init(article: article, agreements: agreements, commitments: commitments, version: next), over: base)
        }
        let modifiedAt = Int(Date().timeIntervalSince1970)
        if recent.records > 4 * deltaLimit {
            return Snapshot(
                version: next, modifiedAt: modifiedAt, base: Self.folded(base, recent), recent: RecentWrites())
        }
        return Snapshot(version: next, modifiedAt: modifiedAt, base: base, recent: recent)
    }

    /// How many records the delta may hold before it is worth folding into the base. A write
    /// re-indexes the delta, O(delta); a fold re-indexes everything, O(base), once per
    /// deltaLimit records written: about 2·√base balances the two.
    var deltaLimit: Int {
        let base = base.articles.count + base.agreements.count + base.commitments.count
        return max(1024, 2 * Int(Double(base).squareRoot()))
    }

    /// Whether the delta has grown past `deltaLimit`.
    public var needsCompaction: Bool { recent.records >= deltaLimit }

    /// The same records and version with the delta folded into a new base. O(store): the store
    /// runs it away from writers and then `rebased`s the writes that came meanwhile.
    public func compacted() -> Snapshot {
        guard !recent.isEmpty else { return self }
        return Snapshot(
            version: version, modifiedAt: modifiedAt, base: Self.folded(base, recent), recent: RecentWrites())
    }

    /// This snapshot's records on `compacted`'s base: `compacted` holds this snapshot's
    /// records up to its own version, and the writes after it are written again on top.
    func rebased(onto compacted: Snapshot) -> Snapshot {
        var recent = RecentWrites()
        for entry in self.recent.entries(after: compacted.version) { recent.write(entry, over: compacted.base) }
        return Snapshot(version: version, modifiedAt: modifiedAt, base: compacted.base, recent: recent)
    }

    private static func folded(_ base: Segment, _ recent: RecentWrites) -> Segment {
        let delta = recent.segment
        func kept<Record>(_ records: [Record], _ hidden: [Int]) -> [Record] {
            PostingList.subtract(Array(records.indices), hidden).map { records[$0] }
        }
        return Segment(
            articles: kept(base.articles, recent.hiddenArticles) + delta.articles,
            agreements: kept(base.agreements, recent.hiddenAgreements) + delta.agreements,
            commitments: kept(base.commitments, recent.hiddenCommitments) + delta.commitments)
    }

    private func visible(_ position: Int, _ hidden: [Int]) -> Bool {
        hidden.isEmpty || !PostingList.contains(hidden, position)
    }

    static func defaultAgreementOrder(_ a: Agreement, _ b: Agreement) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }

    /// Commitments of one agreement: in the order the article states them.
    static func positionOrder(_ a: Commitment, _ b: Commitment) -> Bool {
        (a.evidence.start, a.id) < (b.evidence.start, b.id)
    }
}
