import Foundation
import HTTPTypes
import Logging
import Synchronization
import Testing

@testable import AccordHTTP

/// Starts a server on a free loopback port, runs `body`, and shuts the server down.
func withServer(
    _ adjust: (inout HTTPServerConfiguration) -> Void = { _ in },
    immediateHandler: HTTPImmediateHandler? = nil,
    handler: @escaping HTTPHandler = echoHandler,
    _ body: (HTTPServer, Int) async throws -> Void
) async throws {
    var configuration = HTTPServerConfiguration()
    configuration.host = "127.0.0.1"
    configuration.port = 0
    configuration.headerTimeout = .seconds(2)
    configuration.idleTimeout = .seconds(2)
    configuration.shutdownGracePeriod = .seconds(2)
    adjust(&configuration)
    var logger = Logger(label: "test.http")
    logger.logLevel = .warning
    let server = HTTPServer(
        configuration: configuration, logger: logger, immediateHandler: immediateHandler, handler: handler)
    let port = try server.start()
    do {
        try await body(server, port)
    } catch {
        await server.shutdown()
        throw error
    }
    await server.shutdown()
}

/// Answers with the method, path and body it saw.
let echoHandler: HTTPHandler = { request in
    var fields = HTTPFields()
    fields[.contentType] = "text/plain"
    let text = "\(request.method.rawValue) \(request.path) \(String(decoding: request.body, as: UTF8.self))"
    return HTTPServerResponse(status: .ok, headerFields: fields, body: Array(text.utf8))
}

func get(_ path: String, _ extra: String = "") -> String {
    "GET \(path) HTTP/1.1\r\nHost: t\r\n\(extra)\r\n"
}

