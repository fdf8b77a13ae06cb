import AccordModel
import Foundation

/// Groups the agreements of many reports into one record per agreement, and their
/// commitments into one per promise. A pure function of the set of reports: the same set
/// gives the same records and ids in any order of arrival.
public enum Merger {
    /// Signing dates further apart than this (by their first day) are not compared at all.
    public static let window = 45

    /// The merged agreements of `reports` whose parties are one of `keys` (nil: every agreement).
    public static func merge(_ reports: [Report], keys: Set<String>? = nil) -> [MergedAgreement] {
        let reports = reports.sorted { Report.readingOrder($0.article, $1.article) }
        var groups: [String: [(agreement: Agreement, report: Int)]] = [:]
        for (r, report) in reports.enumerated() {
            for agreement in report.agreements where keys?.contains(agreement.partyKey) ?? true {
                groups[agreement.partyKey, default: []].append((agreement, r))
            }
        }
        var merged: [MergedAgreement] = []
        for key in groups.keys.sorted() {
            merged += cluster(groups[key]!, reports)
        }
        return merged
    }

    /// Whether two extracted agreements of different reports are one.
    public static func same(_ a: Agreement, in x: Report, _ b: Agreement, in y: Report) -> Bool {
        SameAgreement.reasons(a, in: x, b, in: y) != nil
    }

    /// The day an agreement is placed at for comparison: its signing date's first day, else
    /// its report's publication day; `Int.max` when neither is known.
    public static func day(of agreement: Agreement, in article: Article) -> Int {
        DayRange.of(agreement.date ?? article.published)?.lowerBound ?? .max
    }

    /// Agreements with the same parties, joined when `SameAgreement` says so.
    private static func cluster(
        _ items: [(agreement: Agreement, report: Int)], _ reports: [Report]
    )
        -> [MergedAgreement]
    {
        func day(_ item: (agreement: Agreement, report: Int)) -> Int {
            Self.day(of: item.agreement, in: reports[item.report].article)
        }
        let placed = items.map { (item: $0, day: day($0)) }.sorted {
            ($0.day, $0.item.report, $0.item.agreement.id) < ($1.day, $1.item.report, $1.item.agreement.id)
        }
        let days = placed.map(\.day)
        let items = placed.map(\.item)
        var parent = Array(items.indices)
        var articles = items.map { Set([reports[$0.report].article.id]) }
        // What a whole cluster must agree on, not just each joined pair, so that reports a day
        // apart cannot chain a year of signings into one: the days its signing dates allow
        // (each date's days and the day after, intersected), and the spread of its days.
        var signing: [ClosedRange<Int>?] = items.map { item in
            DayRange.of(item.agreement.date).map { $0.lowerBound...($0.upperBound + 1) }
        }
        var spread: [ClosedRange<Int>?] = items.map { item in
            // A day-precise date, else the publication day of a report that gives none; a month
            // or a year is bounded by `signing` alone.
            let date = item.agreement.date
            guard date == nil || date!.count == 10 else { return nil }
            return DayRange.of(date ?? reports[item.report].article.published).map { $0.lowerBound...$0.lowerBound }
        }
        var links: [(Int, Int, [String])] = []
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        for i in items.indices {
            for j in (i + 1)..<items.count {
                let (d, e) = (days[i], days[j])
                if d != e && (e == .max || e - d > window) { break }
                let (ri, rj) = (root(i), root(j))
                // One article's agreements are different agreements, even through a third report.
                guard ri != rj, articles[ri].isDisjoint(with: articles[rj]) else { continue }
                var joinedSpread = spread[ri] ?? spread[rj]
                if let a = spread[ri], let b = spread[rj] {
                    let span = min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
                    guard span.upperBound - span.lowerBound <= SameAgreement.undatedWindow else { continue }
                    joinedSpread = span
                }
                var joinedSigning = signing[ri] ?? signing[rj]
                if let a = signing[ri], let b = signing[rj] {
                    guard a.overlaps(b) else { continue }
                    joinedSigning = a.clamped(to: b)
                }
                let (x, y) = (items[i], items[j])
                guard
                    let reasons = SameAgreement.reasons(
                        x.agreement, in: reports[x.report], y.agreement, in: reports[y.report])
                else { continue }
                let (keep, drop) = ri < rj ? (ri, rj) : (rj, ri)
                parent[drop] = keep
                articles[keep].formUnion(articles[drop])
                signing[keep] = joinedSigning
                spread[keep] = joinedSpread
                links.append((i, j, reasons))
            }
        }
        var members: [Int: [Int]] = [:]
        for i in items.indices { members[root(i), default: []].append(i) }
        return members.values.map { indices in
            let ordered = indices.sorted {
                (items[$0].report, items[$0].agreement.id) < (items[$1].report, items[$1].agreement.id)
            }
            let inCluster = Set(indices)
            let clusterLinks = links.filter { inCluster.contains($0.0) }.map { i, j, reasons in
                let (a, b) = items[i].report <= items[j].report ? (items[i], items[j]) : (items[j], items[i])
                return MergeLink(
                    agreements: [a.agreement.id, b.agreement.id],
                    articles: [reports[a.report].article.id, reports[b.report].article.id], reasons: reasons)
            }
            return build(ordered.map { items[$0] }, reports, links: clusterLinks)
        }.sorted { $0.agreement.id < $1.agreement.id }
    }

