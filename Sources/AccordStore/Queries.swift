import AccordModel

/// Filters and paging for `GET /agreements`. Every named party must be a party.
public struct AgreementQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable { case date, newest = "-date", title }

    public var parties: [String] = []
    /// Any of these topics.
    public var topics: [String] = []
    public var from: String?
    public var to: String?
    public var article: String?
    public var search: SearchQuery?
    /// nil: by relevance when searching, else newest first.
    public var sort: Sort?
    public var facets: [Facet] = []
    public var limit = 50
    public var offset = 0

    public init() {}

    /// How many results from the top a page needs in order.
    var window: Int { limit > Int.max - offset ? Int.max : offset + limit }
}

/// Filters and paging for `GET /commitments`.
public struct CommitmentQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable { case date, newest = "-date", due, latestDue = "-due" }

    public var parties: [String] = []
    /// Any of these categories.
    public var categories: [String] = []
    public var agreement: String?
    public var article: String?
    public var dueBefore: String?
    public var dueAfter: String?
    /// Any of these deadline statuses, as of `today`.
    public var statuses: [DeadlineStatus] = []
    /// Deadlines whose last day is between `today` and this many days after it.
    public var dueWithinDays: Int?
    /// The day statuses count from, in days since 1970 (`asOf`; the server's today by default).
    public var today = DayRange.today
    /// How near a deadline is `due-soon`.
    public var dueSoonDays = 30
    public var search: SearchQuery?
    public var sort: Sort?
    public var facets: [Facet] = []
    public var limit = 50
    public var offset = 0

    public init() {}

    var window: Int { limit > Int.max - offset ? Int.max : offset + limit }

    /// The status of a deadline as this query counts it.
    public func status(of due: String?) -> DeadlineStatus { DeadlineStatus(due: due, today: today, soon: dueSoonDays) }
}

/// Paging and search for `GET /articles`.
public struct ArticleQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable { case date, newest = "-date", title }

    /// Articles reporting an agreement between all of these.
    public var parties: [String] = []
    /// Articles reporting an agreement on any of these topics.
    public var topics: [String] = []
    /// Published date range.
    public var from: String?
    public var to: String?
    public var search: SearchQuery?
    /// nil: by relevance when searching, else in ingestion order.
    public var sort: Sort?
    public var facets: [Facet] = []
    public var limit = 50
    public var offset = 0

    public init() {}

    var window: Int { limit > Int.max - offset ? Int.max : offset + limit }
}

/// Counts over a whole filtered list, by the values of one field.
public enum Facet: String, Sendable, CaseIterable, Hashable {
    case party, topic, category, language
}

/// A record a segment found: its position there and, when searching, its relevance.
typealias Hit = (position: Int, score: Double)

extension Snapshot {
    public func agreements(matching query: AgreementQuery) -> Page<Agreement> {
        let corpus = query.search.map {
            SearchCorpus(
                base.index.agreementText, less: recent.hiddenAgreements, delta.index.agreementText, terms: $0.terms)
        }
        let order = Snapshot.defaultAgreementOrder
        // Ties fall back to the default order, which is each segment's own: so a delta merged
        // with its base lists exactly what their compaction would.
        let before: (Agreement, Double, Agreement, Double) -> Bool
        switch query.sort {
        case nil where query.search != nil: before = { a, x, b, y in x != y ? x > y : order(a, b) }
        case nil, .newest?: before = { a, _, b, _ in order(a, b) }
        case .date?: before = { a, _, b, _ in Self.by(a.date ?? "9999", b.date ?? "9999") ?? order(a, b) }
        case .title?: before = { a, _, b, _ in Self.by(a.title, b.title) ?? order(a, b) }
        }
        return page(
            (base.agreementHits(query, hidden: recent.hiddenAgreements, corpus: corpus), base.agreements),
            (delta.agreementHits(query, hidden: [], corpus: corpus), delta.agreements),
            query.limit, query.offset, facets: query.facets, before: before
        ) { agreement, facet in
            switch facet {
            case .party: agreement.parties
            case .topic: agreement.topics
            case .language: [agreement.language]
            case .category: []
            }
        }
    }

