import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real `accord` binary, killed with SIGKILL while a client writes to it: every article
/// it answered 201 for must be there after a restart on the same data folder.
@Suite(.serialized) struct CrashTests {
    /// The server built beside this test bundle (`swift build` builds both).
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("accord")
    }

    final class Server {
        let process = Process()
        let port: Int

        /// `environment` adds to (or, with nil, removes from) what the server is started with.
        init(data: URL, seeds: URL, rescanSeconds: String = "0", environment extra: [String: String?] = [:]) throws {
            port = try Self.freePort()
            process.executableURL = CrashTests.binary
            process.arguments = [
                "serve", "--host", "127.0.0.1", "--port", String(port), "--seeds", seeds.path, "--data", data.path,
                "--config", Fixture.configDirectory.appendingPathComponent("accord.json").path, "--log-level",
                "critical",
            ]
            var environment = ProcessInfo.processInfo.environment
            environment["ACCORD_API_TOKEN"] = Fixture.token
            environment["ACCORD_WRITE_BURST"] = "100000"
            environment["ACCORD_DATA_RESCAN_SECONDS"] = rescanSeconds
            for (name, value) in extra { environment[name] = value }
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Waits for `/readyz` to answer 200, sleeping between tries without holding a thread: a
        /// blocked cooperative thread (there are two on this machine) delays every other test.
        func waitUntilReady() async throws {
            for _ in 0..<200 {
                if let connection = try? LoopbackConnection(port: port) {
                    connection.send("GET /readyz HTTP/1.1\r\nHost: t\r\n\r\n")
                    if connection.readResponse()?.status == 200 { return }
                }
                try await Task.sleep(for: .milliseconds(25))
            }
            throw POSIXError(.ETIMEDOUT)
        }

        func kill() {
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }

        private static func freePort() throws -> Int {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
                }
            }
            guard bound else { throw POSIXError(.EADDRINUSE) }
            return Int(UInt16(bigEndian: address.sin_port))
        }
    }

    @Test func everyAcknowledgedArticleSurvivesSIGKILL() async throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the accord product first")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("accord-crash-\(UUID().uuidString)")
        let seeds = root.appendingPathComponent("seeds")
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }

        var acknowledged: [String] = []
        var sequence = 0
        for round in 0..<4 {
            let server = try Server(data: data, seeds: seeds)
            try await server.waitUntilReady()
            #expect(try Self.ids(port: server.port).isSuperset(of: acknowledged), "round \(round): lost after restart")
            // A writer posting as fast as it can; the kill comes at a random moment while it does.
            let deadline = ContinuousClock.now + .milliseconds(Int.random(in: 150...600))
            let connection = try LoopbackConnection(port: server.port)
            while ContinuousClock.now < deadline {
                sequence += 1
                let text =
                    "Report \(sequence): Japan and Indonesia signed a maritime agreement in Jakarta; Japan will provide \(sequence) patrol boats."
                connection.send(
                    "POST /articles HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer \(Fixture.token)\r\nContent-Type: text/plain\r\nContent-Length: \(text.utf8.count)\r\n\r\n\(text)"
                )
                guard let response = connection.readResponse() else { break }
                if response.status == 201, let id = Self.articleID(response.body) { acknowledged.append(id) }
            }
            // One more request in flight when the kill lands, its answer never read.
            connection.send(
                "POST /articles HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer \(Fixture.token)\r\nContent-Type: text/plain\r\nContent-Length: 21\r\n\r\nUnacknowledged report"
            )
            server.kill()
        }
        let final = try Server(data: data, seeds: seeds)
        try await final.waitUntilReady()
        let ids = try Self.ids(port: final.port)
        final.stop()
        #expect(acknowledged.count > 20, "the writer got answers before each kill (\(acknowledged.count))")
        #expect(ids.isSuperset(of: acknowledged))
    }

    @Test func twoProcessesOnOneDataFolderPickUpEachOthersArticles() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("accord-pair-\(UUID().uuidString)")
        let seeds = root.appendingPathComponent("seeds")
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Server(data: data, seeds: seeds, rescanSeconds: "0.2")
        let second = try Server(data: data, seeds: seeds, rescanSeconds: "0.2")
        defer {
            first.stop()
            second.stop()
        }
        try await first.waitUntilReady()
        try await second.waitUntilReady()
        for (writer, reader) in [(first, second), (second, first)] {
            let text = "Report from \(writer.port): Japan and Indonesia agreed in Jakarta to hold joint patrols."
            let connection = try LoopbackConnection(port: writer.port)
            connection.send(
                "POST /articles HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer \(Fixture.token)\r\nContent-Type: text/plain\r\nContent-Length: \(text.utf8.count)\r\n\r\n\(text)"
            )
            let response = try #require(connection.readResponse())
            #expect(response.status == 201)
            let id = try #require(Self.articleID(response.body))
            var seen = false
            for _ in 0..<100 where !seen {
                seen = try Self.ids(port: reader.port).contains(id)
                if !seen { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(seen, "an article written by one instance appears on the other within the rescan interval")
        }
    }

    private static func articleID(_ body: [UInt8]) -> String? {
        let json = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        return (json?["article"] as? [String: Any])?["id"] as? String
    }

    private static func ids(port: Int) throws -> Set<String> {
        let connection = try LoopbackConnection(port: port)
        var ids: Set<String> = []
        var offset = 0
        while true {
            connection.send("GET /articles?limit=1000&offset=\(offset)&fields=id HTTP/1.1\r\nHost: t\r\n\r\n")
            let response = try #require(connection.readResponse())
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
            let data = try #require(json["data"] as? [[String: Any]])
            ids.formUnion(data.compactMap { $0["id"] as? String })
            let total = try #require(json["total"] as? Int)
            offset += 1000
            if offset >= total { return ids }
        }
    }
}
