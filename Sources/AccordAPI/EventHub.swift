import AccordStore
import Foundation
import Synchronization

/// `GET /events`: Server-Sent Events telling every open stream when the store's version
/// changes and what it added, with a heartbeat comment so proxies keep idle streams open.
/// Each stream is an `AsyncStream` the HTTP server drains; none holds a thread.
final class EventHub: Sendable {
    private struct State {
        var streams: [UInt64: AsyncStream<[UInt8]>.Continuation] = [:]
        var nextID: UInt64 = 0
        var closed = false
    }

    private let store: Store
    private let maximumStreams: Int
    private let state = Mutex(State())
    private let listener = Mutex<UInt64?>(nil)
    private let heartbeat = Mutex<Task<Void, Never>?>(nil)

    init(store: Store, maximumStreams: Int, heartbeatInterval: Duration) {
        self.store = store
        self.maximumStreams = maximumStreams
        let token = store.addListener { [weak self] snapshot in self?.publish(snapshot) }
        listener.withLock { $0 = token }
        let task = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: heartbeatInterval)
                self?.broadcast(Array(": heartbeat\n\n".utf8))
            }
        }
        heartbeat.withLock { $0 = task }
    }

    deinit {
        if let token = listener.withLock({ $0 }) { store.removeListener(token) }
        heartbeat.withLock { $0 }?.cancel()
    }

    var openStreams: Int { state.withLock { $0.streams.count } }

    /// A new stream, opening with the current version (and what was added since
    /// `lastEventID`, when that version is still known); nil when the cap is reached or the
    /// hub is closed.
    func subscribe(lastEventID: UInt64?) -> AsyncStream<[UInt8]>? {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let current = store.snapshot
        let since = lastEventID.flatMap { store.snapshot(version: $0) }
        let id: UInt64? = state.withLock { state in
            guard !state.closed, state.streams.count < maximumStreams else { return nil }
            state.nextID += 1
            state.streams[state.nextID] = continuation
            return state.nextID
        }
        guard let id else { return nil }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.streams.removeValue(forKey: id) }
        }
        continuation.yield(Array("retry: 3000\n\n".utf8))
        continuation.yield(Self.event(current, since: since, lastEventID: lastEventID))
        return stream
    }

    /// Ends every stream (server shutdown); later subscriptions are refused.
    func close() {
        let streams = state.withLock { state in
            state.closed = true
            defer { state.streams = [:] }
            return Array(state.streams.values)
        }
        for stream in streams { stream.finish() }
        heartbeat.withLock { $0 }?.cancel()
    }

    private func publish(_ snapshot: Snapshot) {
        let previous = store.snapshot(version: snapshot.version - 1)
        broadcast(Self.event(snapshot, since: previous, lastEventID: previous?.version))
    }

    private func broadcast(_ bytes: [UInt8]) {
        for stream in state.withLock({ Array($0.streams.values) }) { stream.yield(bytes) }
    }

    /// `id: VERSION`, `event: version`, and `data:` with the counts and what was added since
    /// `since` (null when that version is unknown: the client should reload everything).
    static func event(_ snapshot: Snapshot, since: Snapshot?, lastEventID: UInt64?) -> [UInt8] {
        var json = JSONWriter(capacity: 256)
        json.object { o in
            o.member(
                "added",
                since.map {
                    [
                        "agreements": snapshot.agreementCount - $0.agreementCount,
                        "articles": snapshot.articleCount - $0.articleCount,
                        "commitments": snapshot.commitmentCount - $0.commitmentCount,
                    ]
                })
            o.member("agreements", snapshot.agreementCount)
            o.member("articles", snapshot.articleCount)
            o.member("commitments", snapshot.commitmentCount)
            o.member("since", lastEventID.map { Int(clamping: $0) })
            o.member("version", Int(clamping: snapshot.version))
        }
        return Array("id: \(snapshot.version)\nevent: version\ndata: ".utf8) + json.bytes + Array("\n\n".utf8)
    }
}