    /// The merged record of one cluster, whose members are in reading order.
    private static func build(
        _ members: [(agreement: Agreement, report: Int)], _ reports: [Report], links: [MergeLink]
    ) -> MergedAgreement {
        let first = members[0].agreement
        // Commitments: each report's in turn, joined to an earlier report's when they are one promise.
        var groups: [[Commitment]] = []
        var timeline: [TimelineEntry] = []
        var topicsSoFar = Set<String>()
        var date: String?
        var location: String?
        for member in members {
            let report = reports[member.report]
            let own = report.commitments.filter { $0.agreementId == member.agreement.id }.sorted {
                ($0.evidence.start, $0.id) < ($1.evidence.start, $1.id)
            }
            var entry = TimelineEntry(
                articleId: report.article.id, publisher: report.article.publisher, url: report.article.url,
                published: report.article.published,
                topics: member.agreement.topics.filter { !topicsSoFar.contains($0) },
                commitments: [], details: [])
            topicsSoFar.formUnion(member.agreement.topics)
            if let d = member.agreement.date, date == nil || d.count > date!.count,
                date.map({ DayRange.compatible($0, d) }) ?? true
            {
                date = d
                entry.details.append("date \(d)")
            }
            if location == nil, let l = member.agreement.location {
                location = l
                entry.details.append("location \(l)")
            }
            let existing = groups.count
            var used = Set<Int>()
            for commitment in own {
                let kind = { (c: Commitment) in
                    c.parties.sorted() == commitment.parties.sorted() && c.category == commitment.category
                }
                let alone = own.filter(kind).count == 1 && groups[..<existing].filter { kind($0[0]) }.count == 1
                var best: (group: Int, score: Int)?
                for g in 0..<existing where !used.contains(g) {
                    let scores = groups[g].map { SameCommitment.score($0, commitment) }
                    guard !scores.contains(nil), let score = scores.compactMap({ $0 }).max(),
                        score >= 2 || alone
                    else { continue }
                    if best == nil || score > best!.score { best = (g, score) }
                }
                if let best {
                    let before = groups[best.group]
                    groups[best.group].append(commitment)
                    used.insert(best.group)
                    if let due = commitment.due, before.allSatisfy({ ($0.due?.count ?? 0) < due.count }) {
                        entry.details.append("deadline of \(before[0].id)")
                    }
                    if commitment.amount != nil,
                        before.allSatisfy({ precision($0.amount) < precision(commitment.amount) })
                    {
                        entry.details.append("amount of \(before[0].id)")
                    }
                } else {
                    groups.append([commitment])
                    entry.commitments.append(commitment.id)
                }
            }
            timeline.append(entry)
        }
        let id = first.id
        let commitments = groups.map { group in merged(group, agreementID: id) }
        var agreement = first
        agreement.date = date ?? first.date
        agreement.location = first.location ?? location
        agreement.topics = topicsSoFar.sorted()
        agreement.signatories = unique(members.flatMap(\.agreement.signatories)) { $0.name.lowercased() }
        agreement.mentions = unique(members.flatMap(\.agreement.mentions)) { $0 }
        agreement.sources = members.flatMap(\.agreement.sources)
        agreement.commitmentCount = commitments.count
        var redirects: [String: String] = [:]
        for group in groups { for c in group.dropFirst() { redirects[c.id] = group[0].id } }
        return MergedAgreement(
            agreement: agreement, commitments: commitments, members: members.map(\.agreement.id),
            commitmentRedirects: redirects, links: links, timeline: timeline)
    }

    /// One commitment from the reports that state it: the first report's words and span, every
    /// report's evidence, and the most precise amount and deadline any of them gives.
    private static func merged(_ group: [Commitment], agreementID: String) -> Commitment {
        var commitment = group[0]
        commitment.agreementId = agreementID
        commitment.evidences = group.flatMap(\.evidences)
        if let dated = group.filter({ $0.due != nil }).max(by: { $0.due!.count < $1.due!.count }) {
            commitment.due = dated.due
            commitment.dueText = dated.dueText
        }
        if let counted = group.filter({ $0.amount != nil }).max(by: { precision($0.amount) < precision($1.amount) }) {
            commitment.amount = counted.amount
        }
        return commitment
    }

    /// Significant digits of an amount's value: "1.5 billion" says more than "1 billion".
    static func precision(_ amount: Amount?) -> Int {
        guard let amount else { return -1 }
        var digits = String(format: "%.6g", abs(amount.value)).filter(\.isNumber)
        while digits.hasSuffix("0") { digits.removeLast() }
        while digits.hasPrefix("0") { digits.removeFirst() }
        return digits.count
    }

    private static func unique<T, K: Hashable>(_ items: [T], by key: (T) -> K) -> [T] {
        var seen = Set<K>()
        return items.filter { seen.insert(key($0)).inserted }
    }
}
