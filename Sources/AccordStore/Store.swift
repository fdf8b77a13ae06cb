import Synchronization

/// The current snapshot, swapped atomically. Readers take one snapshot and work on it
/// without locks; writers are serialised so no change is lost.
public final class Store: Sendable {
    private let state: Mutex<Snapshot>
    /// The latest snapshots, newest last, so a client paging through a list can keep reading
    /// the version it started on while new articles arrive.
    private let recent: Mutex<[Snapshot]>
    /// How many versions `recent` keeps.
    public let retainedVersions: Int
    private let writer = Mutex<Void>(())
    private let listeners = Mutex<[UInt64: @Sendable (Snapshot) -> Void]>([:])
    private let nextListenerID = Atomic<UInt64>(0)

    public init(_ initial: Snapshot = Snapshot(), retainedVersions: Int = 8) {
        state = Mutex(initial)
        recent = Mutex([initial])
        self.retainedVersions = max(1, retainedVersions)
    }

    /// A recent snapshot by version; nil once it is no longer kept.
    public func snapshot(version: UInt64) -> Snapshot? {
        recent.withLock { $0.last { $0.version == version } }
    }

    /// One atomic load.
    public var snapshot: Snapshot { state.withLock { $0 } }

    /// The current snapshot's version, without retaining the snapshot.
    public var version: UInt64 { state.withLock { $0.version } }

    /// Builds the next snapshot from the current one and publishes it. `change` runs while
    /// other writers wait, so it should only assemble records, not extract or fetch them.
    @discardableResult
    public func update(_ change: (Snapshot) -> Snapshot) -> Snapshot {
        let next = writer.withLock { _ in
            let next = change(snapshot)
            state.withLock { $0 = next }
            recent.withLock { recent in
                if recent.last?.version != next.version { recent.append(next) }
                if recent.count > retainedVersions { recent.removeFirst(recent.count - retainedVersions) }
            }
            return next
        }
        for listener in listeners.withLock({ Array($0.values) }) { listener(next) }
        return next
    }

    /// Calls `listener` with every newly published snapshot; returns a token for `removeListener`.
    public func addListener(_ listener: @escaping @Sendable (Snapshot) -> Void) -> UInt64 {
        let id = nextListenerID.add(1, ordering: .relaxed).newValue
        listeners.withLock { $0[id] = listener }
        return id
    }

    public func removeListener(_ id: UInt64) {
        _ = listeners.withLock { $0.removeValue(forKey: id) }
    }
}
