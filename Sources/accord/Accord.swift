import ArgumentParser

@main
struct Accord: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Bilateral agreements and commitments, extracted from news articles and served as JSON.",
        subcommands: [Serve.self, Extract.self, Evaluate.self, Healthcheck.self],
        defaultSubcommand: Serve.self)
}
