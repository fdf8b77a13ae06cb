import AccordModel
import Testing

@testable import AccordStore

/// A snapshot whose recent writes sit in a delta segment must answer every query exactly as
/// the same records folded into one base do: same items in the same order, same totals and
/// facets, same lookups.
@Suite struct SegmentTests {
    // Async with yields: the comparisons are long, and other suites' async tests share the pool.
    @Test func aDeltaAnswersLikeItsCompaction() async {
        var random = SplitMix(seed: 7)
        var snapshot = Snapshot().replacing(batch: (0..<40).map { Self.article("a\($0)", &random) }).compacted()
        #expect(snapshot.recent.isEmpty)
        for step in 0..<60 {
            // New articles and rewrites of old ones, some of them already rewritten.
            let id = random.next(100) < 40 ? "a\(random.next(40))" : "n\(step)"
            snapshot = snapshot.replacing(batch: [Self.article(id, &random)])
            if step % 12 == 11 {
                Self.expectSameAnswers(snapshot, snapshot.compacted())
                await Task.yield()
            }
        }
        #expect(snapshot.recent.hiddenArticles.count > 5, "rewrites hid base records")
        #expect(snapshot.articleCount == snapshot.compacted().articleCount)
    }

    @Test func aStoreFoldsTheDeltaInTheBackgroundWithoutChangingTheVersion() async {
        var random = SplitMix(seed: 11)
        let store = Store()
        var compactions = 0
        for i in 0..<150 {
            store.update { $0.replacing(batch: [Self.article("a\(i % 140)", &random, commitments: 9)]) }
            if store.snapshot.needsCompaction { compactions += 1 }
            if i % 16 == 0 { await Task.yield() }
        }
        store.waitForCompaction()
        let folded = store.snapshot
        #expect(compactions > 0)
        #expect(folded.version == 150)
        #expect(!folded.needsCompaction, "the writes before the compaction started are in the base")
        #expect(folded.articleCount == 140)
        Self.expectSameAnswers(folded, folded.compacted())
        #expect(store.snapshot(version: 150)?.recent.count == folded.recent.count)
    }

    @Test func anInlineStoreFoldsInTheWriteThatGrewTheDelta() async {
        var random = SplitMix(seed: 3)
        let store = Store(compaction: .inline)
        var folded = false
        for i in 0..<120 {
            store.update { $0.replacing(batch: [Self.article("a\(i)", &random, commitments: 9)]) }
            folded = folded || store.snapshot.recent.isEmpty
            if i % 16 == 0 { await Task.yield() }
        }
        #expect(folded)
        #expect(!store.snapshot.needsCompaction)
        #expect(store.snapshot.articleCount == 120)
    }

    @Test func aBatchTooLargeForTheDeltaGoesStraightToTheBase() {
        var random = SplitMix(seed: 5)
        let snapshot = Snapshot().replacing(batch: (0..<400).map { Self.article("a\($0)", &random, commitments: 9) })
        #expect(snapshot.recent.isEmpty)
        #expect(snapshot.articleCount == 400)
    }

