import AccordFetch
import ArgumentParser
import Foundation

/// For the container's HEALTHCHECK: the runtime image has no curl binary, so the service
/// checks itself with its own libcurl client.
struct Healthcheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 0 when the local server answers GET /healthz with 200 (for container health checks).")

    @Option(help: "Port of the local server (default: ACCORD_PORT or 8080).") var port: Int?

    func run() async throws {
        let port = port ?? ProcessInfo.processInfo.environment["ACCORD_PORT"].flatMap(Int.init) ?? 8080
        var configuration = FetchConfiguration()
        configuration.allowPrivateAddresses = true
        configuration.totalTimeout = .seconds(3)
        do {
            _ = try await Fetcher(configuration: configuration).fetch("http://127.0.0.1:\(port)/healthz")
        } catch {
            print("unhealthy: \(error)")
            throw ExitCode(1)
        }
    }
}
