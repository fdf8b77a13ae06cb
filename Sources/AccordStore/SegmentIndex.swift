import AccordModel

/// Positions of records by the keys that lists filter on, built once per segment so a
/// filtered list reads only the records it returns.
struct SegmentIndex: Sendable {
    var articleByID: [String: Int] = [:]
    /// Every article with this hash, first stored first.
    var articlesByContentHash: [String: [Int]] = [:]
    var articlesByURL: [String: [Int]] = [:]
    var agreementByID: [String: Int] = [:]
    var agreementsByParty: [String: [Int]] = [:]
    var agreementsByTopic: [String: [Int]] = [:]
    /// By the article that holds the record (the first to report it), for replacing an article.
    var agreementsByArticle: [String: [Int]] = [:]
    /// By every article that reports it, for `?article=`.
    var agreementsBySource: [String: [Int]] = [:]
    var commitmentByID: [String: Int] = [:]
    var commitmentsByAgreement: [String: [Int]] = [:]
    var commitmentsByParty: [String: [Int]] = [:]
    var commitmentsByCategory: [String: [Int]] = [:]
    var commitmentsByArticle: [String: [Int]] = [:]
    var commitmentsBySource: [String: [Int]] = [:]
    var agreementText = SearchIndex(count: 0) { _ in [] }
    var commitmentText = SearchIndex(count: 0) { _ in [] }
    var articleText = SearchIndex(count: 0) { _ in [] }

    init(articles: [Article], agreements: [Agreement], commitments: [Commitment]) {
        for (i, article) in articles.enumerated() {
            articleByID[article.id] = i
            articlesByContentHash[article.contentHash, default: []].append(i)
            if let url = article.url { articlesByURL[url, default: []].append(i) }
        }
        for (i, agreement) in agreements.enumerated() {
            agreementByID[agreement.id] = i
            for party in agreement.parties { agreementsByParty[party, default: []].append(i) }
            for topic in agreement.topics { agreementsByTopic[topic, default: []].append(i) }
            agreementsByArticle[agreement.articleId, default: []].append(i)
            for article in Set([agreement.articleId] + agreement.sources.map(\.articleId)) {
                agreementsBySource[article, default: []].append(i)
            }
        }
        for (i, commitment) in commitments.enumerated() {
            commitmentByID[commitment.id] = i
            commitmentsByAgreement[commitment.agreementId, default: []].append(i)
            for party in commitment.parties { commitmentsByParty[party, default: []].append(i) }
            commitmentsByCategory[commitment.category, default: []].append(i)
            commitmentsByArticle[commitment.articleId, default: []].append(i)
            for article in Set([commitment.articleId] + commitment.evidences.map(\.articleId)) {
                commitmentsBySource[article, default: []].append(i)
            }
        }
        // An agreement is found by its own words, its commitments' and its article's.
        let byAgreement = commitmentsByAgreement
        let articleIndex = articleByID
        agreementText = SearchIndex(count: agreements.count) { i in
            let agreement = agreements[i]
            return [agreement.title, agreement.summary]
                + (byAgreement[agreement.id] ?? []).map { commitments[$0].text }
                + [articleIndex[agreement.articleId].map { articles[$0].text } ?? ""]
        }
        commitmentText = SearchIndex(count: commitments.count) { [commitments[$0].text] }
        articleText = SearchIndex(count: articles.count) { [articles[$0].title, articles[$0].text] }
    }
}
