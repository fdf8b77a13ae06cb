/// Politeness per host: one request at a time, and at least `minimumGap` between the end of
/// one and the start of the next.
actor HostGate {
    private let minimumGap: Duration
    private var busy: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]
    private var lastEnd: [String: ContinuousClock.Instant] = [:]

    init(minimumGap: Duration) {
        self.minimumGap = minimumGap
    }

    /// Runs `body` when `host` is free and rested.
    nonisolated func run<T: Sendable, E: Error>(
        _ host: String, _ body: () async throws(E) -> T
    ) async throws(E) -> T {
        let earliest = await acquire(host)
        defer { Task { await self.release(host) } }
        if let earliest, earliest > .now { try? await Task.sleep(until: earliest) }
        return try await body()
    }

    private func acquire(_ host: String) async -> ContinuousClock.Instant? {
        if busy.contains(host) {
            await withCheckedContinuation { waiting[host, default: []].append($0) }
        } else {
            busy.insert(host)
        }
        return lastEnd[host].map { $0 + minimumGap }
    }

    /// Hands the host to the next waiter (which stays busy) or frees it.
    private func release(_ host: String) {
        lastEnd[host] = .now
        if var queue = waiting[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[host] = queue.isEmpty ? nil : queue
            next.resume()
        } else {
            busy.remove(host)
        }
    }
}
