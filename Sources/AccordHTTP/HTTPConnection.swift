import Dispatch
import Foundation
import HTTPTypes
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One client connection: reads bytes into the parser, runs the handler for each request strictly in
/// order, writes responses, and enforces the deadlines. Everything runs on its event loop's thread except
/// the handler, which runs in a Task and hops back to the loop with its response; an immediate
/// handler's answer (a cache hit) is written without that round trip.
final class HTTPConnection: @unchecked Sendable {  // all mutable state is confined to the loop's thread
    /// What a connection needs from the server.
    struct Environment: Sendable {
        var configuration: HTTPServerConfiguration
        var logger: Logger
        var handler: HTTPHandler
        var immediateHandler: HTTPImmediateHandler?
        var onClose: @Sendable () -> Void
    }

    private enum Lifecycle {
        case open
        /// Response sent and our side shut down; reading and discarding what the client still sends, so
        /// closing does not reset the connection before the client has read the response.
        case lingering(deadline: UInt64)
        case closed
    }

    private static let lingerTime: Duration = .seconds(2)
    private static let lingerMaximumBytes = 1 << 20

    private let fd: Int32
    private let remoteAddress: String
    private let loop: HTTPEventLoop
    private let environment: Environment
    /// Stored apart from `environment`: read for every request, and reading it through the
    /// environment copied the whole struct (and retained its strings) each time.
    private let configuration: HTTPServerConfiguration
    /// Whether requests are logged: asking the logger copied its handler on every request.
    private let logsAccess: Bool

    private var parser: HTTPRequestParser
    private var lifecycle = Lifecycle.open
    /// The events the loop watches for on `fd`.
    private var watchingRead = false
    private var watchingWrite = false

    private var output = OutputBuffer()
    private var requestInFlight = false
    private var closeAfterWrite = false
    private var inputClosed = false
    private var shuttingDown = false
    private var lingerDiscarded = 0
    /// A streamed response in progress: its consumer, and how it is framed.
    private var streamTask: Task<Void, Never>?
    private var streamChunked = false
    private var streamKeepAlive = false
    private var streaming: Bool { streamTask != nil }

    private var trackedPhase = HTTPRequestParser.Phase.idle
    private var phaseStart: UInt64 = 0  // uptime ns when `trackedPhase` began
    private var lastWriteProgress: UInt64 = 0

    init(fd: Int32, remoteAddress: String, loop: HTTPEventLoop, environment: Environment) {
        self.fd = fd
        self.remoteAddress = remoteAddress
        self.loop = loop
        self.environment = environment
        self.configuration = environment.configuration
        self.logsAccess = environment.logger.logLevel <= .info
        self.parser = HTTPRequestParser(limits: .init(environment.configuration), remoteAddress: remoteAddress)
    }

    private var pendingOutputBytes: Int { output.count }
    /// When the loop last woke: deadlines of seconds need no fresher time, and reading the clock
    /// several times a request showed in profiles.
    private var now: UInt64 { loop.now }
    private static func elapsed(since start: UInt64, now: UInt64) -> UInt64 { now > start ? now - start : 0 }

    // MARK: - Lifecycle

    /// Called on the loop's thread once the connection is accepted.
    func start() {
        phaseStart = now
        watchingRead = wantsRead
        loop.register(self, fd: fd, read: watchingRead)
    }

    /// Closes at once, dropping anything unsent.
    func close() {
        if case .closed = lifecycle { return }
        lifecycle = .closed
        streamTask?.cancel()
        streamTask = nil
        loop.unregister(fd)
        Glibc.close(fd)
        environment.onClose()
    }

    /// Server shutdown: close if idle; otherwise finish the current request and close after its response.
    func shutdownGracefully() {
        shuttingDown = true
        switch lifecycle {
        case .closed: return
        case .lingering: close()
        case .open:
            if let streamTask {
                streamTask.cancel()  // the stream ends, its last chunk is written, then the connection closes
                return
            }
            guard !requestInFlight else { return }
            if pendingOutputBytes > 0 {
                closeAfterWrite = true
                updateReadInterest()
            } else if parser.phase == .idle {
                close()
            }
        }
    }

