import AccordEvaluation
import AccordExtract
import ArgumentParser
import Foundation

struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction on folders of articles with NAME.gold.json beside each.",
        discussion: """
            The articles are read as seeds are (sidecars and front matter included) and compared with \
            the gold by the rules of the shared scoring tool. Each folder is scored apart (a sealed \
            held-out set stays apart from the corpus tuned on); each report ends with a one-line summary.
            """)

    @Argument(help: "Folders of articles (.txt, .md, .html) and their .gold.json files, each scored apart.")
    var folders: [String]
    @Flag(name: .shortAndLong, help: "List every missed and spurious record.") var verbose = false
    @Option(help: "Exit 1 when agreements F1 is below this.") var minAgreementsF1 = 0.0
    @Option(help: "Exit 1 when commitments F1 is below this.") var minCommitmentsF1 = 0.0
    @Option(help: "Configuration file whose folder holds the gazetteer and language packs.") var config: String?

    func run() async throws {
        let settings = try Settings(.init(config: config))
        let knowledge = try Knowledge.load(from: settings.configDirectory)
        var belowFloor = false
        for (index, folder) in folders.enumerated() {
            let report = try CorpusEvaluation.run(URL(fileURLWithPath: folder, isDirectory: true), knowledge: knowledge)
            if folders.count > 1 { print("\(index > 0 ? "\n" : "")== \(folder)") }
            print(report.lines(verbose: verbose).joined(separator: "\n"))
            if report.total.agreements.f1 < minAgreementsF1 || report.total.commitments.f1 < minCommitmentsF1 {
                belowFloor = true
            }
        }
        if belowFloor { throw ExitCode(1) }
    }
}