    public func commitments(matching query: CommitmentQuery) -> Page<Commitment> {
        let corpus = query.search.map {
            SearchCorpus(
                base.index.commitmentText, less: recent.hiddenCommitments, delta.index.commitmentText, terms: $0.terms)
        }
        let order = defaultCommitmentOrder
        let before: (Commitment, Double, Commitment, Double) -> Bool
        switch query.sort {
        case nil where query.search != nil: before = { a, x, b, y in x != y ? x > y : order(a, b) }
        case nil, .newest?: before = { a, _, b, _ in order(a, b) }
        case .date?:
            let date = { (c: Commitment) in self.agreement(id: c.agreementId)?.date ?? "9999" }
            before = { a, _, b, _ in Self.by(date(a), date(b)) ?? order(a, b) }
        case .due?: before = { a, _, b, _ in Self.by(a.due ?? "9999", b.due ?? "9999") ?? order(a, b) }
        case .latestDue?: before = { a, _, b, _ in Self.by(b.due ?? "", a.due ?? "") ?? order(a, b) }
        }
        return page(
            (base.commitmentHits(query, hidden: recent.hiddenCommitments, corpus: corpus), base.commitments),
            (delta.commitmentHits(query, hidden: [], corpus: corpus), delta.commitments),
            query.limit, query.offset, facets: query.facets, before: before
        ) { commitment, facet in
            switch facet {
            case .party: commitment.parties
            case .category: [commitment.category]
            case .language: [article(id: commitment.articleId)?.language ?? ""]
            case .topic: []
            }
        }
    }

    public func articles(matching query: ArticleQuery) -> Page<Article> {
        var reporting: Set<String>?
        if !query.parties.isEmpty || !query.topics.isEmpty {
            // The articles behind the agreements that match.
            var agreementQuery = AgreementQuery()
            agreementQuery.parties = query.parties
            agreementQuery.topics = query.topics
            agreementQuery.limit = .max
            reporting = Set(
                agreements(matching: agreementQuery).items.flatMap { [$0.articleId] + $0.sources.map(\.articleId) })
        }
        let corpus = query.search.map {
            SearchCorpus(base.index.articleText, less: recent.hiddenArticles, delta.index.articleText, terms: $0.terms)
        }
        let before: (Article, Double, Article, Double) -> Bool
        switch query.sort {
        // Ties keep ingestion order, where the whole delta is newer than the base.
        case nil where query.search != nil: before = { $1 > $3 }
        case nil: before = { _, _, _, _ in false }
        case .date?: before = { a, _, b, _ in (a.published ?? "9999") < (b.published ?? "9999") }
        case .newest?: before = { a, _, b, _ in (a.published ?? "") > (b.published ?? "") }
        case .title?: before = { a, _, b, _ in a.title < b.title }
        }
        return page(
            (
                base.articleHits(query, reporting: reporting, hidden: recent.hiddenArticles, corpus: corpus),
                base.articles
            ),
            (delta.articleHits(query, reporting: reporting, hidden: [], corpus: corpus), delta.articles),
            query.limit, query.offset, facets: query.facets, before: before
        ) { article, facet in
            facet == .language ? [article.language] : []
        }
    }

    /// How many agreements name each party, and each party's commitments.
    public var partyFacets: [(party: String, agreements: Int, commitments: Int)] {
        let agreements = tally(\.agreementsByParty, hidden: recent.hiddenAgreements.map { base.agreements[$0].parties })
        let commitments = tally(
            \.commitmentsByParty, hidden: recent.hiddenCommitments.map { base.commitments[$0].parties })
        return Set(agreements.keys).union(commitments.keys).filter { agreements[$0, default: 0] > 0 }.sorted().map {
            ($0, agreements[$0, default: 0], commitments[$0, default: 0])
        }
    }

    /// How many agreements carry each topic, and how many commitments have it as category.
    public var topicFacets: [(topic: String, agreements: Int, commitments: Int)] {
        let agreements = tally(\.agreementsByTopic, hidden: recent.hiddenAgreements.map { base.agreements[$0].topics })
        let commitments = tally(
            \.commitmentsByCategory, hidden: recent.hiddenCommitments.map { [base.commitments[$0].category] })
        return Set(agreements.keys).union(commitments.keys).filter {
            agreements[$0, default: 0] > 0 || commitments[$0, default: 0] > 0
        }.sorted().map { ($0, agreements[$0, default: 0], commitments[$0, default: 0]) }
    }

    /// Whether `a` sorts before `b` on one key; nil on a tie.
    private static func by(_ a: String, _ b: String) -> Bool? { a == b ? nil : a < b }

    /// Records per key over both segments, less the hidden base records' keys.
    private func tally(_ key: KeyPath<SegmentIndex, [String: [Int]]>, hidden: [[String]]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for segment in [base, delta] {
            for (value, positions) in segment.index[keyPath: key] { counts[value, default: 0] += positions.count }
        }
        for values in hidden { for value in values { counts[value, default: 0] -= 1 } }
        return counts
    }

