import Dispatch
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The listening socket: accepts connections when a DispatchSource reports them pending and hands each
/// to `onAccept`. Backs off when the process runs out of descriptors or memory instead of spinning.
final class HTTPListener: @unchecked Sendable {  // mutable state is confined to `queue`
    private let fd: Int32
    private let queue = DispatchQueue(label: "accord.http.accept")
    private let backoff: Duration
    private let logger: Logger
    private let onAccept: @Sendable (_ fd: Int32, _ remoteAddress: String) -> Void
    private var source: (any DispatchSourceRead)?
    private var paused = false
    private var stopped = false

    init(
        fd: Int32, backoff: Duration, logger: Logger,
        onAccept: @escaping @Sendable (_ fd: Int32, _ remoteAddress: String) -> Void
    ) {
        self.fd = fd
        self.backoff = backoff
        self.logger = logger
        self.onAccept = onAccept
    }

    func start() {
        queue.sync {
            let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
            source.setEventHandler { [self] in acceptPending() }
            source.setCancelHandler { [fd] in _ = close(fd) }
            self.source = source
            source.resume()
        }
    }

    /// Stops accepting and closes the listening socket. After it returns no further connection is handed out.
    func stop() {
        queue.sync { stopOnQueue() }
    }

    /// For deinit paths that may already run on the accept queue.
    func stopAsync() {
        queue.async { [self] in stopOnQueue() }
    }

    private func stopOnQueue() {
        guard !stopped, let source else { return }
        stopped = true
        source.cancel()
        if paused {
            paused = false
            source.resume()
        }
    }

    private func acceptPending() {
        // Bounded so one busy listener cannot starve the queue; the source fires again if more are pending.
        for _ in 0..<64 {
            guard !stopped else { return }
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let client = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    accept(fd, $0, &length)  // accept4 is not exported by Glibc's Swift module
                }
            }
            if client >= 0 {
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                SocketSupport.setNonBlocking(client)
                onAccept(client, SocketSupport.describe(storage).host)
                continue
            }
            switch errno {
            case EAGAIN, EWOULDBLOCK:
                return
            case EINTR, ECONNABORTED, EPROTO:
                continue
            case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                logger.warning("accept failed (errno \(errno)); pausing accepts for \(backoff)")
                pause()
                return
            default:
                logger.error("accept failed (errno \(errno))")
                return
            }
        }
    }

    private func pause() {
        guard !paused, !stopped, let source else { return }
        paused = true
        source.suspend()
        queue.asyncAfter(deadline: .now() + .nanoseconds(Int(backoff.nanoseconds))) { [self] in
            guard paused, !stopped else { return }
            paused = false
            self.source?.resume()
        }
    }
}
