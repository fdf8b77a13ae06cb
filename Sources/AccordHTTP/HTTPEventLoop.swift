import CEpoll
import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One thread that owns a share of the connections: it waits on their sockets with epoll and runs
/// their reading, parsing and writing itself, so connection state needs no locks and a request
/// answered from cache never changes thread. A few loops (one per core) serve every connection.
///
/// Why not DispatchSource: each socket event went from Dispatch's manager thread to a worker
/// thread and re-armed the source with two `epoll_ctl` and an `ioctl`: most of a cached
/// answer's cost was thread hand-offs and system calls (see BENCHMARKS.md).
final class HTTPEventLoop: @unchecked Sendable {  // mutable state is only touched on the loop thread
    /// One read buffer for every connection of this loop (one thread). A zero-filled 64 KiB buffer
    /// per connection dominated the cost of short connections.
    let readBuffer: UnsafeMutableRawBufferPointer
    var dateCache = HTTPDateCache()
    /// Uptime in nanoseconds when the loop last woke, read once a round for every connection's
    /// deadlines (loop thread only).
    private(set) var now = DispatchTime.now().uptimeNanoseconds

    private let epoll: Int32
    private let wakeup: Int32
    /// Work handed in from other threads, run on the loop thread in order.
    private let inbox = Mutex<[@Sendable () -> Void]>([])
    /// Indexed by descriptor: the kernel hands out the lowest free numbers, so the table stays
    /// dense, and finding a connection for each event costs no hashing.
    private var connections: [HTTPConnection?] = []
    private var sweepInterval: UInt64?  // nanoseconds
    private var nextSweep: UInt64 = .max
    private let running = Atomic<Bool>(true)

    init(index: Int) {
        readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
        epoll = accord_epoll_create()
        wakeup = accord_eventfd()
        precondition(epoll >= 0 && wakeup >= 0, "epoll or eventfd unavailable: \(String(cString: strerror(errno)))")
        _ = accord_epoll_add(epoll, wakeup, UInt32(ACCORD_EPOLL_IN))
        let thread = Thread { [self] in run() }
        thread.name = "accord.http.loop.\(index)"
        thread.start()
    }

    deinit {
        readBuffer.deallocate()
        close(epoll)
        close(wakeup)
    }

    /// Runs `work` on the loop thread, after what is already queued.
    func execute(_ work: @escaping @Sendable () -> Void) {
        inbox.withLock { $0.append(work) }
        accord_eventfd_signal(wakeup)
    }

    /// Ends the thread once it has run what is queued; connections should be closed before.
    func stop() {
        execute { [self] in running.store(false, ordering: .relaxed) }
    }

    // MARK: Connections (loop thread only)

    func register(_ connection: HTTPConnection, fd: Int32, read: Bool) {
        let index = Int(fd)
        if index >= connections.count {
            connections.append(
                contentsOf: repeatElement(nil, count: max(index + 1, 2 * connections.count) - connections.count))
        }
        connections[index] = connection
        _ = accord_epoll_add(epoll, fd, Self.events(read: read, write: false))
    }

    /// Which events of `fd` wake the loop. Changing them also reports `fd` again if it is ready for
    /// one of them now, so a connection re-arms itself with the events it already has.
    func watch(_ fd: Int32, read: Bool, write: Bool) {
        _ = accord_epoll_modify(epoll, fd, Self.events(read: read, write: write))
    }

    /// Connections are edge-triggered: level-triggered, every socket reported in one round was
    /// polled again in the next wait just to find it drained. So a connection takes a short read
    /// as all that had arrived, and re-arms with `watch` when it may have left something behind:
    /// after a read that filled the buffer, and after reading data when the peer has also
    /// closed its side (RDHUP: the end of input comes with the next read, and no new edge).
    private static func events(read: Bool, write: Bool) -> UInt32 {
        (read ? UInt32(ACCORD_EPOLL_IN | ACCORD_EPOLL_RDHUP) : 0) | (write ? UInt32(ACCORD_EPOLL_OUT) : 0)
            | ACCORD_EPOLL_EDGE
    }

    /// Forgets the connection; the caller closes the descriptor.
    func unregister(_ fd: Int32) {
        _ = accord_epoll_remove(epoll, fd)
        let index = Int(fd)
        if index < connections.count { connections[index] = nil }
    }

    var allConnections: [HTTPConnection] { connections.compactMap { $0 } }

    private func connection(for fd: Int32) -> HTTPConnection? {
        Int(fd) < connections.count ? connections[Int(fd)] : nil
    }

    /// Deadlines are enforced by one periodic sweep per loop rather than a timer per connection.
    func startSweeping(every interval: Duration) {
        execute { [self] in
            sweepInterval = interval.nanoseconds
            nextSweep = Self.now() + interval.nanoseconds
        }
    }

    // MARK: The loop

    private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    private func run() {
        let capacity = 256
        let fds = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let events = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        defer {
            fds.deallocate()
            events.deallocate()
        }
        while running.load(ordering: .relaxed) {
            let before = Self.now()
            let timeout =
                nextSweep == .max ? -1 : Int32(clamping: (nextSweep > before ? nextSweep - before : 0) / 1_000_000 + 1)
            let count = accord_epoll_wait(epoll, fds, events, Int32(capacity), timeout)
            if count < 0 && errno != EINTR { fatalError("epoll_wait: \(String(cString: strerror(errno)))") }
            now = Self.now()
            dateCache.refresh()
            for i in 0..<max(0, Int(count)) {
                let fd = fds[i]
                if fd == wakeup {
                    accord_eventfd_drain(wakeup)
                    continue
                }
                // A connection closed by an earlier event of this round is gone.
                guard let connection = connection(for: fd) else { continue }
                let flags = events[i]
                if flags & UInt32(ACCORD_EPOLL_ERR | ACCORD_EPOLL_HUP) != 0 && flags & UInt32(ACCORD_EPOLL_IN) == 0 {
                    connection.close()  // reset or closed both ways: nothing more can be read or written
                    continue
                }
                if flags & UInt32(ACCORD_EPOLL_OUT) != 0 { connection.writable() }
                if flags & UInt32(ACCORD_EPOLL_IN | ACCORD_EPOLL_HUP | ACCORD_EPOLL_ERR) != 0,
                    self.connection(for: fd) === connection
                {
                    connection.readable(peerClosed: flags & UInt32(ACCORD_EPOLL_RDHUP) != 0)
                }
            }
            // Taken whole: emptying it in place while the copy returned still shared its storage
            // allocated a new buffer on every turn of the loop.
            for work in inbox.withLock({ inbox -> [@Sendable () -> Void] in
                if inbox.isEmpty { return [] }
                let taken = inbox
                inbox = []
                return taken
            }) {
                work()
            }
            if now >= nextSweep, let sweepInterval {
                nextSweep = now + sweepInterval
                for connection in allConnections { connection.checkDeadlines(now: now) }
            }
        }
    }
}
