#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Limits and policy for outbound fetches.
public struct FetchConfiguration: Sendable {
    /// Time allowed to establish each TCP/TLS connection.
    public var connectTimeout: Duration = .seconds(5)
    /// Time allowed for the whole fetch, redirects included.
    public var totalTimeout: Duration = .seconds(20)
    /// Body size cap in bytes (after content decoding); the transfer is aborted beyond it.
    public var maxBytes = 5 << 20
    /// Redirects followed before giving up with `FetchError.tooManyRedirects`.
    public var maxRedirects = 5
    /// Allow loopback, private and other non-public unicast addresses (link-local, unspecified
    /// and cloud metadata addresses stay refused). `ACCORD_FETCH_ALLOW_PRIVATE=1` turns it on.
    public var allowPrivateAddresses = false
    public var userAgent = "Accord/1.0 (+https://github.com/accord)"

    public init() {}

    /// The defaults, with `allowPrivateAddresses` taken from `ACCORD_FETCH_ALLOW_PRIVATE`
    /// (`1`, `true` or `yes` turn it on).
    public static func fromEnvironment() -> FetchConfiguration {
        var configuration = FetchConfiguration()
        if let raw = getenv("ACCORD_FETCH_ALLOW_PRIVATE") {
            configuration.allowPrivateAddresses = ["1", "true", "yes", "on"].contains(String(cString: raw).lowercased())
        }
        return configuration
    }
}

/// Validators from an earlier fetch of the same URL, sent as `If-None-Match` and
/// `If-Modified-Since` so an unchanged page answers 304 without a body.
public struct FetchConditions: Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// A successfully fetched response: 2xx, or 304 when conditions were sent and the page is unchanged.
public struct FetchedPage: Sendable {
    /// Final URL after redirects.
    public var url: String
    /// 2xx, or 304 (`notModified`) after a conditional request.
    public var status: Int
    /// The validators to send next time.
    public var conditions = FetchConditions()
    /// Media type without parameters, lowercased (`text/html`).
    public var contentType: String?
    public var body: [UInt8]
    /// The body decoded: charset from Content-Type, else `<meta charset>`/`<meta http-equiv>` for HTML,
    /// else UTF-8, falling back to Windows-1252 when the bytes are not valid UTF-8; BOM stripped.
    public var text: String

    public var notModified: Bool { status == 304 }

    public init(url: String, status: Int, contentType: String?, body: [UInt8], text: String) {
        self.url = url
        self.status = status
        self.contentType = contentType
        self.body = body
        self.text = text
    }
}

public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidURL(String)
    /// Only http and https are fetched.
    case unsupportedScheme(String)
    /// The host resolved to a loopback/private/link-local/reserved address and those are not allowed.
    case forbiddenAddress(host: String, address: String)
    case unresolvableHost(String)
    case timeout
    case tooLarge(limit: Int)
    case tooManyRedirects
    /// The final response was not 2xx.
    case httpStatus(Int)
    /// libcurl's error text.
    case transport(String)

    public var description: String {
        switch self {
        case .invalidURL(let url): "invalid URL: \(url)"
        case .unsupportedScheme(let scheme): "unsupported URL scheme: \(scheme) (only http and https)"
        case .forbiddenAddress(let host, let address): "refusing to fetch \(host): \(address) is not a public address"
        case .unresolvableHost(let host): "cannot resolve host \(host)"
        case .timeout: "fetch timed out"
        case .tooLarge(let limit): "response body exceeds \(limit) bytes"
        case .tooManyRedirects: "too many redirects"
        case .httpStatus(let status): "HTTP status \(status)"
        case .transport(let message): "transport error: \(message)"
        }
    }
}
