import Foundation
import HTTPTypes
import Synchronization
import Testing

@testable import AccordHTTP

#if canImport(Glibc)
    import Glibc
#endif

/// Misbehaving clients against a live server. Each case runs while a well-behaved client keeps
/// asking on its own keep-alive connection; every one of its requests must be answered, and
/// within `bound`, however the attacker behaves.
@Suite(.serialized) struct HostileClientTests {
    static let bound: Duration = .milliseconds(750)

    /// The well-behaved client, on a thread of its own so blocking reads never starve tasks.
    final class Probe: Sendable {
        private let state = Mutex<(latencies: [Duration], failures: Int, stop: Bool)>(([], 0, false))
        private let finished = DispatchSemaphore(value: 0)

        init(port: Int) {
            Thread.detachNewThread { [self] in
                let clock = ContinuousClock()
                var client = try? TestClient(port: port)
                while !state.withLock({ $0.stop }) {
                    let started = clock.now
                    client?.send(get("/probe"))
                    if let response = client?.readResponse(), response.bodyText == "GET /probe " {
                        let elapsed = clock.now - started
                        state.withLock { $0.latencies.append(elapsed) }
                    } else {
                        state.withLock { $0.failures += 1 }
                        client = try? TestClient(port: port)  // a fresh connection for the next try
                    }
                    usleep(5_000)
                }
                finished.signal()
            }
        }

        /// Stops the probe; its latencies and how many requests went unanswered.
        func stop() -> (latencies: [Duration], failures: Int) {
            state.withLock { $0.stop = true }
            finished.wait()
            return state.withLock { ($0.latencies, $0.failures) }
        }
    }

    /// Serves `/big` (1 MiB) and echoes everything else.
    static let handler: HTTPHandler = { request in
        if request.path == "/big" {
            return HTTPServerResponse(status: .ok, body: [UInt8](repeating: 0x61, count: 1 << 20))
        }
        return await echoHandler(request)
    }

    private func underAttack(
        _ adjust: @escaping (inout HTTPServerConfiguration) -> Void = { _ in },
        _ attack: @escaping @Sendable (HTTPServer, Int) async throws -> Void
    ) async throws {
        try await withServer(adjust, handler: Self.handler) { server, port in
            let probe = Probe(port: port)
            try await Task.sleep(for: .milliseconds(50))
            try await attack(server, port)
            let (latencies, failures) = probe.stop()
            #expect(failures == 0, "the well-behaved client was refused or cut off \(failures) time(s)")
            #expect(latencies.count >= 3, "the well-behaved client was served throughout")
            let worst = latencies.max() ?? .zero
            #expect(worst < Self.bound, "the well-behaved client waited \(worst)")
        }
    }

    /// Sends `payload` on a new connection and reads until the server closes it.
    private static func exchange(_ port: Int, _ payload: [UInt8]) throws -> String {
        let client = try TestClient(port: port)
        client.send(payload)
        var received: [UInt8] = []
        while let bytes = client.readSome() { received += bytes }
        return String(decoding: received, as: UTF8.self)
    }

    @Test func smugglingVectorsAreRefusedAndNothingRidesAlong() async throws {
        let vectors: [String] = [
            // CL.TE, then TE.CL
            "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: xchunked\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding:\u{0B}chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
            "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3, 4\r\n\r\nabcd",
            "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: +3\r\n\r\nabc",
            "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\n0\n\n",  // bare LF in chunks
            "GET / HTTP/1.1\r\nHost: t\r\nX-A: a\u{0}b\r\n\r\n",  // NUL in a header
            "GET / HTTP/1.1\r\nHost: t\r\n folded: continuation\r\n\r\n",  // obs-fold
            "GET / HTTP/1.1\rHost: t\r\n\r\n",  // bare CR
        ]
        try await underAttack { _, port in
            for vector in vectors {
                let answer = try Self.exchange(port, Array((vector + "GET /smuggled HTTP/1.1\r\nHost: t\r\n\r\n").utf8))
                let status = Int(answer.dropFirst(9).prefix(3)) ?? 0
                #expect((400...505).contains(status), "\(vector.debugDescription) answered \(status)")
                #expect(answer.contains("Connection: close"), "\(vector.debugDescription) left the connection open")
                #expect(!answer.contains("/smuggled") && !answer.contains("SMUGGLED"), "\(vector.debugDescription)")
            }
        }
    }

