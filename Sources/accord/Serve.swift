import AccordAPI
import AccordExtract
import AccordFetch
import AccordHTTP
import AccordIngest
import AccordStore
import ArgumentParser
import Dispatch
import Foundation
import Logging
import Metrics
import Prometheus

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the API on the seeds folder and every article accepted since (the default command).",
        discussion: """
            Environment: ACCORD_HOST, ACCORD_PORT, ACCORD_SEEDS, ACCORD_DATA, ACCORD_CONFIG, ACCORD_API_TOKEN \
            or ACCORD_API_TOKEN_FILE (enables POST), ACCORD_FETCH_ALLOW_PRIVATE=1, ACCORD_CORS_ORIGIN, ACCORD_LOG_LEVEL, ACCORD_SOURCES, \
            ACCORD_DATA_RESCAN_SECONDS (0: never), ACCORD_LOG_FORMAT (text or json), ACCORD_WRITES_PER_MINUTE, ACCORD_WRITE_BURST, ACCORD_DUE_SOON_DAYS. \
            Options win over the environment, which wins over the configuration file.
            """)

    @Option(help: "Address to listen on (default 127.0.0.1; 0.0.0.0 in the container).") var host: String?
    @Option(help: "Port to listen on (default 8080; 0 picks a free one).") var port: Int?
    @Option(help: "Folder of seed articles (.txt, .md, .html) loaded at start (default seeds).") var seeds: String?
    @Option(help: "Folder where accepted articles are kept across restarts (default data; empty for none).")
    var data: String?
    @Option(help: "Configuration file; its folder holds the gazetteer and language packs (default Config/accord.json).")
    var config: String?
    @Option(help: "trace, debug, info, notice, warning, error or critical (default info).") var logLevel: String?
    @Option(help: "text (default) or json: one JSON object per line.") var logFormat: String?

    func run() async throws {
        let settings = try Settings(
            .init(
                host: host, port: port, seeds: seeds, data: data, config: config, logLevel: logLevel,
                logFormat: logFormat))
        let level = settings.logLevel
        if settings.logJSON {
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        } else {
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        }
        let logger = Logger(label: "accord")
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

        let knowledge = try Knowledge.load(from: settings.configDirectory)
        let ingestor = Ingestor(
            store: Store(), extractor: Extractor(knowledge: knowledge), fetcher: Fetcher(configuration: settings.fetch),
            dataDirectory: settings.data.map { URL(fileURLWithPath: $0, isDirectory: true) }, logger: logger)
        let sources: [WatchedSource]
        do {
            sources = try WatchedSource.load(from: settings.sourcesFile)
        } catch {
            throw ValidationErrorMessage("the sources file \(settings.sourcesFile.path) is not valid: \(error)")
        }
        let watcher = SourceWatcher(
            sources: sources, ingestor: ingestor, configuration: settings.watch, logger: logger)
        let application = Application(
            ingestor: ingestor, sourceWatcher: watcher, configuration: settings.api, metrics: registry,
            logger: logger)
        let server = HTTPServer(
            configuration: settings.http, logger: logger, immediateHandler: { application.respondImmediately($0) }
        ) { await application.handle($0) }
        application.observeConnections { [weak server] in server?.connectionCount ?? 0 }
        let signals = SignalWaiter([SIGTERM, SIGINT])

        let boundPort = try server.start()
        logger.info(
            "listening",
            metadata: [
                "address":
                    "http://\(settings.http.host.contains(":") ? "[\(settings.http.host)]" : settings.http.host):\(boundPort)",
                "writes":
                    "\(settings.api.apiToken == nil ? "disabled (set ACCORD_API_TOKEN or ACCORD_API_TOKEN_FILE)" : "enabled")",
            ])
        ingestor.loadSeeds(from: URL(fileURLWithPath: settings.seeds, isDirectory: true))
        ingestor.restoreDataFolder()
        application.markReady()
        let rescan = settings.dataFolderRescan.map { ingestor.watchDataFolder(every: $0) }
        watcher.start()

        let signal = await signals.next()
        logger.info("shutting down", metadata: ["signal": "\(signal)"])
        rescan?.cancel()
        application.closeEventStreams()
        await watcher.stop()
        await server.shutdown()
        logger.info("stopped")
    }
}