    static func expectSameAnswers(_ split: Snapshot, _ whole: Snapshot) {
        #expect(whole.recent.isEmpty)
        for query in agreementQueries {
            let (a, b) = (split.agreements(matching: query), whole.agreements(matching: query))
            #expect(a.items.map(\.id) == b.items.map(\.id), "\(query)")
            #expect(a.total == b.total && a.facets == b.facets, "\(query)")
        }
        for query in commitmentQueries {
            let (a, b) = (split.commitments(matching: query), whole.commitments(matching: query))
            #expect(a.items.map(\.id) == b.items.map(\.id), "\(query)")
            #expect(a.total == b.total && a.facets == b.facets, "\(query)")
        }
        for query in articleQueries {
            let (a, b) = (split.articles(matching: query), whole.articles(matching: query))
            #expect(a.items.map(\.id) == b.items.map(\.id), "\(query)")
            #expect(a.total == b.total && a.facets == b.facets, "\(query)")
        }
        #expect(split.partyFacets.map { "\($0)" } == whole.partyFacets.map { "\($0)" })
        #expect(split.topicFacets.map { "\($0)" } == whole.topicFacets.map { "\($0)" })
        #expect(split.articles.map(\.id) == whole.articles.map(\.id))
        #expect(split.agreements.map(\.id) == whole.agreements.map(\.id))
        #expect(split.commitments.map(\.id) == whole.commitments.map(\.id))
        for article in whole.articles {
            #expect(split.article(id: article.id) == article)
            #expect(
                split.article(contentHash: article.contentHash)?.id
                    == whole.article(contentHash: article.contentHash)?.id)
            #expect(split.hasArticle(url: article.url!))
        }
        #expect(!split.hasArticle(url: "https://example.org/none"))
        for agreement in whole.agreements {
            #expect(split.agreement(id: agreement.id) == agreement)
            #expect(split.commitments(ofAgreement: agreement.id) == whole.commitments(ofAgreement: agreement.id))
        }
    }

    static let words = ["nickel", "tariff", "ports", "rare", "earths", "loans", "rice", "grid"]
    static let parties = ["JP", "US", "ID", "AU", "KR"]
    static let topics = ["trade", "defense", "energy", "critical-minerals"]
    static let dates: [String?] = ["2025-10-28", "2025-10-28", "2025-07", "2026-01-15", nil]

    /// An article with up to two agreements and up to three commitments each (or exactly one
    /// agreement with `commitments`). The content hash repeats across articles so that lookups
    /// by hash have several candidates.
    static func article(
        _ id: String, _ random: inout SplitMix, commitments count: Int? = nil
    ) -> (
        Article, [Agreement], [Commitment]
    ) {
        func text(_ n: Int) -> String { (0..<n).map { _ in words[random.next(words.count)] }.joined(separator: " ") }
        let article = Article(
            id: id, title: text(2), language: random.next(2) == 0 ? "en" : "id", publisher: nil,
            url: "https://example.org/\(id)", published: dates[random.next(dates.count)],
            ingestedAt: "2026-01-01T00:00:00Z", contentHash: "sha256:\(random.next(30))", text: text(12))
        var agreements: [Agreement] = []
        var commitments: [Commitment] = []
        for g in 0..<(count == nil ? random.next(3) : 1) {
            let gid = "\(id)-g\(g)-\(random.next(3))"
            let pair = [parties[random.next(5)], parties[random.next(5)]]
            agreements.append(
                Agreement(
                    id: gid, articleId: id, title: text(2), summary: text(4), date: dates[random.next(dates.count)],
                    location: nil, parties: Array(Set(pair)).sorted(), signatories: [],
                    topics: Array(Set([topics[random.next(4)], topics[random.next(4)]])).sorted(), mentions: [],
                    language: article.language,
                    source: AgreementSource(publisher: nil, url: nil, published: nil, cites: []),
                    sources: [], commitmentCount: 0, evidence: Evidence(start: 0, end: 1)))
            for c in 0..<(count ?? random.next(4)) {
                let start = random.next(4) * 10
                commitments.append(
                    Commitment(
                        id: "\(gid)-c\(c)", agreementId: gid, articleId: id, parties: [pair[random.next(2)]],
                        text: text(5), category: topics[random.next(4)], due: dates[random.next(dates.count)],
                        dueText: nil, amount: nil, evidence: Evidence(start: start, end: start + 5)))
            }
        }
        return (article, agreements, commitments)
    }

    static var agreementQueries: [AgreementQuery] {
        var queries: [AgreementQuery] = []
        for sort in [nil] + AgreementQuery.Sort.allCases.map(Optional.some) {
            for filter in 0..<6 {
                var query = AgreementQuery()
                query.sort = sort
                query.facets = [.party, .topic, .language]
                switch filter {
                case 1: query.parties = ["JP"]
                case 2: query.topics = ["trade", "energy"]
                case 3: query.from = "2025-10"
                case 4: query.search = SearchQuery("nickel")
                case 5:
                    query.search = SearchQuery("tariff ports")
                    query.parties = ["US"]
                default: break
                }
                queries.append(query)
                query.limit = 3
                query.offset = 2
                queries.append(query)
            }
        }
        return queries
    }

    static var commitmentQueries: [CommitmentQuery] {
        var queries: [CommitmentQuery] = []
        for sort in [nil] + CommitmentQuery.Sort.allCases.map(Optional.some) {
            for filter in 0..<6 {
                var query = CommitmentQuery()
                query.sort = sort
                query.facets = [.party, .category, .language]
                switch filter {
                case 1: query.parties = ["ID"]
                case 2: query.categories = ["defense"]
                case 3: query.dueBefore = "2025-12"
                case 4: query.search = SearchQuery("rice grid")
                case 5: query.search = SearchQuery("\"rare earths\"")
                default: break
                }
                queries.append(query)
                query.limit = 4
                query.offset = 3
                queries.append(query)
            }
        }
        return queries
    }

    static var articleQueries: [ArticleQuery] {
        var queries: [ArticleQuery] = []
        for sort in [nil] + ArticleQuery.Sort.allCases.map(Optional.some) {
            for filter in 0..<4 {
                var query = ArticleQuery()
                query.sort = sort
                query.facets = [.language]
                switch filter {
                case 1: query.parties = ["KR"]
                case 2: query.search = SearchQuery("loans")
                case 3: query.from = "2025-10-01"
                default: break
                }
                queries.append(query)
                query.limit = 2
                query.offset = 1
                queries.append(query)
            }
        }
        return queries
    }
}

/// A small seeded generator, so a failing case can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
