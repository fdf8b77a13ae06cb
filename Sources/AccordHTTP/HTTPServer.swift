import Dispatch
import Foundation
import HTTPTypes
import Logging
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An HTTP/1.1 server on plain sockets and Dispatch: a listener, a few event loops that own the
/// connections, and an async handler called once per request.
public final class HTTPServer: Sendable {
    private struct State {
        var listener: HTTPListener?
        var connectionCount = 0
        var isShuttingDown = false
        var nextLoop = 0
    }

    private let configuration: HTTPServerConfiguration
    private let logger: Logger
    private let handler: HTTPHandler
    private let immediateHandler: HTTPImmediateHandler?
    private let loops: [HTTPEventLoop]
    private let state = Mutex(State())

    /// `immediateHandler`, when given, is asked first on the event loop; see `HTTPImmediateHandler`.
    public init(
        configuration: HTTPServerConfiguration, logger: Logger, immediateHandler: HTTPImmediateHandler? = nil,
        handler: @escaping HTTPHandler
    ) {
        self.configuration = configuration
        self.logger = logger
        self.handler = handler
        self.immediateHandler = immediateHandler
        let loopCount =
            configuration.eventLoops > 0
            ? min(configuration.eventLoops, 64) : HTTPServerConfiguration.defaultEventLoops(cpus: CPUBudget.available)
        self.loops = (0..<loopCount).map { HTTPEventLoop(index: $0) }
    }

    deinit {
        state.withLock { $0.listener }?.stopAsync()
        for loop in loops { loop.stop() }
    }

    /// Current open connections.
    public var connectionCount: Int { state.withLock { $0.connectionCount } }

    /// How many event loops share the connections.
    public var eventLoopCount: Int { loops.count }

    /// Binds, listens and starts accepting. Returns the bound port (useful with port 0).
    public func start() throws -> Int {
        signal(SIGPIPE, SIG_IGN)  // belt and braces: every send also uses MSG_NOSIGNAL
        let alreadyStarted = state.withLock { $0.listener != nil || $0.isShuttingDown }
        if alreadyStarted { throw HTTPServerError(operation: "start (already started)", errorNumber: EALREADY) }
        let fd = try SocketSupport.makeListener(
            host: configuration.host, port: configuration.port, backlog: configuration.listenBacklog)
        let port = SocketSupport.boundPort(fd)
        let listener = HTTPListener(fd: fd, backoff: configuration.acceptBackoff, logger: logger) {
            [weak self] client, remoteAddress in
            guard let self else {
                close(client)
                return
            }
            admit(client, remoteAddress: remoteAddress)
        }
        state.withLock { $0.listener = listener }
        for loop in loops { loop.startSweeping(every: sweepInterval) }
        listener.start()
        logger.info("listening on \(configuration.host):\(port)")
        return port
    }

    /// Stops accepting, lets in-flight requests finish and their responses be written (closing each
    /// connection after it), closes idle connections, and force-closes whatever remains after the grace period.
    public func shutdown() async {
        let listener = state.withLock { state -> HTTPListener? in
            state.isShuttingDown = true
            defer { state.listener = nil }
            return state.listener
        }
        listener?.stop()
        for loop in loops {
            loop.execute { for connection in loop.allConnections { connection.shutdownGracefully() } }
        }
        let clock = ContinuousClock()
        let graceDeadline = clock.now + configuration.shutdownGracePeriod
        while connectionCount > 0 && clock.now < graceDeadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        if connectionCount > 0 {
            logger.warning("shutdown grace period over; closing \(connectionCount) connection(s)")
            for loop in loops {
                loop.execute { for connection in loop.allConnections { connection.close() } }
            }
            let forceDeadline = clock.now + .seconds(1)
            while connectionCount > 0 && clock.now < forceDeadline {
                try? await Task.sleep(for: .milliseconds(10))
            }
        }
        for loop in loops { loop.stop() }
    }

    // MARK: - Accepting

    /// Often enough to honour the shortest timeout closely, rarely enough to cost nothing.
    private var sweepInterval: Duration {
        let shortest = min(configuration.headerTimeout, configuration.bodyTimeout, configuration.idleTimeout)
        return min(max(shortest / 10, .milliseconds(10)), .milliseconds(250))
    }

    /// Runs on the accept queue for every accepted socket.
    private func admit(_ fd: Int32, remoteAddress: String) {
        let loop = state.withLock { state -> HTTPEventLoop? in
            guard !state.isShuttingDown, state.connectionCount < configuration.maxConnections else { return nil }
            state.connectionCount += 1
            state.nextLoop = (state.nextLoop + 1) % loops.count
            return loops[state.nextLoop]
        }
        guard let loop else {
            rejectOverloaded(fd)
            return
        }
        SocketSupport.setNoDelay(fd)
        let environment = HTTPConnection.Environment(
            configuration: configuration, logger: logger, handler: handler, immediateHandler: immediateHandler,
            onClose: { [weak self] in self?.state.withLock { $0.connectionCount -= 1 } })
        let connection = HTTPConnection(fd: fd, remoteAddress: remoteAddress, loop: loop, environment: environment)
        loop.execute { connection.start() }
    }

    /// Over the connection limit: a best-effort 503 and close, never blocking the accept queue.
    private func rejectOverloaded(_ fd: Int32) {
        let response = ProblemDocument.response(status: .serviceUnavailable, detail: "too many connections")
        let bytes = HTTPResponseEncoder.encode(
            response, isHead: false, connection: .close,
            date: HTTPDate.format(epochSeconds: Int(Date().timeIntervalSince1970)))
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
        Glibc.shutdown(fd, Int32(SHUT_WR))
        close(fd)
        logger.debug("connection limit \(configuration.maxConnections) reached; rejected a connection")
    }
}
