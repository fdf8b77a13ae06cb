import AccordModel

/// Filters and paging for `GET /agreements`. Every named party must be a party.
public struct AgreementQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable { case date, newest = "-date", title }

    public var parties: [String] = []
    public var topics: [String] = []
    public var from: String?
    public var to: String?
    public var article: String?
    public var sort: Sort?
    public var limit = 50
    public var offset = 0

    public init() {}
}

/// Filters and paging for `GET /commitments`.
public struct CommitmentQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable { case date, newest = "-date", due, latestDue = "-due" }

    public var parties: [String] = []
    public var categories: [String] = []
    public var agreement: String?
    public var article: String?
    public var dueBefore: String?
    public var dueAfter: String?
    public var sort: Sort?
    public var limit = 50
    public var offset = 0

    public init() {}
}

/// Paging for `GET /articles`.
public struct ArticleQuery: Sendable, Hashable {
    public var limit = 50
    public var offset = 0

    public init() {}
}

extension Snapshot {
    public func agreements(matching query: AgreementQuery) -> Page<Agreement> {
        let lists =
            query.parties.map { index.agreementsByParty[$0] ?? [] }
            + query.topics.map { index.agreementsByTopic[$0] ?? [] }
            + (query.article.map { [index.agreementsByArticle[$0] ?? []] } ?? [])
        var hits = PostingList.intersect(lists, all: agreements.count).map { agreements[$0] }
        if query.from != nil || query.to != nil {
            hits = hits.filter { a in
                guard let date = a.date else { return false }
                return DateRange.contains(date, from: query.from, to: query.to)
            }
        }
        switch query.sort {
        case nil, .newest?: break  // the snapshot's own order
        case .date?: hits.sort { ($0.date ?? "9999", $0.id) < ($1.date ?? "9999", $1.id) }
        case .title?: hits.sort { ($0.title, $0.id) < ($1.title, $1.id) }
        }
        return Page(
            items: hits.window(query.offset, query.limit), total: hits.count, limit: query.limit, offset: query.offset)
    }

    public func commitments(matching query: CommitmentQuery) -> Page<Commitment> {
        let categoryUnion =
            query.categories.isEmpty
            ? nil : PostingList.union(query.categories.map { index.commitmentsByCategory[$0] ?? [] })
        let lists =
            query.parties.map { index.commitmentsByParty[$0] ?? [] }
            + (categoryUnion.map { [$0] } ?? [])
            + (query.agreement.map { [index.commitmentsByAgreement[$0] ?? []] } ?? [])
            + (query.article.map { [index.commitmentsByArticle[$0] ?? []] } ?? [])
        var hits = PostingList.intersect(lists, all: commitments.count).map { commitments[$0] }
        if query.dueBefore != nil || query.dueAfter != nil {
            hits = hits.filter { c in
                guard let due = c.due else { return false }
                return DateRange.contains(due, from: query.dueAfter, to: query.dueBefore)
            }
        }
        switch query.sort {
        case nil, .newest?: break
        case .date?:
            let date = { (c: Commitment) in self.agreement(id: c.agreementId)?.date ?? "9999" }
            hits.sort { (date($0), $0.id) < (date($1), $1.id) }
        case .due?: hits.sort { ($0.due ?? "9999", $0.id) < ($1.due ?? "9999", $1.id) }
        case .latestDue?: hits.sort { ($0.due ?? "", $1.id) > ($1.due ?? "", $0.id) }
        }
        return Page(
            items: hits.window(query.offset, query.limit), total: hits.count, limit: query.limit, offset: query.offset)
    }

    public func articles(matching query: ArticleQuery) -> Page<Article> {
        Page(
            items: articles.window(query.offset, query.limit), total: articles.count, limit: query.limit,
            offset: query.offset)
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
}

extension Array {
    fileprivate func window(_ offset: Int, _ limit: Int) -> [Element] {
        guard offset < count else { return [] }
        return Array(self[offset..<(limit < count - offset ? offset + limit : count)])
    }
}
