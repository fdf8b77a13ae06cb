/// Settings of the API layer; the HTTP server's limits live in `HTTPServerConfiguration`.
public struct APIConfiguration: Sendable {
    /// Bearer token the write endpoints require; nil disables them (403 saying how to enable).
    public var apiToken: String?
    /// `Access-Control-Allow-Origin` on every answer.
    public var corsAllowOrigin = "*"
    /// Distinct encoded responses kept per snapshot version.
    public var cacheEntries = 1024
    /// Bodies at least this long are also kept gzip-compressed.
    public var gzipMinimumBytes = 1024

    public init() {}
}
