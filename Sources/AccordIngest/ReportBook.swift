import AccordMerge
import AccordModel
import AccordStore
import Synchronization

/// Every report in the store as extraction found it, and how the merger grouped them: what a
/// new report needs in order to be merged without re-reading the others. Changed only inside
/// `Store.update`, so it always describes the snapshot being built.
final class ReportBook: Sendable {
    private struct Item: Comparable {
        var day: Int
        var agreement: String
        var article: String

        static func < (a: Item, b: Item) -> Bool { (a.day, a.agreement) < (b.day, b.agreement) }
    }

    private struct State {
        var reports: [String: Report] = [:]
        /// Per party key, the extracted agreements by signing (or publication) day.
        var items: [String: [Item]] = [:]
        var articleOf: [String: String] = [:]
        /// Extracted agreement id → the merged agreement it is part of.
        var clusterOf: [String: String] = [:]
        var merged: [String: MergedAgreement] = [:]
        /// Extracted agreement and commitment ids merged into another record → that record's id.
        var redirects: [String: String] = [:]
    }

    private let state = Mutex(State())

    /// The next snapshot: `reports` added (or replacing earlier versions of the same articles),
    /// and every article whose merged records changed written again.
    func publish(_ reports: [Report], onto snapshot: Snapshot) -> Snapshot {
        let batch = state.withLock { state in Self.add(reports, to: &state, snapshot: snapshot) }
        return snapshot.replacing(batch: batch)
    }

    /// The id of the record an extracted (or earlier merged) id now lives on, if it moved.
    func redirect(_ id: String) -> String? {
        state.withLock { $0.redirects[id] }
    }

    /// How a merged agreement was formed.
    func merged(_ id: String) -> MergedAgreement? {
        state.withLock { $0.merged[id] }
    }

    /// The merged agreements an article's extracted agreements are part of, in its own order.
    func agreementIDs(ofArticle id: String) -> [String] {
        state.withLock { state in
            var seen = Set<String>()
            return (state.reports[id]?.agreements ?? []).compactMap { state.clusterOf[$0.id] }.filter {
                seen.insert($0).inserted
            }
        }
    }

    private static func add(
        _ new: [Report], to state: inout State, snapshot: Snapshot
    ) -> [(
        Article, [Agreement], [Commitment]
    )] {
        let fresh = Set(new.map(\.article.id))
        // The clusters that change: those holding an earlier version of a new article, and
        // those a new agreement is found to be one with. Nothing else gains or loses an edge.
        var region = Set<String>()
        var keys = Set<String>()
        for report in new {
            for agreement in state.reports[report.article.id]?.agreements ?? [] {
                keys.insert(agreement.partyKey)
                if let cluster = state.clusterOf[agreement.id] { region.insert(cluster) }
                forget(agreement, in: &state)
            }
            state.reports[report.article.id] = report
        }
        for report in new {
            for agreement in report.agreements {
                keys.insert(agreement.partyKey)
                let day = Merger.day(of: agreement, in: report.article)
                for item in nearby(day, state.items[agreement.partyKey] ?? []) where !fresh.contains(item.article) {
                    guard let other = state.reports[item.article],
                        let theirs = other.agreements.first(where: { $0.id == item.agreement }),
                        Merger.same(agreement, in: report, theirs, in: other),
                        let cluster = state.clusterOf[item.agreement]
                    else { continue }
                    region.insert(cluster)
                }
            }
        }
        for report in new {
            for agreement in report.agreements {
                let item = Item(
                    day: Merger.day(of: agreement, in: report.article), agreement: agreement.id,
                    article: report.article.id)
                state.items[agreement.partyKey, default: []].insertSorted(item)
                state.articleOf[agreement.id] = report.article.id
            }
        }
        // The reports with a member in the region, closed over their other agreements of these
        // parties, so that every cluster recomputed is recomputed whole.
        var articles = fresh
        var pending = Array(region)
        while let cluster = pending.popLast() {
            for member in state.merged[cluster]?.members ?? [] {
                guard let article = state.articleOf[member], articles.insert(article).inserted else { continue }
                for agreement in state.reports[article]?.agreements ?? [] where keys.contains(agreement.partyKey) {
                    if let other = state.clusterOf[agreement.id], region.insert(other).inserted {
                        pending.append(other)
                    }
                }
            }
        }
        for old in region {
            guard let cluster = state.merged.removeValue(forKey: old) else { continue }
            for member in cluster.members where state.redirects[member] == old { state.redirects[member] = nil }
            for (from, _) in cluster.commitmentRedirects { state.redirects[from] = nil }
        }
        var owned: [String: (agreements: [Agreement], commitments: [Commitment])] = [:]
        for cluster in Merger.merge(articles.compactMap { state.reports[$0] }, keys: keys) {
            let id = cluster.agreement.id
            state.merged[id] = cluster
            for member in cluster.members {
                state.clusterOf[member] = id
                if member != id { state.redirects[member] = id }
            }
            for (from, to) in cluster.commitmentRedirects { state.redirects[from] = to }
            owned[cluster.agreement.articleId, default: ([], [])].agreements.append(cluster.agreement)
            for commitment in cluster.commitments {
                owned[commitment.articleId, default: ([], [])].commitments.append(commitment)
            }
        }
        // Each affected article with every record it owns: the new ones, and those outside
        // the region it already had. Articles whose records come out the same are left alone.
        var batch: [(Article, [Agreement], [Commitment])] = []
        for id in articles.sorted() {
            guard let report = state.reports[id] else { continue }
            let (agreementsBefore, commitmentsBefore) = records(ownedBy: id, in: snapshot)
            let agreements =
                agreementsBefore.filter { !region.contains($0.id) } + (owned[id]?.agreements ?? [])
            let commitments =
                commitmentsBefore.filter { !region.contains($0.agreementId) } + (owned[id]?.commitments ?? [])
            if fresh.contains(id) || Set(agreements) != Set(agreementsBefore)
                || Set(commitments) != Set(commitmentsBefore)
            {
                batch.append((report.article, agreements, commitments))
            }
        }
        return batch
    }

    /// The records stored under an article.
    private static func records(ownedBy id: String, in snapshot: Snapshot) -> ([Agreement], [Commitment]) {
        guard snapshot.article(id: id) != nil else { return ([], []) }
        var agreements = AgreementQuery()
        agreements.article = id
        agreements.limit = .max
        var commitments = CommitmentQuery()
        commitments.article = id
        commitments.limit = .max
        return (
            snapshot.agreements(matching: agreements).items.filter { $0.articleId == id },
            snapshot.commitments(matching: commitments).items.filter { $0.articleId == id }
        )
    }

    private static func forget(_ agreement: Agreement, in state: inout State) {
        state.items[agreement.partyKey]?.removeAll { $0.agreement == agreement.id }
        state.articleOf[agreement.id] = nil
        state.clusterOf[agreement.id] = nil
    }

    /// Items whose day is within the merger's window of `day`; undated ones only with undated.
    private static func nearby(_ day: Int, _ items: [Item]) -> ArraySlice<Item> {
        let low = day == .max ? day : day - Merger.window
        let high = day == .max ? day : day + Merger.window
        let start = items.partitioningIndex { $0.day >= low }
        let end = items.partitioningIndex { $0.day > high }
        return items[start..<max(start, end)]
    }
}

extension Array {
    /// The first index whose element satisfies `belongs`, which must hold for a suffix.
    fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

extension Array where Element: Comparable {
    fileprivate mutating func insertSorted(_ element: Element) {
        insert(element, at: partitioningIndex { $0 > element })
    }
}
