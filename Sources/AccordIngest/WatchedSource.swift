import Foundation

/// A feed or page the service polls, as `Config/sources.json` lists it.
public struct WatchedSource: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// RSS 2.0 or Atom: each new item's page is fetched and ingested.
        case feed
        /// One page, ingested again whenever its content changes.
        case page
    }

    public var name: String
    public var url: String
    public var kind: Kind
    /// Seconds between polls while all is well (failures back off from it).
    public var intervalSeconds: Double
    /// Listed but not polled when false.
    public var enabled: Bool
    /// Recorded on the articles this source brings in, when their pages do not say.
    public var publisher: String?

    public init(
        name: String, url: String, kind: Kind, intervalSeconds: Double, enabled: Bool = true, publisher: String? = nil
    ) {
        self.name = name
        self.url = url
        self.kind = kind
        self.intervalSeconds = intervalSeconds
        self.enabled = enabled
        self.publisher = publisher
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        url = try c.decode(String.self, forKey: .url)
        kind = try c.decode(Kind.self, forKey: .kind)
        intervalSeconds = try c.decodeIfPresent(Double.self, forKey: .intervalSeconds) ?? 900
        enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        guard intervalSeconds >= 10 else {
            throw DecodingError.dataCorruptedError(
                forKey: .intervalSeconds, in: c, debugDescription: "intervalSeconds must be at least 10")
        }
    }

    /// `{"sources": [...]}`; a missing file means no sources.
    public static func load(from url: URL) throws -> [WatchedSource] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        struct File: Decodable { var sources: [WatchedSource] }
        return try JSONDecoder().decode(File.self, from: data).sources
    }
}

/// Limits of source polling; one value holds them all.
public struct SourceWatcherConfiguration: Sendable {
    /// Least time between two requests to one host (politeness), on top of one at a time.
    public var minimumHostGap: Duration = .seconds(2)
    /// Longest wait after repeated failures.
    public var maximumBackoff: Duration = .seconds(6 * 3600)
    /// Each wait is moved by up to this fraction either way, so replicas and sources drift apart.
    public var jitter = 0.1
    /// New items taken from one poll of a feed, newest first as feeds list them.
    public var maximumItemsPerPoll = 30

    public init() {}
}

/// What `GET /sources` shows of one source.
public struct SourceStatus: Sendable, Equatable {
    public var source: WatchedSource
    /// RFC 3339 time of the last poll, nil before the first.
    public var lastFetch: String?
    /// `ok`, `not-modified` or `error`; nil before the first poll.
    public var lastStatus: String?
    public var lastError: String?
    /// Distinct feed items seen (1 per changed page for a page source).
    public var itemsSeen = 0
    /// Articles it added to the store.
    public var itemsIngested = 0
    public var consecutiveFailures = 0
    /// RFC 3339 time of the next poll; nil when disabled or stopped.
    public var nextPoll: String?
}
