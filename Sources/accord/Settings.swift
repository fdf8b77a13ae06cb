import AccordAPI
import AccordFetch
import AccordHTTP
import AccordIngest
import Foundation
import Logging

/// Everything `serve` runs with, resolved once: command line, then environment, then the
/// configuration file, then the documented defaults.
struct Settings {
    var http = HTTPServerConfiguration()
    var api = APIConfiguration()
    var fetch = FetchConfiguration()
    var watch = SourceWatcherConfiguration()
    /// The watched sources' file; missing means none.
    var sourcesFile: URL
    /// How often the data folder is read for articles other instances wrote; nil never.
    var dataFolderRescan: Duration? = .seconds(5)
    var seeds = "seeds"
    var data: String? = "data"
    var configDirectory: URL
    var logLevel = Logger.Level.info
    /// One JSON object per log line instead of text.
    var logJSON = false

    struct Overrides {
        var host: String?
        var port: Int?
        var seeds: String?
        var data: String?
        var config: String?
        var logLevel: String?
        var logFormat: String? = nil
    }

    init(_ options: Overrides, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let configPath = options.config ?? environment["ACCORD_CONFIG"]
        guard let configDirectory = ConfigLocator.directory(configFile: configPath) else {
            throw ValidationErrorMessage(
                "cannot find the Config folder (gazetteer.json and languages/); run from the checkout or pass --config Config/accord.json"
            )
        }
        self.configDirectory = configDirectory
        sourcesFile = configDirectory.appendingPathComponent("sources.json")
        let defaultFile = configDirectory.appendingPathComponent("accord.json")
        let file: SettingsFile =
            if let configPath {
                try SettingsFile.load(URL(fileURLWithPath: configPath))
            } else if FileManager.default.fileExists(atPath: defaultFile.path) {
                try SettingsFile.load(defaultFile)
            } else { SettingsFile() }

        http.host = options.host ?? environment["ACCORD_HOST"] ?? file.host ?? http.host
        if let port = try options.port ?? environment["ACCORD_PORT"].map(Self.port) ?? file.port { http.port = port }
        seeds = options.seeds ?? environment["ACCORD_SEEDS"] ?? file.seeds ?? seeds
        data = options.data ?? environment["ACCORD_DATA"] ?? file.data ?? data
        if data?.isEmpty == true { data = nil }
        if let level = options.logLevel ?? environment["ACCORD_LOG_LEVEL"] ?? file.logLevel {
            guard let parsed = Logger.Level(rawValue: level) else {
                throw ValidationErrorMessage(
                    "unknown log level '\(level)'; use trace, debug, info, notice, warning, error or critical")
            }
            logLevel = parsed
        }
        if let format = options.logFormat ?? environment["ACCORD_LOG_FORMAT"] ?? file.logFormat {
            guard ["text", "json"].contains(format) else {
                throw ValidationErrorMessage("unknown log format '\(format)'; use text or json")
            }
            logJSON = format == "json"
        }
        api.apiToken = try Self.apiToken(environment)
        if let origins = environment["ACCORD_CORS_ORIGIN"] ?? file.corsAllowOrigin {
            api.corsAllowedOrigins = origins.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        apply(file.http)
        apply(file.fetch)
        if let allow = environment["ACCORD_FETCH_ALLOW_PRIVATE"] {
            fetch.allowPrivateAddresses = ["1", "true", "yes"].contains(allow.lowercased())
        }
        api.gzipMinimumBytes = http.gzipMinimumBytes
        if let v = try environment["ACCORD_WRITES_PER_MINUTE"].map({ try Self.number($0, "ACCORD_WRITES_PER_MINUTE") })
            ?? file.writes?.perMinute
        {
            api.writesPerMinute = v
        }
        if let v = try environment["ACCORD_WRITE_BURST"].map({ try Self.number($0, "ACCORD_WRITE_BURST") })
            ?? file.writes?.burst
        {
            api.writeBurst = v
        }
        if let v = try environment["ACCORD_DUE_SOON_DAYS"].map({ try Self.number($0, "ACCORD_DUE_SOON_DAYS") })
            .map(Int.init) ?? file.dueSoonDays
        {
            api.dueSoonDays = v
        }
        if let watchFile = file.watch {
            if let path = watchFile.sources {
                sourcesFile =
                    path.hasPrefix("/")
                    ? URL(fileURLWithPath: path) : configDirectory.appendingPathComponent(path)
            }
            if let v = watchFile.minimumHostGapSeconds { watch.minimumHostGap = .seconds(v) }
            if let v = watchFile.maximumBackoffSeconds { watch.maximumBackoff = .seconds(v) }
            if let v = watchFile.maximumItemsPerPoll { watch.maximumItemsPerPoll = v }
            if let v = watchFile.dataFolderRescanSeconds { dataFolderRescan = v > 0 ? .seconds(v) : nil }
        }
        if let v = environment["ACCORD_DATA_RESCAN_SECONDS"] {
            let seconds = try Self.number(v, "ACCORD_DATA_RESCAN_SECONDS")
            dataFolderRescan = seconds > 0 ? .seconds(seconds) : nil
        }
        if let path = environment["ACCORD_SOURCES"] { sourcesFile = URL(fileURLWithPath: path) }
    }

    /// `ACCORD_API_TOKEN`, or the contents of the file `ACCORD_API_TOKEN_FILE` names (a mounted
    /// secret; one trailing newline is dropped). Both set is a mistake worth stopping for.
    private static func apiToken(_ environment: [String: String]) throws -> String? {
        let direct = environment["ACCORD_API_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        guard let path = environment["ACCORD_API_TOKEN_FILE"], !path.isEmpty else { return direct }
        guard direct == nil else {
            throw ValidationErrorMessage("set ACCORD_API_TOKEN or ACCORD_API_TOKEN_FILE, not both")
        }
        let contents: String
        do {
            contents = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationErrorMessage("cannot read the token file ACCORD_API_TOKEN_FILE=\(path): \(error)")
        }
        var token = Substring(contents)
        if token.last?.isNewline == true { token = token.dropLast() }  // "\r\n" is one Character
        guard !token.isEmpty, !token.contains(where: \.isNewline) else {
            throw ValidationErrorMessage("the token file \(path) must hold one line: the token")
        }
        return String(token)
    }

    private static func number(_ text: String, _ name: String) throws -> Double {
        guard let value = Double(text), value >= 0 else {
            throw ValidationErrorMessage("\(name) must be a non-negative number, not '\(text)'")
        }
        return value
    }

    private mutating func apply(_ file: SettingsFile.HTTP?) {
        guard let file else { return }
        if let v = file.maxRequestLineBytes { http.maxRequestLineBytes = v }
        if let v = file.maxHeaderBytes { http.maxHeaderBytes = v }
        if let v = file.maxHeaderCount { http.maxHeaderCount = v }
        if let v = file.maxBodyBytes { http.maxBodyBytes = v }
        if let v = file.headerTimeoutSeconds { http.headerTimeout = .seconds(v) }
        if let v = file.bodyTimeoutSeconds { http.bodyTimeout = .seconds(v) }
        if let v = file.idleTimeoutSeconds { http.idleTimeout = .seconds(v) }
        if let v = file.maxConnections { http.maxConnections = v }
        if let v = file.gzipMinimumBytes { http.gzipMinimumBytes = v }
        if let v = file.shutdownGracePeriodSeconds { http.shutdownGracePeriod = .seconds(v) }
        if let v = file.eventLoops { http.eventLoops = v }
    }

    private mutating func apply(_ file: SettingsFile.Fetch?) {
        guard let file else { return }
        if let v = file.allowPrivateAddresses { fetch.allowPrivateAddresses = v }
        if let v = file.connectTimeoutSeconds { fetch.connectTimeout = .seconds(v) }
        if let v = file.totalTimeoutSeconds { fetch.totalTimeout = .seconds(v) }
        if let v = file.maxBytes { fetch.maxBytes = v }
        if let v = file.maxRedirects { fetch.maxRedirects = v }
    }

    private static func port(_ text: String) throws -> Int {
        guard let port = Int(text), (0...65535).contains(port) else {
            throw ValidationErrorMessage("ACCORD_PORT must be a port number, not '\(text)'")
        }
        return port
    }
}
