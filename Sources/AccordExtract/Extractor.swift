import AccordModel

/// Turns a document into agreement and commitment records. Pure and deterministic: the same
/// document and article id always give the same records and ids.
public struct Extractor: Sendable {
    let knowledge: Knowledge

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    /// ISO code → English name of every country it can name as a party.
    public var countryNames: [String: String] { knowledge.countryNames }
    /// What reading a saved page for this extractor drops as furniture.
    public var furniture: PageFurniture { knowledge.furniture }

    public func extract(_ document: Document, articleID: String) -> Extraction {
        // Lines such as "Baca Juga:" are skipped whatever the language, so one tokenization serves all.
        let text = ArticleText(document: document, chrome: knowledge.chrome)
        let language = LanguageDetector.detect(text.tokens, knowledge: knowledge)
        guard let pack = knowledge.packs[language] else {
            return Extraction(language: language, agreements: [], commitments: [])
        }
        let day = text.reportDay(published: document.published, pack: pack)
        let cast = ArticleCast(text: text, knowledge: knowledge, pack: pack, day: day?.iso)
        let finder = AgreementFinder(
            text: text, pack: pack, knowledge: knowledge, published: document.published, reportDay: day, cast: cast)
        let found = finder.find()
        guard !found.isEmpty else { return Extraction(language: language, agreements: [], commitments: []) }
        let agreementIDs = found.enumerated().map { index, item in
            StableID.make(["agreement", articleID] + item.parties + [String(index)])
        }
        let targets = found.map { item in
            CommitmentFinder.Target(
                parties: item.parties, reference: item.date.flatMap(CivilDate.init(iso:)),
                fallbackCategory: TopicClassifier.best(
                    Dictionary(item.headlineTopics.map { ($0, 1) }, uniquingKeysWith: +), rules: knowledge.topicRules)
                    ?? knowledge.topicRules.fallback,
                statement: item.evidence?.scalars)
        }
        let commitmentFinder = CommitmentFinder(
            text: text, pack: pack, knowledge: knowledge, cast: cast, targets: targets)
        let commitments = commitmentFinder.find().enumerated().map { index, item in
            let agreementID = agreementIDs[item.agreement]
            return Commitment(
                id: StableID.make(["commitment", articleID, agreementID, String(index)]),
                agreementId: agreementID, articleId: articleID, parties: item.parties, text: item.text,
                category: item.category, due: item.due, dueText: item.dueText, amount: item.amount,
                evidence: Evidence(start: item.evidence.lowerBound, end: item.evidence.upperBound))
        }
        let agreements = found.enumerated().map { index, item in
            agreement(
                item, id: agreementIDs[index],
                commitments: commitments.filter { $0.agreementId == agreementIDs[index] },
                document: document, text: text, articleID: articleID, language: language)
        }
        return Extraction(language: language, agreements: agreements, commitments: commitments)
    }

    private func agreement(
        _ found: AgreementFinder.Found, id: String, commitments: [Commitment], document: Document,
        text: ArticleText, articleID: String, language: String
    ) -> Agreement {
        let evidence =
            found.evidence.map { Evidence(start: $0.scalars.lowerBound, end: $0.scalars.upperBound) }
            ?? Evidence(start: 0, end: 0)
        let topics = found.headlineTopics.union(commitments.map(\.category)).sorted()
        let report = SourceReport(
            articleId: articleID, publisher: document.publisher, url: document.url, published: document.published,
            evidence: evidence)
        return Agreement(
            id: id, articleId: articleID, title: document.title,
            summary: found.evidence.map { text.text(of: $0) } ?? document.title,
            date: found.date, location: found.location, parties: found.parties,
            signatories: found.signatories.map { Signatory(name: $0.name, role: $0.role, party: $0.country) },
            topics: topics, mentions: found.mentions, language: language,
            source: AgreementSource(
                publisher: document.publisher, url: document.url, published: document.published, cites: found.cites),
            sources: [report], commitmentCount: commitments.count, evidence: evidence)
    }
}