    /// Called by the loop's periodic sweep.
    func checkDeadlines(now: UInt64) {
        switch lifecycle {
        case .closed: return
        case .lingering(let deadline):
            if now >= deadline { close() }
        case .open:
            if requestInFlight && !streaming { return }
            if pendingOutputBytes > 0 {
                // A client that stops reading its responses is treated like an idle one.
                if Self.elapsed(since: lastWriteProgress, now: now) > configuration.idleTimeout.nanoseconds { close() }
                return
            }
            if streaming { return }  // a quiet stream is not an idle connection
            let elapsed = Self.elapsed(since: phaseStart, now: now)
            switch parser.phase {
            case .idle:
                if elapsed > configuration.idleTimeout.nanoseconds { close() }
            case .head:
                if elapsed > configuration.headerTimeout.nanoseconds {
                    respondWithError(.init(status: .requestTimeout, detail: "request header not received in time"))
                }
            case .body:
                if elapsed > configuration.bodyTimeout.nanoseconds {
                    respondWithError(.init(status: .requestTimeout, detail: "request body not received in time"))
                }
            }
        }
    }

    // MARK: - Reading

    private var wantsRead: Bool {
        switch lifecycle {
        case .closed: false
        case .lingering: true
        case .open:
            streaming
                ? !inputClosed  // only to notice the client leaving
                : !requestInFlight && !closeAfterWrite && !inputClosed
                    && pendingOutputBytes < configuration.maxPendingWriteBytes
        }
    }

    /// Reading stops while a request is being handled (requests are answered in order, and this bounds
    /// buffered input) and while too much output is unsent (slow readers).
    private func updateReadInterest() {
        if case .closed = lifecycle { return }
        let read = wantsRead
        guard read != watchingRead else { return }
        watchingRead = read
        loop.watch(fd, read: watchingRead, write: watchingWrite)
    }

