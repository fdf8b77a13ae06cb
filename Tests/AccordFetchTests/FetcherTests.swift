import AccordHTTP
import Foundation
import Testing

@testable import AccordFetch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every request here goes to a server on 127.0.0.1 started by the test itself.
@Suite struct FetcherTests {
    static func routes(_ path: String, _ port: Int) -> LoopbackServer.Reply {
        switch path {
        case "/text":
            return LoopbackServer.response(
                headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array("héllo wörld".utf8))
        case "/latin1":
            return LoopbackServer.response(
                headers: [("Content-Type", "Text/HTML; charset=ISO-8859-1")],
                body: Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8))
        case "/redirect":
            return LoopbackServer.response(status: 302, reason: "Found", headers: [("Location", "/text")])
        case "/redirect-absolute":
            return LoopbackServer.response(
                status: 301, reason: "Moved", headers: [("Location", "http://127.0.0.1:\(port)/redirect")])
        case "/redirect-elsewhere":
            return LoopbackServer.response(
                status: 307, reason: "Temporary", headers: [("Location", "http://127.0.0.2:\(port)/text")])
        case "/redirect-ftp":
            return LoopbackServer.response(
                status: 302, reason: "Found", headers: [("Location", "ftp://127.0.0.1:\(port)/x")])
        case "/loop":
            return LoopbackServer.response(status: 302, reason: "Found", headers: [("Location", "/loop")])
        case "/big":
            return LoopbackServer.response(body: [UInt8](repeating: 0x61, count: 5000))
        case "/big-unsized":
            return LoopbackServer.response(body: [UInt8](repeating: 0x61, count: 50_000), contentLength: false)
        case "/stall":
            return .stall
        case "/redirect-file":
            return LoopbackServer.response(status: 302, reason: "Found", headers: [("Location", "file:///etc/passwd")])
        case "/redirect-decimal":  // 127.0.0.2 as one decimal number
            return LoopbackServer.response(
                status: 302, reason: "Found", headers: [("Location", "http://2130706434:\(port)/text")])
        case "/redirect-mapped":
            return LoopbackServer.response(
                status: 302, reason: "Found", headers: [("Location", "http://[::ffff:127.0.0.2]:\(port)/text")])
        case "/redirect-short":
            return LoopbackServer.response(
                status: 302, reason: "Found", headers: [("Location", "http://127.2:\(port)/text")])
        case "/endless":
            return .endless(Array("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n".utf8))
        case "/gzip":
            let body = Gzip.compress(Array("Kedua negara sepakat untuk bekerja sama.".utf8)) ?? []
            return LoopbackServer.response(
                headers: [("Content-Type", "text/plain; charset=utf-8"), ("Content-Encoding", "gzip")], body: body)
        case "/cp1252":
            // 0x93 and 0x94 are curly quotes and 0x80 the euro sign in Windows-1252 only.
            return LoopbackServer.response(
                headers: [("Content-Type", "text/html; charset=windows-1252")],
                body: Array("<p>".utf8) + [0x93] + Array("caf".utf8) + [0xE9, 0x94, 0x20, 0x80] + Array("5</p>".utf8))
        case "/error":
            return LoopbackServer.response(status: 500, reason: "Internal Server Error")
        case "/teapot":
            return LoopbackServer.response(status: 418, reason: "I'm a teapot", body: Array("no".utf8))
        default:
            return LoopbackServer.response(status: 404, reason: "Not Found")
        }
    }

    static func configuration(_ edit: (inout FetchConfiguration) -> Void = { _ in }) -> FetchConfiguration {
        var configuration = FetchConfiguration()
        configuration.allowPrivateAddresses = true
        configuration.connectTimeout = .seconds(2)
        configuration.totalTimeout = .seconds(4)
        edit(&configuration)
        return configuration
    }

    @Test func fetchesText() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let page = try await Fetcher(configuration: Self.configuration()).fetch("\(server.base)/text")
        #expect(page.status == 200)
        #expect(page.url == "\(server.base)/text")
        #expect(page.contentType == "text/plain")
        #expect(page.text == "héllo wörld")
        #expect(page.body == Array("héllo wörld".utf8))
    }

    @Test func decodesDeclaredCharset() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let page = try await Fetcher(configuration: Self.configuration()).fetch("\(server.base)/latin1")
        #expect(page.contentType == "text/html")
        #expect(page.text == "<p>café</p>")
    }

    @Test func refusesLoopbackWhenPrivateAddressesAreNotAllowed() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let fetcher = Fetcher(configuration: Self.configuration { $0.allowPrivateAddresses = false })
        await #expect(throws: FetchError.forbiddenAddress(host: "127.0.0.1", address: "127.0.0.1")) {
            try await fetcher.fetch("\(server.base)/text")
        }
        await #expect(throws: FetchError.forbiddenAddress(host: "::1", address: "::1")) {
            try await fetcher.fetch("http://[::1]:\(server.port)/text")
        }
        #expect(server.connectionCount == 0)
    }

    @Test func refusesHostNamesResolvingToLoopback() async throws {
        // `localhost` comes from /etc/hosts (no DNS traffic); skip where it is not listed there.
        guard let hosts = try? String(contentsOfFile: "/etc/hosts", encoding: .utf8), hosts.contains("localhost") else {
            return
        }
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let fetcher = Fetcher(configuration: Self.configuration { $0.allowPrivateAddresses = false })
        do {
            _ = try await fetcher.fetch("http://localhost:\(server.port)/text")
            Issue.record("localhost was fetched")
        } catch {
            guard case .forbiddenAddress(let host, let address) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(host == "localhost")
            #expect(!AddressPolicy.isPublic(address))
        }
        #expect(server.connectionCount == 0)

        // Allowed: the name is pinned to the vetted addresses with CURLOPT_RESOLVE.
        let allowed = Fetcher(configuration: Self.configuration())
        let page = try await allowed.fetch("http://localhost:\(server.port)/text")
        #expect(page.text == "héllo wörld")
    }

    @Test func followsRedirects() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let page = try await Fetcher(configuration: Self.configuration()).fetch("\(server.base)/redirect-absolute")
        #expect(page.status == 200)
        #expect(page.url == "\(server.base)/text")
        #expect(page.text == "héllo wörld")
        #expect(server.connectionCount == 3)
    }

    @Test func vetsEveryRedirectHop() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        // Only 127.0.0.1 is acceptable: the redirect to 127.0.0.2 must be refused before connecting.
        let fetcher = Fetcher(configuration: Self.configuration(), addressPolicy: { $0 == "127.0.0.1" })
        await #expect(throws: FetchError.forbiddenAddress(host: "127.0.0.2", address: "127.0.0.2")) {
            try await fetcher.fetch("\(server.base)/redirect-elsewhere")
        }
        #expect(server.connectionCount == 1)
        await #expect(throws: FetchError.unsupportedScheme("ftp")) {
            try await fetcher.fetch("\(server.base)/redirect-ftp")
        }
    }

    @Test func stopsAfterMaxRedirects() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let fetcher = Fetcher(configuration: Self.configuration { $0.maxRedirects = 2 })
        await #expect(throws: FetchError.tooManyRedirects) { try await fetcher.fetch("\(server.base)/loop") }
        #expect(server.connectionCount == 3)
    }

    @Test func capsBodySize() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let fetcher = Fetcher(configuration: Self.configuration { $0.maxBytes = 1000 })
        await #expect(throws: FetchError.tooLarge(limit: 1000)) { try await fetcher.fetch("\(server.base)/big") }
        await #expect(throws: FetchError.tooLarge(limit: 1000)) {
            try await fetcher.fetch("\(server.base)/big-unsized")
        }
        let page = try await Fetcher(configuration: Self.configuration { $0.maxBytes = 5000 }).fetch(
            "\(server.base)/big")
        #expect(page.body.count == 5000)
    }

    @Test func timesOutOnAStalledServer() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let fetcher = Fetcher(configuration: Self.configuration { $0.totalTimeout = .milliseconds(300) })
        // Timed on the transfer itself: through `fetch`, the time to resume the awaiting task on a busy
        // cooperative pool (two threads here, shared with every suite) would count too.
        let clock = ContinuousClock()
        let started = clock.now
        let result = fetcher.fetchBlocking("\(server.base)/stall")
        let elapsed = clock.now - started
        #expect(throws: FetchError.timeout) { try result.get() }
        #expect(elapsed < .seconds(2), "the stalled server never answers, so only the 300 ms timeout ends this")
    }

    @Test func reportsNon2xxStatus() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let fetcher = Fetcher(configuration: Self.configuration())
        await #expect(throws: FetchError.httpStatus(404)) { try await fetcher.fetch("\(server.base)/missing") }
        await #expect(throws: FetchError.httpStatus(418)) { try await fetcher.fetch("\(server.base)/teapot") }
    }

    @Test func refusesRedirectsToFilesAndToLoopbackSpellings() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }
        // Loopback is open here (the server is on it), so the refusal can only come from the scheme.
        let open = Fetcher(configuration: Self.configuration())
        await #expect(throws: FetchError.unsupportedScheme("file")) {
            try await open.fetch("\(server.base)/redirect-file")
        }
        // Only the fixture's own address is open: a redirect to another loopback address, however
        // spelled, is refused before any connection to it.
        let guarded = Fetcher(configuration: Self.configuration(), addressPolicy: { $0 == "127.0.0.1" })
        for path in ["/redirect-decimal", "/redirect-mapped", "/redirect-short"] {
            await #expect("\(path)") {
                try await guarded.fetch(server.base + path)
            } throws: { error in
                guard case .forbiddenAddress(_, let address) = error as? FetchError else { return false }
                return address == "127.0.0.2" || address == "::ffff:127.0.0.2"
            }
        }
        #expect(server.connectionCount == 4)  // the first hops and the file redirect only
    }

    @Test func anEndlessBodyIsCutAtTheLimit() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }
        let fetcher = Fetcher(configuration: Self.configuration { $0.maxBytes = 100_000 })
        await #expect(throws: FetchError.tooLarge(limit: 100_000)) { try await fetcher.fetch("\(server.base)/endless") }
    }

    @Test func gzipAndWindows1252AreDecoded() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }
        let fetcher = Fetcher(configuration: Self.configuration())
        #expect(try await fetcher.fetch("\(server.base)/gzip").text == "Kedua negara sepakat untuk bekerja sama.")
        #expect(try await fetcher.fetch("\(server.base)/cp1252").text == "<p>\u{201C}café\u{201D} €5</p>")
    }

    @Test func serverErrorsAndRefusedConnectionsAreReported() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        let fetcher = Fetcher(configuration: Self.configuration())
        await #expect(throws: FetchError.httpStatus(500)) { try await fetcher.fetch("\(server.base)/error") }
        let closedPort = server.port
        server.stop()
        try await Task.sleep(for: .milliseconds(50))
        await #expect {
            try await fetcher.fetch("http://127.0.0.1:\(closedPort)/text")
        } throws: { error in
            guard case .transport = error as? FetchError else { return false }
            return true
        }
    }

    @Test func conditionalRequestsAnswer304WithTheValidators() async throws {
        let server = try LoopbackServer(requestHandler: { request in
            if request.header("If-None-Match") == "\"v1\"" {
                return LoopbackServer.response(status: 304, reason: "Not Modified", headers: [("ETag", "\"v1\"")])
            }
            return LoopbackServer.response(
                headers: [
                    ("Content-Type", "text/plain"), ("ETag", "\"v1\""),
                    ("Last-Modified", "Tue, 28 Oct 2025 09:00:00 GMT"),
                ], body: Array("body".utf8))
        })
        defer { server.stop() }
        let fetcher = Fetcher(configuration: Self.configuration())
        let first = try await fetcher.fetch("\(server.base)/feed")
        #expect(!first.notModified && first.text == "body")
        #expect(first.conditions == FetchConditions(etag: "\"v1\"", lastModified: "Tue, 28 Oct 2025 09:00:00 GMT"))
        let second = try await fetcher.fetch("\(server.base)/feed", conditions: first.conditions)
        #expect(second.notModified && second.body.isEmpty)
    }

    @Test func cancellationAbortsTheTransfer() async throws {
        let server = try LoopbackServer(handler: Self.routes)
        defer { server.stop() }  // keeps the server alive until the test ends
        let fetcher = Fetcher(configuration: Self.configuration { $0.totalTimeout = .seconds(10) })
        let url = "\(server.base)/stall"
        let task = Task { () async throws(FetchError) -> FetchedPage in try await fetcher.fetch(url) }
        try await Task.sleep(for: .milliseconds(100))
        let clock = ContinuousClock()
        let started = clock.now
        task.cancel()
        let result = await task.result
        #expect(throws: FetchError.transport("cancelled")) { try result.get() }
        #expect(clock.now - started < .seconds(8), "only cancellation ends this before the 10 s timeout")
    }
}
