import Synchronization

/// A token bucket per client address for the write endpoints: `burst` writes at once, then
/// `perMinute` on average. Extraction costs real CPU, so one client must not starve the rest.
final class WriteRateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private let perSecond: Double
    private let burst: Double
    private let buckets = Mutex<[String: Bucket]>([:])
    /// Past this many clients, full buckets are forgotten (a full bucket is the default state).
    private static let trackedClients = 10_000

    init(perMinute: Double, burst: Double) {
        self.perSecond = max(perMinute, 0.001) / 60
        self.burst = max(burst, 1)
    }

    /// nil when `client` may write now (and a token is taken); else the seconds until it may.
    func delay(for client: String, now: ContinuousClock.Instant = .now) -> Int? {
        buckets.withLock { buckets in
            var bucket = buckets[client] ?? Bucket(tokens: burst, updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            bucket.tokens = min(burst, bucket.tokens + seconds * perSecond)
            bucket.updated = now
            defer {
                if buckets.count >= Self.trackedClients {
                    buckets = buckets.filter { $0.value.tokens < burst }
                }
                buckets[client] = bucket
            }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return Int(((1 - bucket.tokens) / perSecond).rounded(.up))
        }
    }
}