    @Test func slowDripHeadersAndBodiesHoldNobodyUp() async throws {
        try await underAttack({
            $0.headerTimeout = .milliseconds(600)
            $0.bodyTimeout = .milliseconds(600)
        }) { _, port in
            let drippers = try (0..<40).map { _ in try TestClient(port: port) }
            for (index, client) in drippers.enumerated() {
                client.send(
                    index.isMultiple(of: 2) ? "GET / HT" : "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nab"
                )
            }
            for _ in 0..<10 {
                for client in drippers { client.send("x") }
                try await Task.sleep(for: .milliseconds(100))
            }
            for client in drippers { #expect(client.isClosedByPeer(), "a dripping client is cut off at its deadline") }
        }
    }

    @Test func aClientThatNeverReadsIsBoundedAndCutOff() async throws {
        try await underAttack({ $0.idleTimeout = .milliseconds(800) }) { server, port in
            let hoarder = try TestClient(port: port)
            var shrink: Int32 = 4096  // a small receive window, so the server's output backs up
            setsockopt(hoarder.fd, SOL_SOCKET, SO_RCVBUF, &shrink, socklen_t(MemoryLayout<Int32>.size))
            hoarder.send(String(repeating: get("/big"), count: 50))
            try await Task.sleep(for: .milliseconds(200))
            #expect(
                await eventually { server.connectionCount == 1 }, "only the probe is left once the hoarder is cut off")
        }
    }

    @Test func halfClosedClientsGetTheirAnswer() async throws {
        try await underAttack { _, port in
            for _ in 0..<20 {
                let client = try TestClient(port: port)
                client.send(get("/half"))
                shutdown(client.fd, Int32(SHUT_WR))
                #expect(client.readResponse()?.bodyText == "GET /half ")
                #expect(client.isClosedByPeer())
            }
        }
    }

    @Test func resetsMidResponseAreSurvived() async throws {
        try await underAttack { server, port in
            for _ in 0..<50 {
                let client = try TestClient(port: port)
                client.send(get("/big"))
                _ = client.readSome()  // the response has started
                var hard = linger(l_onoff: 1, l_linger: 0)  // close with RST
                setsockopt(client.fd, SOL_SOCKET, SO_LINGER, &hard, socklen_t(MemoryLayout<linger>.size))
                close(client.fd)
                client.forget()
            }
            #expect(await eventually { server.connectionCount == 1 })
        }
    }

    @Test func tenThousandConnectionAttempts() async throws {
        try await underAttack { server, port in
            for index in 0..<10_000 {
                let client = try TestClient(port: port)
                if index.isMultiple(of: 3) { client.send("GET /") }  // some leave a partial request behind
            }
            #expect(await eventually { server.connectionCount <= 1 })
        }
    }

    @Test func aPipelinedFloodIsAnsweredInOrderWithoutStarvingOthers() async throws {
        try await underAttack { _, port in
            let flooder = try TestClient(port: port)
            let count = 5_000
            let fd = flooder.fd
            let flood = Array((0..<count).map { get("/f\($0)") }.joined().utf8)
            Thread.detachNewThread {  // writes while the test reads, as a real flooder would
                var offset = 0
                while offset < flood.count {
                    let sent = flood[offset...].withUnsafeBytes {
                        send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                    }
                    if sent <= 0 { return }
                    offset += sent
                }
            }
            var answered = 0
            while answered < count, let response = flooder.readResponse() {
                #expect(response.bodyText == "GET /f\(answered) ")
                answered += 1
            }
            #expect(answered == count)
        }
    }

    @Test func oversizedLinesAndHeaderBlocks() async throws {
        try await underAttack { _, port in
            for payload in [
                "GET /\(String(repeating: "a", count: 100_000)) HTTP/1.1\r\nHost: t\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: t\r\n"
                    + String(repeating: "X-Pad: \(String(repeating: "p", count: 1000))\r\n", count: 200)
                    + "\r\n",
                "GET / HTTP/1.1\r\nHost: t\r\n" + String(repeating: "A: b\r\n", count: 5000) + "\r\n",
            ] {
                let answer = try Self.exchange(port, Array(payload.utf8))
                #expect(answer.hasPrefix("HTTP/1.1 414") || answer.hasPrefix("HTTP/1.1 431"))
            }
        }
    }

    @Test func invalidUTF8AndPercentEncodingInTargets() async throws {
        try await underAttack { _, port in
            // Visible non-ASCII bytes pass to the application as they are; controls are refused.
            let invalid: [UInt8] =
                Array("GET /caf".utf8) + [0xC3, 0x28, 0xFF] + Array("?q=%ZZ%C0%AE HTTP/1.1\r\nHost: t\r\n\r\n".utf8)
            let client = try TestClient(port: port)
            client.send(invalid)
            #expect(client.readResponse()?.status == 200)
            let control = try Self.exchange(port, Array("GET /a\u{7F}b HTTP/1.1\r\nHost: t\r\n\r\n".utf8))
            #expect(control.hasPrefix("HTTP/1.1 400"))
            let space = try Self.exchange(port, Array("GET /a b c HTTP/1.1\r\nHost: t\r\n\r\n".utf8))
            #expect(space.hasPrefix("HTTP/1.1 400"))
        }
    }
}
