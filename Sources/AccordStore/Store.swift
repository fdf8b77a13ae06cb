import Dispatch
import Synchronization

/// The current snapshot, swapped atomically. Readers take one snapshot and work on it
/// without locks; writers are serialised so no change is lost.
public final class Store: Sendable {
    /// When a grown delta is folded into a new base.
    public enum Compaction: Sendable {
        /// On a background thread, while writers go on; the default.
        case background
        /// In the write that grew it: for tests that need to know when it happened.
        case inline
    }

    private let state: Mutex<Snapshot>
    /// `state`'s version, set with it: read for every cached answer, which then takes no lock.
    private let currentVersion: Atomic<UInt64>
    /// The latest snapshots, newest last, so a client paging through a list can keep reading
    /// the version it started on while new articles arrive.
    private let recent: Mutex<[Snapshot]>
    /// How many versions `recent` keeps.
    public let retainedVersions: Int
    public let compaction: Compaction
    private let writer = Mutex<Void>(())
    private let compacting = Atomic<Bool>(false)
    private let compactions = DispatchGroup()
    private let listeners = Mutex<[UInt64: @Sendable (Snapshot) -> Void]>([:])
    private let nextListenerID = Atomic<UInt64>(0)

    public init(_ initial: Snapshot = Snapshot(), retainedVersions: Int = 8, compaction: Compaction = .background) {
        state = Mutex(initial)
        currentVersion = Atomic(initial.version)
        recent = Mutex([initial])
        self.retainedVersions = max(1, retainedVersions)
        self.compaction = compaction
    }

    /// A recent snapshot by version; nil once it is no longer kept.
    public func snapshot(version: UInt64) -> Snapshot? {
        recent.withLock { $0.last { $0.version == version } }
    }

    /// One atomic load.
    public var snapshot: Snapshot { state.withLock { $0 } }

    /// The current snapshot's version, without retaining the snapshot.
    public var version: UInt64 { currentVersion.load(ordering: .acquiring) }

    /// Builds the next snapshot from the current one and publishes it. `change` runs while
    /// other writers wait, so it should only assemble records, not extract or fetch them.
    @discardableResult
    public func update(_ change: (Snapshot) -> Snapshot) -> Snapshot {
        let next = writer.withLock { _ in
            var next = change(snapshot)
            if next.needsCompaction && compaction == .inline { next = next.compacted() }
            publish(next)
            return next
        }
        if next.needsCompaction && compaction == .background { compactInBackground(next) }
        for listener in listeners.withLock({ Array($0.values) }) { listener(next) }
        return next
    }

    /// Returns once no compaction is running.
    public func waitForCompaction() {
        compactions.wait()
    }

    /// Folds `snapshot`'s delta into a new base away from writers, then puts the writes made
    /// meanwhile on top of it. The version does not change: the records are the same.
    private func compactInBackground(_ snapshot: Snapshot) {
        guard compacting.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return }
        compactions.enter()
        DispatchQueue.global(qos: .utility).async { [self] in
            let compacted = snapshot.compacted()
            writer.withLock { _ in publish(self.snapshot.rebased(onto: compacted)) }
            compacting.store(false, ordering: .releasing)
            compactions.leave()
        }
    }

    /// Makes `next` current; a snapshot of a version already kept replaces it there.
    private func publish(_ next: Snapshot) {
        state.withLock { state in
            state = next
            currentVersion.store(next.version, ordering: .releasing)
        }
        recent.withLock { recent in
            if recent.last?.version == next.version {
                recent[recent.count - 1] = next
            } else {
                recent.append(next)
            }
            if recent.count > retainedVersions { recent.removeFirst(recent.count - retainedVersions) }
        }
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