    /// The loop saw the socket readable (or hung up); `peerClosed`: the client has also shut down
    /// its side. The socket is edge-triggered: a read that fills the buffer may have left bytes
    /// behind, and after data from a closing peer the end of input is still to be read; no new
    /// event comes for either, so the connection then re-arms itself, after handling this read
    /// (one busy client does not hold the loop).
    func readable(peerClosed: Bool) {
        let buffer = loop.readBuffer
        let count = recv(fd, buffer.baseAddress, buffer.count, 0)
        if count < 0 {
            if errno == EINTR { rearmRead() }
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
            close()
            return
        }
        defer { if count == buffer.count || (peerClosed && count > 0) { rearmRead() } }
        switch lifecycle {
        case .closed: return
        case .lingering:
            lingerDiscarded += count
            if count == 0 || lingerDiscarded > Self.lingerMaximumBytes { close() }
            return
        case .open: break
        }
        if streaming {
            // Nothing may follow a streamed request; a client closing its side has gone.
            if count == 0 { close() }
            return
        }
        if count == 0 {
            inputClosed = true
            if requestInFlight || (pendingOutputBytes > 0 && parser.phase == .idle) {
                closeAfterWrite = true
                updateReadInterest()
            } else {
                close()
            }
            return
        }
        parser.feed(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        notePhase()
        processRequests()
    }

    /// Asks the loop to report the socket again if it is still readable. While not reading (a
    /// request in flight, output backed up) nothing is asked: turning reading back on reports
    /// what waits.
    private func rearmRead() {
        guard watchingRead else { return }
        if case .closed = lifecycle { return }
        loop.watch(fd, read: true, write: watchingWrite)
    }

    private func notePhase() {
        let phase = parser.phase
        if phase != trackedPhase {
            trackedPhase = phase
            phaseStart = now
        }
    }

    /// Takes buffered requests one at a time; the next is parsed only after the previous response is queued.
    private func processRequests() {
        var needsMoreData = false
        repeat {
            while case .open = lifecycle, !requestInFlight, !closeAfterWrite, !needsMoreData,
                pendingOutputBytes < configuration.maxPendingWriteBytes
            {
                let event = parser.next()
                notePhase()
                switch consume event {  // the request is moved out, not copied
                case .needMoreData:
                    needsMoreData = true
                case .expectContinue:
                    output.write(HTTPResponseEncoder.continueResponse)
                case .request(let request):
                    if let response = environment.immediateHandler?(request) {
                        complete(request, consume response, started: now)
                    } else {
                        dispatch(request)
                    }
                case .failure(let error):
                    respondWithError(error)
                    return
                }
            }
            flush()
            // A flush that drained the backlog lets the next pipelined request through right away.
        } while canProcessMore && !needsMoreData
        updateReadInterest()
    }

    private var canProcessMore: Bool {
        guard case .open = lifecycle else { return false }
        return !requestInFlight && !closeAfterWrite && pendingOutputBytes < configuration.maxPendingWriteBytes
    }

    // MARK: - Handling

    private func dispatch(_ request: HTTPServerRequest) {
        requestInFlight = true
        let started = now
        let handler = environment.handler
        Task(executorPreference: HandlerExecutor.shared) {
            let response = await handler(request)
            self.loop.execute { self.finish(request, response, started: started) }
        }
    }

    private func finish(_ request: HTTPServerRequest, _ response: HTTPServerResponse, started: UInt64) {
        requestInFlight = false
        guard case .open = lifecycle else { return }  // force-closed while the handler ran
        complete(request, response, started: started)
        processRequests()
    }

    /// Queues the encoded response; the caller goes on with the next request.
    private func complete(_ request: HTTPServerRequest, _ response: consuming HTTPServerResponse, started: UInt64) {
        let handlerWantsClose =
            response.headerFields.combined(.connection)?.lowercased().contains("close") ?? false
        let keepAlive = request.wantsKeepAlive && !handlerWantsClose && !shuttingDown && !inputClosed
        if let stream = response.stream, request.method != .head, !HTTPResponseEncoder.forbidsBody(response.status) {
            startStream(request, response, stream, keepAlive: keepAlive, started: started)
            return
        }
        var encoded = consume response
        // Most answers, every cached one among them, have chosen their coding: nothing to look up.
        if encoded.mayCompress {
            ResponseCompression.apply(
                to: &encoded, acceptEncoding: request.headerValue(.acceptEncoding),
                minimumBytes: configuration.gzipMinimumBytes)
        }
        let connectionHeader: HTTPResponseEncoder.ConnectionHeader =
            keepAlive ? (request.version == .http1_0 ? .keepAlive : .none) : .close
        let written = HTTPResponseEncoder.encode(
            encoded, isHead: request.method == .head, connection: connectionHeader, date: loop.dateCache.current,
            requestID: request.id, into: &output)
        logAccess(
            method: request.method.rawValue, target: request.target, status: encoded.status.code,
            bytes: written, started: started, requestID: request.id)
        if !keepAlive { closeAfterWrite = true }
        phaseStart = now  // the idle timeout runs from the response
    }

    // MARK: - Streamed responses

    /// Writes the head, then each piece of the stream as it comes (chunked for HTTP/1.1; for
    /// HTTP/1.0 the body runs to the connection's close). The request stays in flight until the
    /// stream ends, so nothing else is read or answered meanwhile.
    private func startStream(
        _ request: HTTPServerRequest, _ response: HTTPServerResponse, _ stream: AsyncStream<[UInt8]>,
        keepAlive: Bool, started: UInt64
    ) {
        streamChunked = request.version != .http1_0
        streamKeepAlive = keepAlive && streamChunked
        requestInFlight = true
        let head = HTTPResponseEncoder.encode(
            response, isHead: false, connection: streamKeepAlive ? .none : .close, date: loop.dateCache.current,
            requestID: request.id, chunked: streamChunked, into: &output)
        logAccess(
            method: request.method.rawValue, target: request.target, status: response.status.code, bytes: head,
            started: started, requestID: request.id)
        let loop = loop
        streamTask = Task { [self] in
            for await piece in stream where !piece.isEmpty {
                loop.execute { self.streamPiece(piece) }
            }
            loop.execute { self.endStream() }
        }
        flush()
        updateReadInterest()
    }

    private func streamPiece(_ piece: [UInt8]) {
        guard case .open = lifecycle, streaming else { return }
        if streamChunked {
            HTTPResponseEncoder.writeChunk(piece, into: &output)
        } else {
            output.write(piece)
        }
        flush()
        if pendingOutputBytes > configuration.maxPendingWriteBytes { close() }  // a client that does not read
    }

    private func endStream() {
        guard case .open = lifecycle, streaming else { return }
        streamTask = nil
        requestInFlight = false
        if streamChunked { output.write(HTTPResponseEncoder.lastChunk) }
        if !streamKeepAlive || shuttingDown { closeAfterWrite = true }
        phaseStart = now
        processRequests()
    }

    /// Answers a request that cannot be accepted with a problem document, then closes: after a framing
    /// error nothing that follows on this connection can be trusted.
    private func respondWithError(_ error: HTTPParseError) {
        let response = ProblemDocument.response(status: error.status, detail: error.detail)
        // No request was read, so its own X-Request-ID cannot be trusted: the id is a new one.
        let requestID = HTTPRequestID(given: nil)
        let written = HTTPResponseEncoder.encode(
            response, isHead: false, connection: .close, date: loop.dateCache.current, requestID: requestID,
            into: &output)
        logAccess(
            method: "-", target: "-", status: error.status.code, bytes: written, started: phaseStart,
            requestID: requestID)
        closeAfterWrite = true
        flush()
        updateReadInterest()
    }

    /// One line per request, with its `X-Request-ID` as metadata. The arguments are autoclosures:
    /// with the access log off (below `info`), a request pays for none of them.
    private func logAccess(
        method: @autoclosure () -> String, target: @autoclosure () -> String, status: Int, bytes: Int,
        started: UInt64, requestID: HTTPRequestID
    ) {
        guard logsAccess else { return }
        let (method, target) = (method(), target())
        let milliseconds = Double(Self.elapsed(since: started, now: DispatchTime.now().uptimeNanoseconds)) / 1_000_000
        environment.logger.info(
            "\(method) \(target) \(status) \(bytes)B \(String(format: "%.1f", milliseconds))ms \(remoteAddress)",
            metadata: ["request_id": "\(requestID)"])
    }

    // MARK: - Writing

    private func flush() {
        if case .closed = lifecycle { return }
        while output.count > 0 {
            let unsent = output.unsent
            let sent = send(fd, unsent.baseAddress, unsent.count, Int32(MSG_NOSIGNAL))
            if sent > 0 {
                // Emptied once all is sent; memory grown by an unusually large answer is let go.
                output.removeSent(sent, keepingCapacityUpTo: 256 * 1024)
                lastWriteProgress = now
            } else if sent < 0 && errno == EINTR {
                continue
            } else if sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                armWriteSource()
                return
            } else {
                close()  // EPIPE, ECONNRESET: the client is gone
                return
            }
        }
        if watchingWrite {
            watchingWrite = false
            loop.watch(fd, read: watchingRead, write: false)
        }
        if closeAfterWrite && !requestInFlight { beginLingeringClose() }
    }

    /// Waits for socket buffer space instead of retrying in a loop.
    private func armWriteSource() {
        guard !watchingWrite else { return }
        watchingWrite = true
        loop.watch(fd, read: watchingRead, write: true)
    }

    /// The loop saw room in the socket's send buffer.
    func writable() {
        guard case .open = lifecycle else { return }
        flush()
        if case .open = lifecycle { processRequests() }
    }

    private func beginLingeringClose() {
        guard case .open = lifecycle else { return }
        if inputClosed {
            close()
            return
        }
        shutdown(fd, Int32(SHUT_WR))
        let linger = shuttingDown ? Duration.milliseconds(100) : Self.lingerTime
        lifecycle = .lingering(deadline: now + linger.nanoseconds)
        updateReadInterest()
    }
}
