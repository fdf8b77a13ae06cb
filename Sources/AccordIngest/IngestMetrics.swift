import AccordFetch
import Metrics

/// Counters through swift-metrics (Prometheus in the server, nothing in tests that bootstrap no
/// backend): articles by the path they came in by, fetches by outcome, data folder errors.
enum IngestMetrics {
    /// How an article arrived.
    enum Path: String {
        case seed, body, url
        case dataFolder = "data_folder"
    }

    /// `accord_ingest_articles_total{path, result}`: result `created`, `duplicate` or `failed`.
    static func article(_ path: Path, _ result: String, count: Int = 1) {
        guard count > 0 else { return }
        Counter(label: "accord_ingest_articles_total", dimensions: [("path", path.rawValue), ("result", result)])
            .increment(by: count)
    }

    /// `accord_fetches_total{outcome}`: `ok`, `not_modified`, or the failure.
    static func fetch(_ outcome: String) {
        Counter(label: "accord_fetches_total", dimensions: [("outcome", outcome)]).increment()
    }

    static func fetchOutcome(_ error: FetchError) -> String {
        switch error {
        case .invalidURL: "invalid_url"
        case .unsupportedScheme: "unsupported_scheme"
        case .forbiddenAddress: "forbidden_address"
        case .tooLarge: "too_large"
        case .timeout: "timeout"
        case .unresolvableHost: "unresolvable_host"
        case .tooManyRedirects: "too_many_redirects"
        case .httpStatus: "http_status"
        case .transport: "transport"
        }
    }

    /// `accord_data_folder_errors_total{operation}`: `write` (an article refused) or `read` (a
    /// damaged or unreadable file skipped).
    static func dataFolderError(_ operation: String, count: Int = 1) {
        guard count > 0 else { return }
        Counter(label: "accord_data_folder_errors_total", dimensions: [("operation", operation)]).increment(by: count)
    }
}
