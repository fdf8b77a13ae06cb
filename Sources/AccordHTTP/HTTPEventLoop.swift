import Dispatch

/// A serial queue that owns a share of the connections: all their socket events, parsing and writes run
/// on it, so connection state needs no locks. A few loops (one per core) serve every connection; no thread
/// per connection.
final class HTTPEventLoop: @unchecked Sendable {  // mutable state is only touched on `queue`
    let queue: DispatchQueue
    /// One read buffer for every connection of this loop (the queue is serial). A zero-filled 64 KiB buffer
    /// per connection dominated the cost of short connections.
    let readBuffer: UnsafeMutableRawBufferPointer
    var dateCache = HTTPDateCache()
    private var connections: [ObjectIdentifier: HTTPConnection] = [:]
    private var sweepTimer: (any DispatchSourceTimer)?

    init(index: Int) {
        queue = DispatchQueue(label: "accord.http.loop.\(index)")
        readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
    }

    deinit {
        sweepTimer?.cancel()
        readBuffer.deallocate()
    }

    func register(_ connection: HTTPConnection) {
        connections[ObjectIdentifier(connection)] = connection
    }

    func unregister(_ connection: HTTPConnection) {
        connections[ObjectIdentifier(connection)] = nil
    }

    var allConnections: [HTTPConnection] { Array(connections.values) }

    /// Deadlines are enforced by one periodic sweep per loop rather than a timer per connection.
    func startSweeping(every interval: Duration) {
        queue.async { [self] in
            guard sweepTimer == nil else { return }
            let timer = DispatchSource.makeTimerSource(queue: queue)
            let nanos = Int(interval.nanoseconds)
            timer.schedule(
                deadline: .now() + .nanoseconds(nanos), repeating: .nanoseconds(nanos),
                leeway: .nanoseconds(nanos / 4))
            timer.setEventHandler { [unowned self] in
                let now = DispatchTime.now().uptimeNanoseconds
                for connection in connections.values { connection.checkDeadlines(now: now) }
            }
            sweepTimer = timer
            timer.resume()
        }
    }

    func stopSweeping() {
        queue.async { [self] in
            sweepTimer?.cancel()
            sweepTimer = nil
        }
    }
}
