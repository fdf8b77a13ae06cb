import Prometheus
import Synchronization

/// Request counters and latency histograms by method and status. The registry's handles are
/// looked up once per label set and kept: a lookup builds label strings and takes the
/// registry's lock, which is not free on every request.
final class RequestMetrics: Sendable {
    private struct Handles {
        var counters: [String: Counter] = [:]
        var histograms: [String: DurationHistogram] = [:]
    }

    private let registry: PrometheusCollectorRegistry
    private let handles = Mutex(Handles())
    // Computed: the descriptor type is not Sendable, and it is only needed on a lookup miss.
    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "accord", subsystem: "http", metricName: "requests", unitName: "total",
            helpText: "HTTP requests answered, by method and status.")
    }
    private static var latency: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "accord", subsystem: "http", metricName: "request_duration", unitName: "seconds",
            helpText: "Time from routing a request to its response, by method.")
    }
    private static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100), .seconds(1),
    ]

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
    }

    func record(method: String, status: Int, duration: Duration) {
        let key = "\(method) \(status)"
        let (counter, histogram) = handles.withLock { handles in
            let counter =
                handles.counters[key]
                ?? registry.makeCounter(
                    descriptor: Self.requests, labels: [("method", method), ("status", String(status))])
            handles.counters[key] = counter
            let histogram =
                handles.histograms[method]
                ?? registry.makeDurationHistogram(
                    descriptor: Self.latency, labels: [("method", method)], buckets: Self.buckets)
            handles.histograms[method] = histogram
            return (counter, histogram)
        }
        counter.increment()
        histogram.record(duration)
    }
}
