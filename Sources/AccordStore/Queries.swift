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
    public var search: SearchQuery?
    public var sort: Sort?
    public var facets: [Facet] = []
    public var limit = 50
    public var offset = 0

    public init() {}

    var window: Int { limit > Int.max - offset ? Int.max : offset + limit }
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

extension Snapshot {
    public func agreements(matching query: AgreementQuery) -> Page<Agreement> {
        var lists = query.parties.map { index.agreementsByParty[$0] ?? [] }
        if !query.topics.isEmpty {
            lists.append(PostingList.union(query.topics.map { index.agreementsByTopic[$0] ?? [] }))
        }
        if let article = query.article { lists.append(index.agreementsByArticle[article] ?? []) }
        let filtered = PostingList.intersect(lists)
        var hits = filtered ?? Array(agreements.indices)
        if query.from != nil || query.to != nil {
            hits = hits.filter { i in
                agreements[i].date.map { DateRange.contains($0, from: query.from, to: query.to) } ?? false
            }
        }
        if let search = query.search {
            let within = filtered == nil && query.from == nil && query.to == nil ? nil : hits
            hits = ranked(within, search, index.agreementText, keepOrder: query.sort != nil, top: query.window) { i in
                let a = agreements[i]
                return [a.title, a.summary] + commitments(ofAgreement: a.id).map(\.text)
                    + [article(id: a.articleId)?.text ?? ""]
            }
        }
        switch query.sort {
        case nil, .newest?: break  // the snapshot's own order, or relevance
        case .date?: hits.sort { (agreements[$0].date ?? "9999", $0) < (agreements[$1].date ?? "9999", $1) }
        case .title?: hits.sort { (agreements[$0].title, $0) < (agreements[$1].title, $1) }
        }
        return page(hits, of: agreements, query.limit, query.offset, facets: query.facets) { agreement, facet in
            switch facet {
            case .party: agreement.parties
            case .topic: agreement.topics
            case .language: [agreement.language]
            case .category: []
            }
        }
    }

    public func commitments(matching query: CommitmentQuery) -> Page<Commitment> {
        var lists = query.parties.map { index.commitmentsByParty[$0] ?? [] }
        if !query.categories.isEmpty {
            lists.append(PostingList.union(query.categories.map { index.commitmentsByCategory[$0] ?? [] }))
        }
        if let agreement = query.agreement { lists.append(index.commitmentsByAgreement[agreement] ?? []) }
        if let article = query.article { lists.append(index.commitmentsByArticle[article] ?? []) }
        let filtered = PostingList.intersect(lists)
        var hits = filtered ?? Array(commitments.indices)
        if query.dueBefore != nil || query.dueAfter != nil {
            hits = hits.filter { i in
                commitments[i].due.map { DateRange.contains($0, from: query.dueAfter, to: query.dueBefore) } ?? false
            }
        }
        if let search = query.search {
            let within = filtered == nil && query.dueBefore == nil && query.dueAfter == nil ? nil : hits
            hits = ranked(within, search, index.commitmentText, keepOrder: query.sort != nil, top: query.window) {
                [commitments[$0].text]
            }
        }
        switch query.sort {
        case nil, .newest?: break
        case .date?:
            let date = { (i: Int) in self.agreement(id: self.commitments[i].agreementId)?.date ?? "9999" }
            hits.sort { (date($0), $0) < (date($1), $1) }
        case .due?: hits.sort { (commitments[$0].due ?? "9999", $0) < (commitments[$1].due ?? "9999", $1) }
        case .latestDue?: hits.sort { (commitments[$0].due ?? "", $1) > (commitments[$1].due ?? "", $0) }
        }
        return page(hits, of: commitments, query.limit, query.offset, facets: query.facets) { commitment, facet in
            switch facet {
            case .party: commitment.parties
            case .category: [commitment.category]
            case .language: [article(id: commitment.articleId)?.language ?? ""]
            case .topic: []
            }
        }
    }

