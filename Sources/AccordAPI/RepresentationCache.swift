import Synchronization

/// Encoded responses of the current snapshot version, by request path and query. Dashboards
/// that poll the same URLs get bytes, an ETag and a 304 without any query or encoding work.
final class RepresentationCache: Sendable {
    private struct State {
        var version: UInt64 = 0
        var entries: [String: Representation] = [:]
    }

    private let state = Mutex(State())
    /// Bounds memory when clients ask for many distinct queries of one version.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The entry for `key` if it was built for `version`; never builds.
    func existing(version: UInt64, key: String) -> Representation? {
        state.withLock { $0.version == version ? $0.entries[key] : nil }
    }

    func representation(
        version: UInt64, key: String, build: () throws(Problem) -> Representation
    ) throws(Problem)
        -> Representation
    {
        if let hit = existing(version: version, key: key) { return hit }
        let built = try build()
        state.withLock { state in
            if state.version != version {
                guard version > state.version else { return }
                state = State(version: version)
            }
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = built
        }
        return built
    }
}