    /// Grouped by agreement in the default agreement order, orphans last by agreement id; within
    /// an agreement, by position. The order a single segment stores its commitments in.
    func defaultCommitmentOrder(_ a: Commitment, _ b: Commitment) -> Bool {
        if a.agreementId == b.agreementId { return Snapshot.positionOrder(a, b) }
        switch (agreement(id: a.agreementId), agreement(id: b.agreementId)) {
        case let (x?, y?): return Snapshot.defaultAgreementOrder(x, y)
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.agreementId < b.agreementId
        }
    }

    /// One page from the base's and the delta's hits, each in the query's order as far as the
    /// page needs: merged by `before` (delta record first, base record second), base first on ties.
    private func page<Item>(
        _ old: ([Hit], [Item]), _ new: ([Hit], [Item]), _ limit: Int, _ offset: Int, facets: [Facet],
        before: (Item, Double, Item, Double) -> Bool, values: (Item, Facet) -> [String]
    ) -> Page<Item> {
        var counts: [Facet: [String: Int]] = [:]
        for facet in facets {
            var tally: [String: Int] = [:]
            for (hits, records) in [old, new] {
                for hit in hits {
                    for value in values(records[hit.position], facet) { tally[value, default: 0] += 1 }
                }
            }
            counts[facet] = tally
        }
        let total = old.0.count + new.0.count
        let end = limit > total - min(offset, total) ? total : offset + limit
        var items: [Item] = []
        if offset < end {
            items.reserveCapacity(end - offset)
            var i = 0
            var j = 0
            for n in 0..<end {
                let item: Item
                if j < new.0.count
                    && (i == old.0.count
                        || before(new.1[new.0[j].position], new.0[j].score, old.1[old.0[i].position], old.0[i].score))
                {
                    item = new.1[new.0[j].position]
                    j += 1
                } else {
                    item = old.1[old.0[i].position]
                    i += 1
                }
                if n >= offset { items.append(item) }
            }
        }
        var page = Page(items: items, total: total, limit: limit, offset: offset)
        page.facets = counts
        return page
    }
}

extension Segment {
    /// Every agreement that matches, the first `query.window` of them in the query's order.
    func agreementHits(_ query: AgreementQuery, hidden: [Int], corpus: SearchCorpus?) -> [Hit] {
        var lists = query.parties.map { index.agreementsByParty[$0] ?? [] }
        if !query.topics.isEmpty {
            lists.append(PostingList.union(query.topics.map { index.agreementsByTopic[$0] ?? [] }))
        }
        if let article = query.article { lists.append(index.agreementsBySource[article] ?? []) }
        var filtered = PostingList.intersect(lists)
        if query.from != nil || query.to != nil {
            filtered = (filtered ?? Array(agreements.indices)).filter { i in
                agreements[i].date.map { DateRange.contains($0, from: query.from, to: query.to) } ?? false
            }
        }
        guard let search = query.search, let corpus else {
            var hits = PostingList.subtract(filtered ?? Array(agreements.indices), hidden)
            switch query.sort {
            case nil, .newest?: break  // the segment's own order
            case .date?: hits.sort { (agreements[$0].date ?? "9999", $0) < (agreements[$1].date ?? "9999", $1) }
            case .title?: hits.sort { (agreements[$0].title, $0) < (agreements[$1].title, $1) }
            }
            return hits.map { ($0, 0) }
        }
        var hits = ranked(
            filtered, hidden, search, corpus, index.agreementText, keepOrder: query.sort != nil, top: query.window
        ) { i in
            let a = agreements[i]
            return [a.title, a.summary] + (index.commitmentsByAgreement[a.id] ?? []).map { commitments[$0].text }
                + [index.articleByID[a.articleId].map { articles[$0].text } ?? ""]
        }
        switch query.sort {
        case nil, .newest?: break  // relevance, or the segment's own order
        case .date?:
            hits.sort {
                (agreements[$0.position].date ?? "9999", $0.position) < (
                    agreements[$1.position].date ?? "9999", $1.position
                )
            }
        case .title?:
            hits.sort { (agreements[$0.position].title, $0.position) < (agreements[$1.position].title, $1.position) }
        }
        return hits
    }

