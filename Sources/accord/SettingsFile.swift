import Foundation

/// The configuration file (`Config/accord.json` by default): every key optional; command-line
/// options and environment variables override it.
struct SettingsFile: Decodable {
    struct HTTP: Decodable {
        var maxRequestLineBytes: Int?
        var maxHeaderBytes: Int?
        var maxHeaderCount: Int?
        var maxBodyBytes: Int?
        var headerTimeoutSeconds: Double?
        var bodyTimeoutSeconds: Double?
        var idleTimeoutSeconds: Double?
        var maxConnections: Int?
        var gzipMinimumBytes: Int?
        var shutdownGracePeriodSeconds: Double?
        var eventLoops: Int?
    }

    struct Fetch: Decodable {
        var allowPrivateAddresses: Bool?
        var connectTimeoutSeconds: Double?
        var totalTimeoutSeconds: Double?
        var maxBytes: Int?
        var maxRedirects: Int?
    }

    struct Writes: Decodable {
        var perMinute: Double?
        var burst: Double?
    }

    struct Watch: Decodable {
        /// The sources file, relative to the configuration's folder unless absolute.
        var sources: String?
        var minimumHostGapSeconds: Double?
        var maximumBackoffSeconds: Double?
        var maximumItemsPerPoll: Int?
        var dataFolderRescanSeconds: Double?
    }

    var host: String?
    var port: Int?
    var seeds: String?
    var data: String?
    var corsAllowOrigin: String?
    var logLevel: String?
    /// Deadlines this many days away or fewer are `due-soon`.
    var dueSoonDays: Int?
    /// `text` (default) or `json`.
    var logFormat: String?
    var http: HTTP?
    var fetch: Fetch?
    var writes: Writes?
    var watch: Watch?

    static func load(_ url: URL) throws -> SettingsFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ValidationErrorMessage("cannot read the configuration file \(url.path)")
        }
        do {
            return try JSONDecoder().decode(SettingsFile.self, from: data)
        } catch {
            throw ValidationErrorMessage("the configuration file \(url.path) is not valid: \(error)")
        }
    }
}

struct ValidationErrorMessage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
