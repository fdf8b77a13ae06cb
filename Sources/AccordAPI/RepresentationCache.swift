import AccordModel
import Synchronization

/// Encoded responses of the current snapshot version, by request path and query. Dashboards
/// that poll the same URLs get bytes, an ETag and a 304 without any query or encoding work.
/// Entries also last one UTC day at most: deadline statuses change at midnight.
final class RepresentationCache: Sendable {
    private struct State {
        var version: UInt64 = 0
        var day = DayRange.today
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
        let today = DayRange.today
        return state.withLock { $0.version == version && $0.day == today ? $0.entries[key] : nil }
    }

    func representation(
        version: UInt64, key: String, build: () throws(Problem) -> Representation
    ) throws(Problem)
        -> Representation
    {
        if let hit = existing(version: version, key: key) { return hit }
        let built = try build()
        let today = DayRange.today
        state.withLock { state in
            if state.version != version || state.day != today {
                guard version > state.version || (version == state.version && today > state.day) else { return }
                state = State(version: version, day: today)
            }
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = built
        }
        return built
    }
}
