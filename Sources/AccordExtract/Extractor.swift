import AccordModel

/// Turns a document into agreement and commitment records. Pure and deterministic: the same
/// document and article id always give the same records and ids.
public struct Extractor: Sendable {
    let knowledge: Knowledge

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    public func extract(_ document: Document, articleID: String) -> Extraction {
        // Lines such as "Baca Juga:" are skipped whatever the language, so one tokenization serves all.
        let text = ArticleText(document: document, skipLinePrefixes: knowledge.skipLinePrefixes)
        let language = LanguageDetector.detect(text.tokens, knowledge: knowledge)
        guard let pack = knowledge.packs[language] else {
            return Extraction(language: language, agreements: [], commitments: [])
        }
        let finder = AgreementFinder(text: text, pack: pack, knowledge: knowledge, published: document.published)
        guard let found = finder.find() else { return Extraction(language: language, agreements: [], commitments: []) }

        let agreementID = StableID.make(["agreement", articleID] + found.parties + ["0"])
        let commitmentFinder = CommitmentFinder(
            text: text, pack: pack, knowledge: knowledge, parties: found.parties,
            reference: found.date.flatMap(CivilDate.init(iso:)),
            fallbackCategory: TopicClassifier.best(
                Dictionary(found.headlineTopics.map { ($0, 1) }, uniquingKeysWith: +))
                ?? "diplomacy")
        let commitments = commitmentFinder.find().enumerated().map { index, item in
            Commitment(
                id: StableID.make(["commitment", articleID, agreementID, String(index)]),
                agreementId: agreementID, articleId: articleID, parties: item.parties, text: item.text,
                category: item.category, due: item.due, dueText: item.dueText, amount: item.amount,
                evidence: Evidence(start: item.evidence.lowerBound, end: item.evidence.upperBound))
        }
        let evidence =
            found.evidence.map { Evidence(start: $0.scalars.lowerBound, end: $0.scalars.upperBound) }
            ?? Evidence(start: 0, end: 0)
        let topics = found.headlineTopics.union(commitments.map(\.category)).sorted()
        let report = SourceReport(
            articleId: articleID, publisher: document.publisher, url: document.url, published: document.published,
            evidence: evidence)
        let agreement = Agreement(
            id: agreementID, articleId: articleID, title: document.title,
            summary: found.evidence.map { text.text(of: $0) } ?? document.title,
            date: found.date, location: found.location, parties: found.parties,
            signatories: found.signatories.map {
                Signatory(name: $0.person.name, role: $0.person.role, party: $0.person.country)
            },
            topics: topics, mentions: found.mentions, language: language,
            source: AgreementSource(
                publisher: document.publisher, url: document.url, published: document.published, cites: found.cites),
            sources: [report], commitmentCount: commitments.count, evidence: evidence)
        return Extraction(language: language, agreements: [agreement], commitments: commitments)
    }
}
