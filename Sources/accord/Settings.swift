import AccordAPI
import AccordFetch
import AccordHTTP
import Foundation
import Logging

/// Everything `serve` runs with, resolved once: command line, then environment, then the
/// configuration file, then the documented defaults.
struct Settings {
    var http = HTTPServerConfiguration()
    var api = APIConfiguration()
    var fetch = FetchConfiguration()
    var seeds = "seeds"
    var data: String? = "data"
    var configDirectory: URL
    var logLevel = Logger.Level.info

    struct Overrides {
        var host: String?
        var port: Int?
        var seeds: String?
        var data: String?
        var config: String?
        var logLevel: String?
    }

    init(_ options: Overrides, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let configPath = options.config ?? environment["ACCORD_CONFIG"]
        guard let configDirectory = ConfigLocator.directory(configFile: configPath) else {
            throw ValidationErrorMessage(
                "cannot find the Config folder (gazetteer.json and languages/); run from the checkout or pass --config Config/accord.json"
            )
        }
        self.configDirectory = configDirectory
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
        api.apiToken = environment["ACCORD_API_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if let origins = environment["ACCORD_CORS_ORIGIN"] ?? file.corsAllowOrigin {
            api.corsAllowedOrigins = origins.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        apply(file.http)
        apply(file.fetch)
        if let allow = environment["ACCORD_FETCH_ALLOW_PRIVATE"] {
            fetch.allowPrivateAddresses = ["1", "true", "yes"].contains(allow.lowercased())
        }
        api.gzipMinimumBytes = http.gzipMinimumBytes
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
