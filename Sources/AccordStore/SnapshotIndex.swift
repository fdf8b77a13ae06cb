import AccordModel

/// Positions of records by the keys that lists filter on, built once per snapshot so a
/// filtered list reads only the records it returns.
struct SnapshotIndex: Sendable {
    var articleByID: [String: Int] = [:]
    var articleByContentHash: [String: Int] = [:]
    var agreementByID: [String: Int] = [:]
    var agreementsByParty: [String: [Int]] = [:]
    var agreementsByTopic: [String: [Int]] = [:]
    var agreementsByArticle: [String: [Int]] = [:]
    var commitmentsByAgreement: [String: [Int]] = [:]
    var commitmentsByParty: [String: [Int]] = [:]
    var commitmentsByCategory: [String: [Int]] = [:]
    var commitmentsByArticle: [String: [Int]] = [:]

    init(articles: [Article], agreements: [Agreement], commitments: [Commitment]) {
        for (i, article) in articles.enumerated() {
            articleByID[article.id] = i
            if articleByContentHash[article.contentHash] == nil { articleByContentHash[article.contentHash] = i }
        }
        for (i, agreement) in agreements.enumerated() {
            agreementByID[agreement.id] = i
            for party in agreement.parties { agreementsByParty[party, default: []].append(i) }
            for topic in agreement.topics { agreementsByTopic[topic, default: []].append(i) }
            agreementsByArticle[agreement.articleId, default: []].append(i)
        }
        for (i, commitment) in commitments.enumerated() {
            commitmentsByAgreement[commitment.agreementId, default: []].append(i)
            for party in commitment.parties { commitmentsByParty[party, default: []].append(i) }
            commitmentsByCategory[commitment.category, default: []].append(i)
            commitmentsByArticle[commitment.articleId, default: []].append(i)
        }
    }
}