/// Polls until `condition` holds or a second passes (server-side counters update asynchronously).
func eventually(_ condition: () -> Bool) async -> Bool {
    for _ in 0..<100 {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}

@Suite(.serialized) struct HTTPServerTests {
    @Test func keepAliveServesTwoRequestsOnOneConnection() async throws {
        try await withServer { server, port in
            let client = try TestClient(port: port)
            client.send(get("/one"))
            let first = try #require(client.readResponse())
            #expect(first.status == 200)
            #expect(first.bodyText == "GET /one ")
            #expect(first.header("Connection") == nil)
            #expect(first.header("Date")?.hasSuffix("GMT") == true)
            #expect(first.header("Content-Length") == "9")
            client.send(get("/two"))
            #expect(client.readResponse()?.bodyText == "GET /two ")
            #expect(server.connectionCount == 1)
        }
    }

    @Test func connectionCloseIsHonoured() async throws {
        try await withServer { _, port in
            let client = try TestClient(port: port)
            client.send(get("/", "Connection: close\r\n"))
            let response = try #require(client.readResponse())
            #expect(response.header("Connection") == "close")
            #expect(client.isClosedByPeer())
        }
    }

    @Test func http10ClosesUnlessKeepAlive() async throws {
        try await withServer { _, port in
            let client = try TestClient(port: port)
            client.send("GET /a HTTP/1.0\r\n\r\n")
            #expect(client.readResponse()?.header("Connection") == "close")
            #expect(client.isClosedByPeer())

            let keep = try TestClient(port: port)
            keep.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(keep.readResponse()?.header("Connection") == "keep-alive")
            keep.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(keep.readResponse()?.bodyText == "GET /b ")
        }
    }

    @Test func pipelinedRequestsAnsweredInOrder() async throws {
        // The first request is slow, so a server answering out of order would be caught.
        let handler: HTTPHandler = { request in
            if request.path == "/slow" { try? await Task.sleep(for: .milliseconds(150)) }
            return await echoHandler(request)
        }
        try await withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send(
                "GET /slow HTTP/1.1\r\nHost: t\r\n\r\nPOST /b HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nxyz"
                    + get("/c"))
            #expect(client.readResponse()?.bodyText == "GET /slow ")
            #expect(client.readResponse()?.bodyText == "POST /b xyz")
            #expect(client.readResponse()?.bodyText == "GET /c ")
        }
    }

    @Test func immediateAnswersAndHandlerAnswersKeepTheirOrder() async throws {
        // `/fast…` is answered on the event loop, the rest by the slow async handler: a pipeline
        // mixing them must still come back in request order.
        let immediate: HTTPImmediateHandler = { request in
            guard request.path.hasPrefix("/fast") else { return nil }
            return HTTPServerResponse(status: .ok, body: Array("immediate \(request.path)".utf8))
        }
        let handler: HTTPHandler = { request in
            try? await Task.sleep(for: .milliseconds(100))
            return await echoHandler(request)
        }
        try await withServer(immediateHandler: immediate, handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/fast1") + get("/slow") + get("/fast2") + "HEAD /fast3 HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(client.readResponse()?.bodyText == "immediate /fast1")
            #expect(client.readResponse()?.bodyText == "GET /slow ")
            #expect(client.readResponse()?.bodyText == "immediate /fast2")
            let head = try #require(client.readResponse(head: true))
            #expect(head.bodyText == "")
            #expect(head.header("Content-Length") == "16")
        }
    }

    /// Reads until `text` has arrived (or the read times out); everything read so far.
    private func read(_ client: TestClient, until text: String) -> String {
        var received = ""
        while !received.contains(text), let bytes = client.readSome() {
            received += String(decoding: bytes, as: UTF8.self)
        }
        return received
    }

    @Test func streamedBodiesAreChunkedAndTheConnectionLivesOn() async throws {
        let handler: HTTPHandler = { request in
            guard request.path == "/stream" else { return await echoHandler(request) }
            let stream = AsyncStream<[UInt8]> { continuation in
                Task {
                    for piece in ["one\n", "two\n", "three\n"] {
                        continuation.yield(Array(piece.utf8))
                        try? await Task.sleep(for: .milliseconds(20))
                    }
                    continuation.finish()
                }
            }
            return HTTPServerResponse(status: .ok, stream: stream)
        }
        try await withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/stream") + get("/after"))
            let received = read(client, until: "GET /after")
            #expect(received.contains("Transfer-Encoding: chunked\r\n"))
            #expect(!received.contains("Content-Length: 0"))
            #expect(received.contains("\r\n\r\n4\r\none\n\r\n4\r\ntwo\n\r\n6\r\nthree\n\r\n0\r\n\r\nHTTP/1.1 200 OK"))
        }
    }

    @Test func aClientLeavingEndsItsStreamAndShutdownEndsTheRest() async throws {
        let ended = Counter()
        let handler: HTTPHandler = { _ in
            let stream = AsyncStream<[UInt8]> { continuation in
                continuation.yield(Array("hello\n".utf8))
                continuation.onTermination = { _ in ended.increment() }
            }
            return HTTPServerResponse(status: .ok, stream: stream)
        }
        try await withServer(handler: handler) { server, port in
            let leaving = try TestClient(port: port)
            leaving.send(get("/events"))
            #expect(read(leaving, until: "hello").contains("hello"))
            leaving.closeNow()
            #expect(await eventually { ended.value == 1 })

            let staying = try TestClient(port: port)
            staying.send(get("/events"))
            #expect(read(staying, until: "hello").contains("hello"))
            #expect(server.connectionCount == 1)
            await server.shutdown()
            #expect(ended.value == 2)
            #expect(read(staying, until: "0\r\n\r\n").hasSuffix("0\r\n\r\n"), "the stream ends with its last chunk")
            #expect(staying.isClosedByPeer())
        }
    }

    @Test func headSendsContentLengthButNoBody() async throws {
        let handler: HTTPHandler = { request in
            #expect(request.method == .head)
            return HTTPServerResponse(status: .ok, body: Array("twelve bytes".utf8))
        }
        try await withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send("HEAD / HTTP/1.1\r\nHost: t\r\n\r\n")
            let response = try #require(client.readResponse(head: true))
            #expect(response.header("Content-Length") == "12")
            client.send("HEAD / HTTP/1.1\r\nHost: t\r\n\r\n")
            // Had a body been sent, it would show up here instead of the second status line.
            #expect(client.readResponse(head: true)?.status == 200)
        }
    }

    @Test func noContentAndNotModifiedHaveNoBodyOrLength() async throws {
        let handler: HTTPHandler = { request in
            HTTPServerResponse(status: request.path == "/204" ? .noContent : .notModified, body: Array("x".utf8))
        }
        try await withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/204") + get("/304"))
            let first = try #require(client.readResponse())
            #expect(first.status == 204)
            #expect(first.header("Content-Length") == nil)
            let second = try #require(client.readResponse())
            #expect(second.status == 304)
            #expect(second.header("Content-Length") == nil)
        }
    }

    @Test func gzipRoundTripWithVary() async throws {
        let text = String(repeating: "{\"accord\": \"gzip me\"}", count: 200)
        let handler: HTTPHandler = { request in
            var fields = HTTPFields()
            fields[.contentType] = "application/json; charset=utf-8"
            fields[.vary] = "Origin"
            let body = request.path == "/small" ? Array("{}".utf8) : Array(text.utf8)
            return HTTPServerResponse(status: .ok, headerFields: fields, body: body)
        }
        try await withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/big", "Accept-Encoding: br, gzip;q=0.5\r\n"))
            let response = try #require(client.readResponse())
            #expect(response.header("Content-Encoding") == "gzip")
            #expect(response.header("Vary") == "Origin, Accept-Encoding")
            #expect(response.body.count < text.utf8.count)
            #expect(Gzip.decompress(response.body) == Array(text.utf8))

            client.send(get("/big", "Accept-Encoding: gzip;q=0\r\n"))
            let refused = try #require(client.readResponse())
            #expect(refused.header("Content-Encoding") == nil)
            #expect(refused.bodyText == text)
            #expect(refused.header("Vary") == "Origin, Accept-Encoding")

            client.send(get("/small", "Accept-Encoding: gzip\r\n"))
            let small = try #require(client.readResponse())
            #expect(small.header("Content-Encoding") == nil)
            #expect(small.header("Vary") == "Origin, Accept-Encoding")
        }
    }

    @Test func preEncodedBodyIsLeftAlone() async throws {
        let compressed = Gzip.compress(Array(String(repeating: "a", count: 5000).utf8))!
        let handler: HTTPHandler = { _ in
            var fields = HTTPFields()
            fields[.contentType] = "text/plain"
            fields[.contentEncoding] = "gzip"
            return HTTPServerResponse(status: .ok, headerFields: fields, body: compressed)
        }
        try await withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/", "Accept-Encoding: gzip\r\n"))
            let response = try #require(client.readResponse())
            #expect(response.body == compressed)
            #expect(response.header("Vary") == "Accept-Encoding")
        }
    }

    @Test func expectContinue() async throws {
        try await withServer { _, port in
            let client = try TestClient(port: port)
            client.send("PUT /up HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
            let interim = try #require(client.readResponse())
            #expect(interim.status == 100)
            client.send("data")
            #expect(client.readResponse()?.bodyText == "PUT /up data")
        }
    }

    @Test func expectContinueOverLimitGets413() async throws {
        try await withServer({ $0.maxBodyBytes = 10 }) { _, port in
            let client = try TestClient(port: port)
            client.send("PUT /up HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n")
            #expect(client.readResponse()?.status == 413)
            #expect(client.isClosedByPeer())
        }
    }

    @Test func limitsAndVersionErrors() async throws {
        try await withServer({
            $0.maxBodyBytes = 16
            $0.maxRequestLineBytes = 64
            $0.maxHeaderBytes = 256
            $0.maxHeaderCount = 4
        }) { _, port in
            let cases: [(String, Int)] = [
                ("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 17\r\n\r\n", 413),
                ("GET /\(String(repeating: "x", count: 80)) HTTP/1.1\r\nHost: t\r\n\r\n", 414),
                ("GET / HTTP/1.1\r\nHost: t\r\nX: \(String(repeating: "y", count: 300))\r\n\r\n", 431),
                ("GET / HTTP/1.1\r\nHost: t\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", 431),
                ("GET / HTTP/2.0\r\nHost: t\r\n\r\n", 505),
                ("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501),
                ("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
            ]
            for (request, expected) in cases {
                let client = try TestClient(port: port)
                client.send(request)
                let response = try #require(client.readResponse())
                #expect(response.status == expected)
                #expect(response.header("Connection") == "close")
                #expect(response.header("Content-Type") == "application/problem+json")
                #expect(response.bodyText.contains("\"status\":\(expected)"))
                #expect(client.isClosedByPeer())
            }
        }
    }

    @Test func problemDocumentShape() async throws {
        try await withServer { _, port in
            let client = try TestClient(port: port)
            client.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
            let response = try #require(client.readResponse())
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
            #expect(json["type"] as? String == "about:blank")
            #expect(json["title"] as? String == "Bad Request")
            #expect(json["status"] as? Int == 400)
            #expect(json["detail"] as? String == "both Content-Length and Transfer-Encoding")
        }
    }

    @Test func slowDripIsCutOffWhileOthersAreServed() async throws {
        try await withServer({ $0.headerTimeout = .milliseconds(500) }) { _, port in
            let drip = try TestClient(port: port)
            let started = ContinuousClock.now
            let request = Array(
                "GET / HTTP/1.1\r\nHost: t\r\nX-Slow: \(String(repeating: "z", count: 40))\r\n\r\n".utf8)
            var sentAll = true
            for (index, byte) in request.enumerated() {
                drip.send([byte])
                if index == 2 {
                    // Meanwhile another client is served normally.
                    let other = try TestClient(port: port)
                    other.send(get("/other"))
                    #expect(other.readResponse()?.bodyText == "GET /other ")
                }
                try await Task.sleep(for: .milliseconds(100))
                if ContinuousClock.now - started > .seconds(1.5) {
                    sentAll = false
                    break
                }
            }
            #expect(!sentAll)
            let response = try #require(drip.readResponse())
            #expect(response.status == 408)
            #expect(response.header("Connection") == "close")
            #expect(drip.isClosedByPeer())
        }
    }

    @Test func slowBodyIsCutOff() async throws {
        try await withServer({ $0.bodyTimeout = .milliseconds(300) }) { _, port in
            let client = try TestClient(port: port)
            client.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc")
            let response = try #require(client.readResponse())
            #expect(response.status == 408)
            #expect(client.isClosedByPeer())
        }
    }

    @Test func handlerMayAskToClose() async throws {
        let handler: HTTPHandler = { _ in
            var fields = HTTPFields()
            fields[.connection] = "close"
            return HTTPServerResponse(status: .ok, headerFields: fields)
        }
        try await withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/"))
            #expect(client.readResponse()?.header("Connection") == "close")
            #expect(client.isClosedByPeer())
        }
    }

    @Test func eventLoopsAsConfiguredEachServingItsShare() async throws {
        try await withServer({ $0.eventLoops = 3 }) { server, port in
            #expect(server.eventLoopCount == 3)
            // Connections go to the loops in turn: six clients, two on each, all answered.
            let clients = try (0..<6).map { _ in try TestClient(port: port) }
            for (index, client) in clients.enumerated() { client.send(get("/\(index)")) }
            for client in clients { #expect(client.readResponse()?.status == 200) }
        }
        try await withServer { server, _ in
            #expect(server.eventLoopCount == HTTPServerConfiguration.defaultEventLoops(cpus: CPUBudget.available))
        }
    }

    @Test func theDefaultLeavesOneCPUAndStaysWithinTheQuota() {
        #expect(HTTPServerConfiguration.defaultEventLoops(cpus: 1) == 1)
        #expect(HTTPServerConfiguration.defaultEventLoops(cpus: 2) == 1)
        #expect(HTTPServerConfiguration.defaultEventLoops(cpus: 4) == 3)
        #expect(HTTPServerConfiguration.defaultEventLoops(cpus: 64) == 8)
        #expect(CPUBudget.cpus(cpuMax: "max 100000\n") == nil)
        #expect(CPUBudget.cpus(cpuMax: "200000 100000\n") == 2)
        #expect(CPUBudget.cpus(cpuMax: "150000 100000") == 2, "1.5 CPUs keep two threads busy at times")
        #expect(CPUBudget.cpus(cpuMax: "50000 100000") == 1)
        #expect(CPUBudget.cpus(cpuMax: "garbage") == nil)
        #expect(CPUBudget.cpus(quota: "-1\n", period: "100000\n") == nil)
        #expect(CPUBudget.cpus(quota: "400000\n", period: "100000\n") == 4)
        let available = CPUBudget.available
        #expect(available >= 1 && available <= ProcessInfo.processInfo.activeProcessorCount)
    }

    @Test func idleConnectionIsClosed() async throws {
        try await withServer({ $0.idleTimeout = .milliseconds(300) }) { server, port in
            let client = try TestClient(port: port)
            client.send(get("/"))
            #expect(client.readResponse()?.status == 200)
            let started = ContinuousClock.now
            #expect(client.isClosedByPeer())
            #expect(ContinuousClock.now - started < .seconds(2))
            #expect(await eventually { server.connectionCount == 0 })
        }
    }

    /// Sockets are edge-triggered: a client's close that arrives with its last bytes brings no
    /// event of its own, so the connection must notice it from the data's event, at once, not at
    /// the header timeout (2 s here).
    @Test func aClientLeavingRightAfterPartOfARequestIsNoticedAtOnce() async throws {
        try await withServer { server, port in
            for _ in 0..<50 {
                let client = try TestClient(port: port)
                client.send("GET / HTTP/1.1\r\nHo")
                shutdown(client.fd, Int32(SHUT_WR))
            }
            #expect(await eventually { server.connectionCount == 0 })
        }
    }

    /// A request larger than one read (64 KiB) sent at once: the rest waits in the socket with no
    /// new event for it, and must still be read.
    @Test func aBodyLargerThanOneReadArrivesWhole() async throws {
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: 300_000)
        let handler: HTTPHandler = { request in
            HTTPServerResponse(status: .ok, body: Array("\(request.body.count)".utf8))
        }
        try await withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send(
                Array("POST /big HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
                    + Array(get("/after").utf8))
            #expect(client.readResponse()?.bodyText == "300000")
            #expect(client.readResponse()?.bodyText == "0")
        }
    }

    @Test func connectionsBeyondTheLimitAreRefused() async throws {
        try await withServer({ $0.maxConnections = 2 }) { server, port in
            let first = try TestClient(port: port)
            let second = try TestClient(port: port)
            for client in [first, second] {
                client.send(get("/"))
                #expect(client.readResponse()?.status == 200)
            }
            let third = try TestClient(port: port)
            if let response = third.readResponse() {
                #expect(response.status == 503)
            }
            #expect(third.isClosedByPeer())
            _ = consume first
            #expect(await eventually { server.connectionCount == 1 })
            let fourth = try TestClient(port: port)
            fourth.send(get("/again"))
            #expect(fourth.readResponse()?.bodyText == "GET /again ")
        }
    }

    @Test func gracefulShutdownFinishesInFlightRequest() async throws {
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        configuration.shutdownGracePeriod = .seconds(3)
        let server = HTTPServer(configuration: configuration, logger: Logger(label: "test")) { _ in
            try? await Task.sleep(for: .milliseconds(400))
            return HTTPServerResponse(status: .ok, body: Array("finished".utf8))
        }
        let port = try server.start()
        let busy = try TestClient(port: port)
        let idle = try TestClient(port: port)
        busy.send(get("/slow"))
        try await Task.sleep(for: .milliseconds(100))
        let started = ContinuousClock.now
        await server.shutdown()
        #expect(ContinuousClock.now - started < .seconds(2))
        let response = try #require(busy.readResponse())
        #expect(response.bodyText == "finished")
        #expect(response.header("Connection") == "close")
        #expect(idle.isClosedByPeer())
        #expect(server.connectionCount == 0)
        #expect((try? TestClient(port: port)) == nil)
    }

    @Test func shutdownForceClosesAfterGracePeriod() async throws {
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        configuration.shutdownGracePeriod = .milliseconds(200)
        let server = HTTPServer(configuration: configuration, logger: Logger(label: "test")) { _ in
            try? await Task.sleep(for: .seconds(3))
            return HTTPServerResponse(status: .ok)
        }
        let port = try server.start()
        let client = try TestClient(port: port)
        client.send(get("/"))
        try await Task.sleep(for: .milliseconds(50))
        let started = ContinuousClock.now
        await server.shutdown()
        #expect(ContinuousClock.now - started < .seconds(1.5))
        #expect(client.isClosedByPeer())
    }

    @Test func ipv6Loopback() async throws {
        try await withServer({ $0.host = "::1" }) { _, port in
            // Reach it through an IPv6 socket.
            let fd = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = UInt16(port).bigEndian
            address.sin6_addr = in6addr_loopback
            let status = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
            #expect(status == 0)
            let request = Array(get("/v6").utf8)
            _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(fd, &buffer, buffer.count, 0)
            #expect(count > 0)
            #expect(String(decoding: buffer[0..<max(count, 0)], as: UTF8.self).hasPrefix("HTTP/1.1 200 OK"))
        }
    }

    @Test func remoteAddressAndLargeBodyWithSlowReader() async throws {
        let big = [UInt8](repeating: 65, count: 3 << 20)
        let handler: HTTPHandler = { request in
            #expect(request.remoteAddress == "127.0.0.1")
            return HTTPServerResponse(status: .ok, body: big)
        }
        try await withServer({ $0.maxPendingWriteBytes = 1 << 20 }, handler: handler) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/1") + get("/2") + get("/3"))
            try await Task.sleep(for: .milliseconds(200))  // let the socket buffers fill up
            for _ in 0..<3 {
                let response = try #require(client.readResponse())
                #expect(response.body.count == big.count, "\(response.status) \(response.bodyText.prefix(200))")
            }
        }
    }

    @Test func garbageNeverCrashesTheServer() async throws {
        try await withServer { _, port in
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<30 {
                let client = try TestClient(port: port, receiveTimeout: .milliseconds(300))
                // Terminated by an empty line so the server has something complete to judge at once.
                client.send((0..<200).map { _ in UInt8.random(in: 0...255, using: &generator) } + [13, 10, 13, 10])
                _ = client.readResponse()
            }
            let client = try TestClient(port: port)
            client.send(get("/alive"))
            #expect(client.readResponse()?.bodyText == "GET /alive ")
        }
    }
}

/// A thread-safe count, for callbacks from other tasks.
final class Counter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func increment() { count.withLock { $0 += 1 } }
}
