import AccordExtract
import AccordFetch
import AccordIngest
import AccordModel
import AccordStore
import ArgumentParser
import Foundation
import Logging

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Print what the given article files yield, as JSON {\"articles\", \"agreements\", \"commitments\"}, without serving."
    )

    @Argument(help: "Article files (.txt, .md, .html), each with an optional NAME.meta.json beside it.")
    var files: [String]
    @Option(help: "Configuration file whose folder holds the gazetteer and language packs.") var config: String?

    func run() async throws {
        let settings = try Settings(.init(config: config))
        let logger = Logger(label: "accord")
        let knowledge = try Knowledge.load(from: settings.configDirectory)
        let ingestor = Ingestor(
            store: Store(), extractor: Extractor(knowledge: knowledge), fetcher: Fetcher(configuration: settings.fetch),
            dataDirectory: nil, logger: logger)
        let loaded = ingestor.loadFiles(files.map { URL(fileURLWithPath: $0) })
        let snapshot = ingestor.store.snapshot
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let output = ExtractOutput(
            articles: snapshot.articles, agreements: snapshot.agreements, commitments: snapshot.commitments)
        FileHandle.standardOutput.write(try encoder.encode(output) + Data("\n".utf8))
        if loaded < files.count { throw ExitCode(1) }
    }
}

struct ExtractOutput: Encodable {
    var articles: [AccordModel.Article]
    var agreements: [AccordModel.Agreement]
    var commitments: [AccordModel.Commitment]
}
