import HTTPTypes
import Prometheus
import Synchronization

/// Request counters and latency histograms by route and status, and the gauges read when
/// `/metrics` is scraped. Routes are the router's patterns (`/agreements/{id}`), never raw
/// paths, so the number of series stays bounded whatever clients ask for; requests that match
/// no route are counted under `unmatched`. The registry's handles are looked up once per label
/// set and kept: a lookup builds label strings and takes the registry's lock, which is not free
/// on every request.
final class RequestMetrics: Sendable {
    /// The route label of requests that match no route (404s, 405s, stray OPTIONS).
    static let unmatched = "unmatched"

    private struct Key: Hashable {
        var method: String
        var route: String
        var status: Int
    }

    private struct RouteKey: Hashable {
        var method: String
        var route: String
    }

    private struct Handles {
        var series: [Key: Series] = [:]
        var histograms: [RouteKey: DurationHistogram] = [:]
    }

    /// The handles of one method, route and status: its counter and its route's histogram.
    final class Series: Sendable {
        let status: Int
        private let counter: Counter
        private let histogram: DurationHistogram

        fileprivate init(status: Int, counter: Counter, histogram: DurationHistogram) {
            self.status = status
            self.counter = counter
            self.histogram = histogram
        }

        func record(_ duration: Duration) {
            counter.increment()
            histogram.record(duration)
        }
    }

    /// The series a cached representation's GET answers are counted in, its status and 304,
    /// looked up once when it is built: counting a cache hit then looks nothing up and hashes
    /// no label. Made up front, a route's 304 series shows (at 0) once it has a cached answer.
    /// Other methods (HEAD) are counted by lookup.
    final class CachedSeries: Sendable {
        let route: String
        private let answered: Series
        private let notModified: Series

        init(route: String, status: Int, in metrics: RequestMetrics) {
            self.route = route
            answered = metrics.series(method: "GET", route: route, status: status)
            notModified = metrics.series(method: "GET", route: route, status: 304)
        }

        func record(method: HTTPRequest.Method, status: Int, duration: Duration, in metrics: RequestMetrics) {
            if method == .get && status == answered.status {
                answered.record(duration)
            } else if method == .get && status == 304 {
                notModified.record(duration)
            } else {
                metrics.record(method: method.rawValue, route: route, status: status, duration: duration)
            }
        }
    }

    private let registry: PrometheusCollectorRegistry
    private let handles = Mutex(Handles())
    private let openConnections: Gauge
    private let openEventStreams: Gauge
    private let storeGauges: [String: Gauge]
    // Computed: the descriptor type is not Sendable, and it is only needed on a lookup miss.
    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "accord", subsystem: "http", metricName: "requests", unitName: "total",
            helpText: "HTTP requests answered, by method, route pattern and status.")
    }
    private static var latency: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "accord", subsystem: "http", metricName: "request_duration", unitName: "seconds",
            helpText: "Time from routing a request to its response, by method and route pattern.")
    }
    /// From a cached answer on the event loop (tens of microseconds) to a write on a large store (seconds).
    private static let buckets: [Duration] = [
        .microseconds(250), .milliseconds(1), .milliseconds(2.5), .milliseconds(10), .milliseconds(25),
        .milliseconds(100), .milliseconds(250), .seconds(1), .seconds(2.5), .seconds(10), .seconds(30),
    ]

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        openConnections = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "accord", subsystem: "http", metricName: "open_connections", unitName: "",
                helpText: "Client connections open now."))
        openEventStreams = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "accord", subsystem: "events", metricName: "open_streams", unitName: "",
                helpText: "GET /events streams open now."))
        var store: [String: Gauge] = [:]
        for (name, help) in [
            ("version", "The store's snapshot version (each replica counts its own)."),
            ("articles", "Articles in the store."),
            ("agreements", "Agreements in the store."),
            ("commitments", "Commitments in the store."),
        ] {
            store[name] = registry.makeGauge(
                descriptor: MetricNameDescriptor(
                    namespace: "accord", subsystem: "store", metricName: name, unitName: "", helpText: help))
        }
        storeGauges = store
    }

    func record(method: String, route: String, status: Int, duration: Duration) {
        series(method: method, route: route, status: status).record(duration)
    }

    /// The handles of one label set, made on first use.
    func series(method: String, route: String, status: Int) -> Series {
        let key = Key(method: method, route: route, status: status)
        return handles.withLock { handles in
            if let series = handles.series[key] { return series }
            let routeKey = RouteKey(method: method, route: route)
            let histogram =
                handles.histograms[routeKey]
                ?? registry.makeDurationHistogram(
                    descriptor: Self.latency, labels: [("method", method), ("route", route)], buckets: Self.buckets)
            handles.histograms[routeKey] = histogram
            let counter = registry.makeCounter(
                descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))])
            let series = Series(status: status, counter: counter, histogram: histogram)
            handles.series[key] = series
            return series
        }
    }

    /// The gauges that are read rather than counted, set just before a scrape.
    func setGauges(
        connections: Int?, eventStreams: Int, version: UInt64, articles: Int, agreements: Int, commitments: Int
    ) {
        if let connections { openConnections.set(Double(connections)) }
        openEventStreams.set(Double(eventStreams))
        storeGauges["version"]?.set(Double(version))
        storeGauges["articles"]?.set(Double(articles))
        storeGauges["agreements"]?.set(Double(agreements))
        storeGauges["commitments"]?.set(Double(commitments))
    }
}