    func commitmentHits(_ query: CommitmentQuery, hidden: [Int], corpus: SearchCorpus?) -> [Hit] {
        var lists = query.parties.map { index.commitmentsByParty[$0] ?? [] }
        if !query.categories.isEmpty {
            lists.append(PostingList.union(query.categories.map { index.commitmentsByCategory[$0] ?? [] }))
        }
        if let agreement = query.agreement { lists.append(index.commitmentsByAgreement[agreement] ?? []) }
        if let article = query.article { lists.append(index.commitmentsBySource[article] ?? []) }
        var filtered = PostingList.intersect(lists)
        if query.dueBefore != nil || query.dueAfter != nil {
            filtered = (filtered ?? Array(commitments.indices)).filter { i in
                commitments[i].due.map { DateRange.contains($0, from: query.dueAfter, to: query.dueBefore) } ?? false
            }
        }
        if !query.statuses.isEmpty || query.dueWithinDays != nil {
            filtered = (filtered ?? Array(commitments.indices)).filter { i in
                let due = commitments[i].due
                if !query.statuses.isEmpty && !query.statuses.contains(query.status(of: due)) { return false }
                if let days = query.dueWithinDays {
                    guard let last = DayRange.of(due)?.upperBound, last >= query.today, last - query.today <= days
                    else { return false }
                }
                return true
            }
        }
        var hits: [Hit]
        if let search = query.search, let corpus {
            hits = ranked(
                filtered, hidden, search, corpus, index.commitmentText, keepOrder: query.sort != nil, top: query.window
            ) {
                [commitments[$0].text]
            }
        } else {
            hits = PostingList.subtract(filtered ?? Array(commitments.indices), hidden).map { ($0, 0) }
        }
        let key: ((Int) -> String)?
        switch query.sort {
        case nil, .newest?: key = nil
        case .date?:
            key = { i in
                self.index.agreementByID[self.commitments[i].agreementId].flatMap { self.agreements[$0].date } ?? "9999"
            }
        case .due?: key = { self.commitments[$0].due ?? "9999" }
        case .latestDue?:
            hits.sort {
                (commitments[$0.position].due ?? "", $1.position) > (commitments[$1.position].due ?? "", $0.position)
            }
            key = nil
        }
        if let key { hits.sort { (key($0.position), $0.position) < (key($1.position), $1.position) } }
        return hits
    }

    func articleHits(_ query: ArticleQuery, reporting: Set<String>?, hidden: [Int], corpus: SearchCorpus?) -> [Hit] {
        var filtered: [Int]?
        if let reporting { filtered = articles.indices.filter { reporting.contains(articles[$0].id) } }
        if query.from != nil || query.to != nil {
            filtered = (filtered ?? Array(articles.indices)).filter { i in
                articles[i].published.map { DateRange.contains($0, from: query.from, to: query.to) } ?? false
            }
        }
        var hits: [Hit]
        if let search = query.search, let corpus {
            hits = ranked(
                filtered, hidden, search, corpus, index.articleText, keepOrder: query.sort != nil, top: query.window
            ) {
                [articles[$0].title, articles[$0].text]
            }
        } else {
            hits = PostingList.subtract(filtered ?? Array(articles.indices), hidden).map { ($0, 0) }
        }
        switch query.sort {
        case nil: break
        case .date?:
            hits.sort {
                (articles[$0.position].published ?? "9999", $0.position) < (
                    articles[$1.position].published ?? "9999", $1.position
                )
            }
        case .newest?:
            hits.sort {
                (articles[$0.position].published ?? "", $1.position) > (
                    articles[$1.position].published ?? "", $0.position
                )
            }
        case .title?:
            hits.sort { (articles[$0.position].title, $0.position) < (articles[$1.position].title, $1.position) }
        }
        return hits
    }

    /// The positions the search finds among `filtered` (nil: among all) less `hidden`, most
    /// relevant first unless a sort follows. Only the first `top` are put in order: the rest
    /// count for the total and the facets but are never shown. Phrases are checked on the
    /// index's candidates.
    private func ranked(
        _ filtered: [Int]?, _ hidden: [Int], _ search: SearchQuery, _ corpus: SearchCorpus, _ searchIndex: SearchIndex,
        keepOrder: Bool, top: Int, texts: (Int) -> [String]
    ) -> [Hit] {
        var hits = searchIndex.search(search.terms, in: corpus)
        if let filtered {
            hits = Self.keep(hits, in: filtered)
        }
        if !hidden.isEmpty {
            var j = 0
            hits = hits.filter { hit in
                while j < hidden.count && hidden[j] < hit.record { j += 1 }
                return j == hidden.count || hidden[j] != hit.record
            }
        }
        if !search.phrases.isEmpty {
            hits = hits.filter { hit in
                let texts = texts(hit.record)
                return search.phrases.allSatisfy { phrase in texts.contains { containsPhrase($0, phrase) } }
            }
        }
        if !keepOrder { TopK.order(&hits, first: top) }
        return hits.map { ($0.record, $0.score) }
    }

    /// The hits whose record is in `positions`; both ascending, so a merge.
    private static func keep(
        _ hits: [(record: Int, score: Double)], in positions: [Int]
    ) -> [(record: Int, score: Double)] {
        var kept: [(record: Int, score: Double)] = []
        var j = 0
        for hit in hits {
            while j < positions.count && positions[j] < hit.record { j += 1 }
            if j < positions.count && positions[j] == hit.record { kept.append(hit) }
        }
        return kept
    }
}
