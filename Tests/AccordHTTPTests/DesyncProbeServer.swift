import Foundation
import Logging
import Testing

@testable import AccordHTTP

/// Not a test: keeps a server answering 200 "ok" on `ACCORD_HTTP_PROBE_PORT` for 60 s so that
/// `desync_probe.py` can be run against it. Skipped unless the variable is set.
@Test(.enabled(if: ProcessInfo.processInfo.environment["ACCORD_HTTP_PROBE_PORT"] != nil))
func desyncProbeServer() async throws {
    var configuration = HTTPServerConfiguration()
    configuration.port = Int(ProcessInfo.processInfo.environment["ACCORD_HTTP_PROBE_PORT"] ?? "") ?? 8080
    configuration.headerTimeout = .seconds(5)
    var logger = Logger(label: "probe")
    logger.logLevel = .warning
    let server = HTTPServer(configuration: configuration, logger: logger) { _ in
        HTTPServerResponse(status: .ok, body: Array("ok".utf8))
    }
    _ = try server.start()
    try await Task.sleep(for: .seconds(60))
    await server.shutdown()
}
