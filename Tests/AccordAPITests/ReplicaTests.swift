import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Three real `accord` processes on one data folder, as replicas behind a load balancer are:
/// articles posted to them in turn, one replica killed and restarted mid-run. Within the rescan
/// interval every replica serves the same `/agreements` (the same ETag), and nothing any of them
/// acknowledged is lost.
@Suite(.serialized) struct ReplicaTests {
    /// The data folder rescan interval the replicas run with, in seconds.
    static let rescan = 0.5

    /// A round-robin client over the replicas that are up, as a load balancer that skips a
    /// dead backend: a write goes to the next replica, or to the one after when it cannot connect.
    final class RoundRobin {
        var replicas: [CrashTests.Server?]
        private var next = 0

        init(_ replicas: [CrashTests.Server]) { self.replicas = replicas }

        func post(_ text: String) -> (status: Int, id: String?, replica: Int)? {
            for _ in replicas.indices {
                let index = next
                next = (next + 1) % replicas.count
                guard let replica = replicas[index], let connection = try? LoopbackConnection(port: replica.port)
                else { continue }
                connection.send(
                    "POST /articles HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer \(Fixture.token)\r\nContent-Type: text/plain\r\nContent-Length: \(text.utf8.count)\r\nConnection: close\r\n\r\n\(text)"
                )
                guard let response = connection.readResponse() else { continue }
                return (response.status, ReplicaTests.articleID(response.body), index)
            }
            return nil
        }
    }

    @Test func threeReplicasOnOneDataFolderServeTheSameAgreements() async throws {
        #expect(FileManager.default.isExecutableFile(atPath: CrashTests.binary.path), "build the accord product first")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("accord-replicas-\(UUID().uuidString)")
        let data = root.appendingPathComponent("data")
        let seeds = Fixture.configDirectory.deletingLastPathComponent().appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }

        let rescan = String(Self.rescan)
        let servers = try (0..<3).map { _ in try CrashTests.Server(data: data, seeds: seeds, rescanSeconds: rescan) }
        for server in servers { try await server.waitUntilReady() }
        let balancer = RoundRobin(servers)
        defer { for server in balancer.replicas.compactMap({ $0 }) { server.stop() } }

        var acknowledged: Set<String> = []
        var writtenTo = Set<Int>()
        func write(_ count: Int, from start: Int) throws {
            for n in start..<start + count {
                let partner = ["Indonesia", "Vietnam", "Australia", "Malaysia", "the Philippines"][n % 5]
                let text =
                    "Jakarta, \(n % 28 + 1) March 2026 - Japan and \(partner) signed an agreement on maritime security in Tokyo. Japan will provide \(n + 2) patrol boats to \(partner) by 2027, report \(n)."
                let answer = try #require(balancer.post(text), "no replica answered write \(n)")
                #expect(answer.status == 201, "write \(n) to replica \(answer.replica) answered \(answer.status)")
                if answer.status == 201, let id = answer.id {
                    acknowledged.insert(id)
                    writtenTo.insert(answer.replica)
                }
            }
        }

        try write(12, from: 0)
        // A replica dies without warning while writes go on; the balancer skips it.
        let victim = 1
        servers[victim].kill()
        balancer.replicas[victim] = nil
        try write(9, from: 100)
        // It comes back (a new port, as a new pod would get a new address) and must catch up.
        let restarted = try CrashTests.Server(data: data, seeds: seeds, rescanSeconds: rescan)
        try await restarted.waitUntilReady()
        balancer.replicas[victim] = restarted
        try write(12, from: 200)
        #expect(writtenTo == [0, 1, 2], "every replica took writes")
        #expect(acknowledged.count == 33)

        // Within the interval (plus extraction), every replica has every acknowledged article and
        // answers /agreements with the same bytes, so the same ETag.
        let live = balancer.replicas.compactMap { $0 }
        let clock = ContinuousClock()
        let started = clock.now
        var converged = false
        var etags: [String?] = []
        while !converged && clock.now - started < .seconds(Self.rescan * 20) {
            etags = try live.map { try Self.etag(port: $0.port) }
            let complete = try live.allSatisfy { try Self.ids(port: $0.port).isSuperset(of: acknowledged) }
            converged = complete && etags[0] != nil && Set(etags).count == 1
            if !converged { try await Task.sleep(for: .milliseconds(50)) }
        }
        let elapsed = clock.now - started
        #expect(converged, "replicas did not agree: ETags \(etags)")
        #expect(elapsed < .seconds(Self.rescan * 8), "agreed after \(elapsed), rescan every \(Self.rescan) s")
        // What the agreement is made of: each replica's /agreements has the articles' agreements too.
        for server in live {
            let total = try Self.total("/agreements?limit=1000", port: server.port)
            #expect(total >= acknowledged.count, "replica on \(server.port) lists \(total) agreements")
        }

        // The restarted replica counted what it read from the folder, by path.
        let metrics = try Self.get("/metrics", port: restarted.port)
        #expect(String(decoding: metrics.body, as: UTF8.self).contains(#"path="data_folder""#))
    }

    // MARK: - Helpers

    static func articleID(_ body: [UInt8]) -> String? {
        let json = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        return (json?["article"] as? [String: Any])?["id"] as? String
    }

    static func get(_ target: String, port: Int) throws -> LoopbackConnection.Response {
        let connection = try LoopbackConnection(port: port)
        connection.send("GET \(target) HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        return try #require(connection.readResponse())
    }

    /// The ETag of the whole agreements list (one page: no `version` in a `next` link).
    static func etag(port: Int) throws -> String? {
        let response = try get("/agreements?limit=1000", port: port)
        return response.status == 200 ? response.headers["etag"] : nil
    }

    static func total(_ target: String, port: Int) throws -> Int {
        let json = try JSONSerialization.jsonObject(with: Data(try get(target, port: port).body)) as? [String: Any]
        return try #require(json?["total"] as? Int)
    }

    static func ids(port: Int) throws -> Set<String> {
        let response = try get("/articles?limit=1000&fields=id", port: port)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        let data = try #require(json["data"] as? [[String: Any]])
        return Set(data.compactMap { $0["id"] as? String })
    }
}
