import AccordExtract
import AccordFetch
import AccordIngest
import AccordStore
import Foundation
import Logging

/// A gold folder read the way the service reads seeds (sidecars, front matter, HTML), then
/// scored: what `accord eval` prints and what the corpus test holds to its floors.
public enum CorpusEvaluation {
    public static func run(_ directory: URL, knowledge: Knowledge) throws -> EvaluationReport {
        let gold = try GoldFolder.load(directory)
        guard !gold.isEmpty else { throw GoldFolder.LoadError(file: directory.path, reason: "no *.gold.json here") }
        var logger = Logger(label: "accord.eval")
        logger.logLevel = .error
        let ingestor = Ingestor(
            store: Store(), extractor: Extractor(knowledge: knowledge), fetcher: Fetcher(), dataDirectory: nil,
            logger: logger)
        ingestor.loadSeeds(from: directory)
        let snapshot = ingestor.store.snapshot
        // Seeds are named after their file: "c01.html" is article "c01".
        let ids = Dictionary(
            gold.map { ($0.article, URL(fileURLWithPath: $0.article).deletingPathExtension().lastPathComponent) },
            uniquingKeysWith: { a, _ in a })
        return Scorer.score(
            gold: gold, articleIDs: ids, articles: snapshot.articles, agreements: snapshot.agreements,
            commitments: snapshot.commitments)
    }
}