    public func articles(matching query: ArticleQuery) -> Page<Article> {
        var hits = Array(articles.indices)
        if !query.parties.isEmpty || !query.topics.isEmpty {
            // The articles behind the agreements that match.
            var agreementQuery = AgreementQuery()
            agreementQuery.parties = query.parties
            agreementQuery.topics = query.topics
            agreementQuery.limit = .max
            let reporting = Set(agreements(matching: agreementQuery).items.map(\.articleId))
            hits = hits.filter { reporting.contains(articles[$0].id) }
        }
        if query.from != nil || query.to != nil {
            hits = hits.filter { i in
                articles[i].published.map { DateRange.contains($0, from: query.from, to: query.to) } ?? false
            }
        }
        if let search = query.search {
            let filtered = hits.count == articles.count ? nil : hits
            hits = ranked(filtered, search, index.articleText, keepOrder: query.sort != nil, top: query.window) {
                [articles[$0].title, articles[$0].text]
            }
        }
        switch query.sort {
        case nil: break
        case .date?: hits.sort { (articles[$0].published ?? "9999", $0) < (articles[$1].published ?? "9999", $1) }
        case .newest?: hits.sort { (articles[$0].published ?? "", $1) > (articles[$1].published ?? "", $0) }
        case .title?: hits.sort { (articles[$0].title, $0) < (articles[$1].title, $1) }
        }
        return page(hits, of: articles, query.limit, query.offset, facets: query.facets) { article, facet in
            facet == .language ? [article.language] : []
        }
    }

    /// How many agreements name each party, and each party's commitments.
    public var partyFacets: [(party: String, agreements: Int, commitments: Int)] {
        index.agreementsByParty.keys.sorted().map {
            ($0, index.agreementsByParty[$0]?.count ?? 0, index.commitmentsByParty[$0]?.count ?? 0)
        }
    }

    /// How many agreements carry each topic, and how many commitments have it as category.
    public var topicFacets: [(topic: String, agreements: Int, commitments: Int)] {
        Set(index.agreementsByTopic.keys).union(index.commitmentsByCategory.keys).sorted().map {
            ($0, index.agreementsByTopic[$0]?.count ?? 0, index.commitmentsByCategory[$0]?.count ?? 0)
        }
    }

    /// The positions the search finds among `filtered` (nil: among all), most relevant first
    /// unless a sort follows. Only the first `top` are put in order: the rest count for the
    /// total and the facets but are never shown. Phrases are checked on the index's candidates.
    private func ranked(
        _ filtered: [Int]?, _ search: SearchQuery, _ searchIndex: SearchIndex, keepOrder: Bool, top: Int,
        texts: (Int) -> [String]
    ) -> [Int] {
        var hits = searchIndex.search(search.terms)
        if let filtered {
            // Both ascending: merge.
            var kept: [(record: Int, score: Double)] = []
            var j = 0
            for hit in hits {
                while j < filtered.count && filtered[j] < hit.record { j += 1 }
                if j < filtered.count && filtered[j] == hit.record { kept.append(hit) }
            }
            hits = kept
        }
        if !search.phrases.isEmpty {
            hits = hits.filter { hit in
                let texts = texts(hit.record)
                return search.phrases.allSatisfy { phrase in texts.contains { containsPhrase($0, phrase) } }
            }
        }
        if !keepOrder { TopK.order(&hits, first: top) }
        return hits.map(\.record)
    }

    private func page<Item>(
        _ positions: [Int], of records: [Item], _ limit: Int, _ offset: Int, facets: [Facet],
        values: (Item, Facet) -> [String]
    ) -> Page<Item> {
        var counts: [Facet: [String: Int]] = [:]
        for facet in facets {
            var tally: [String: Int] = [:]
            for i in positions {
                for value in values(records[i], facet) { tally[value, default: 0] += 1 }
            }
            counts[facet] = tally
        }
        let window =
            offset < positions.count
            ? positions[offset..<(limit < positions.count - offset ? offset + limit : positions.count)] : []
        var page = Page(items: window.map { records[$0] }, total: positions.count, limit: limit, offset: offset)
        page.facets = counts
        return page
    }
}
