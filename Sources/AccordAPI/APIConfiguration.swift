/// Settings of the API layer; the HTTP server's limits live in `HTTPServerConfiguration`.
public struct APIConfiguration: Sendable {
    /// Bearer token the write endpoints require; nil disables them (403 saying how to enable).
    public var apiToken: String?
    /// Origins browsers may read answers from: `["*"]` for any, else exact origins
    /// (`https://dash.example.org`), each echoed back only to itself.
    public var corsAllowedOrigins = ["*"]
    /// Distinct encoded responses kept per snapshot version.
    public var cacheEntries = 1024
    /// Bodies at least this long are also kept gzip-compressed.
    public var gzipMinimumBytes = 1024

    /// Writes (`POST /articles`, `POST /ingest`) each client may make per minute on average…
    public var writesPerMinute = 60.0
    /// …and in a burst; beyond them it gets 429 with `Retry-After`.
    public var writeBurst = 30.0

    /// Open `GET /events` streams at most; more get 503 with `Retry-After`.
    public var maximumEventStreams = 512
    /// A comment line on every event stream this often, so proxies keep quiet streams open.
    public var eventHeartbeat: Duration = .seconds(15)

    /// A commitment whose deadline's last day is at most this many days away is `due-soon`.
    public var dueSoonDays = 30

    public init() {}
}
