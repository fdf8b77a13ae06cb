import Foundation
import Testing

/// The write token from a mounted file (`ACCORD_API_TOKEN_FILE`), as a Kubernetes Secret gives it.
@Suite(.serialized) struct TokenFileTests {
    @Test func theTokenComesFromAFileAndBothWaysAtOnceAreRefused() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("accord-token-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let tokenFile = root.appendingPathComponent("token")
        try Data("from-a-file\n".utf8).write(to: tokenFile)

        let server = try CrashTests.Server(
            data: root.appendingPathComponent("data"), seeds: root,
            environment: ["ACCORD_API_TOKEN": nil, "ACCORD_API_TOKEN_FILE": tokenFile.path])
        defer { server.stop() }
        try await server.waitUntilReady()
        let text = "Japan and Indonesia signed an agreement in Jakarta; Japan will provide 4 patrol boats."
        // The file's trailing newline is not part of the token; the environment's token is not set.
        for (token, status) in [("from-a-file", 201), (Fixture.token, 401)] {
            let connection = try LoopbackConnection(port: server.port)
            connection.send(
                "POST /articles HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer \(token)\r\nContent-Type: text/plain\r\nContent-Length: \(text.utf8.count)\r\n\r\n\(text)"
            )
            #expect(connection.readResponse()?.status == status, "token \(token)")
        }

        let both = try CrashTests.Server(
            data: root.appendingPathComponent("data"), seeds: root,
            environment: ["ACCORD_API_TOKEN": "x", "ACCORD_API_TOKEN_FILE": tokenFile.path])
        both.process.waitUntilExit()
        #expect(both.process.terminationStatus != 0, "both set: refused at start")
    }
}
