import AccordHTTP
import Foundation
import HTTPTypes
import Logging
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The application behind the real server on a loopback port: what curl users see.
@Suite struct ServedAPITests {
    @Test func keepAlivePipeliningConditionalAndCompressedOverOneSocket() async throws {
        let fixture = try Fixture()
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let application = fixture.application
        let server = HTTPServer(
            configuration: configuration, logger: logger, immediateHandler: { application.respondImmediately($0) }
        ) { await application.handle($0) }
        let port = try server.start()
        defer { Task { await server.shutdown() } }

        let connection = try LoopbackConnection(port: port)
        connection.send(
            "GET /agreements HTTP/1.1\r\nHost: t\r\n\r\nGET /commitments?party=KR HTTP/1.1\r\nHost: t\r\n\r\n")
        let first = try #require(connection.readResponse())
        let second = try #require(connection.readResponse())
        #expect(first.status == 200 && second.status == 200)
        #expect(String(decoding: first.body, as: UTF8.self).contains("\"parties\":[\"AU\",\"ID\"]"))
        #expect(String(decoding: second.body, as: UTF8.self).contains("\"KR\""))
        let etag = try #require(first.headers["etag"])

        connection.send("GET /agreements HTTP/1.1\r\nHost: t\r\nIf-None-Match: \(etag)\r\n\r\n")
        let notModified = try #require(connection.readResponse())
        #expect(notModified.status == 304 && notModified.body.isEmpty)

        connection.send("GET /agreements HTTP/1.1\r\nHost: t\r\nAccept-Encoding: gzip\r\n\r\n")
        let compressed = try #require(connection.readResponse())
        #expect(compressed.headers["content-encoding"] == "gzip")
        #expect(Gzip.decompress(compressed.body) == first.body)

        connection.send("HEAD /agreements HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        let head = try #require(connection.readResponse(bodyless: true))
        #expect(head.status == 200 && head.headers["content-length"] == String(first.body.count))
        #expect(connection.readResponse() == nil, "closed after Connection: close")
    }
}

/// A blocking loopback client that reads responses framed by Content-Length.
final class LoopbackConnection {
    struct Response: Equatable {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
    }

    private let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
    }

    /// The next response; nil once the server has closed the connection.
    func readResponse(bodyless: Bool = false) -> Response? {
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.indices.dropLast(3).first { Array(buffer[$0..<$0 + 4]) == separator }
            if headEnd == nil && !fill() { return nil }
        }
        let head = String(decoding: buffer[..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        buffer.removeFirst(headEnd! + 4)
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        let length = bodyless || status == 304 ? 0 : Int(headers["content-length"] ?? "0") ?? 0
        while buffer.count < length { if !fill() { return nil } }
        let body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return Response(status: status, headers: headers, body: body)
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16384)
        let count = recv(fd, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer += chunk[..<count]
        return true
    }
}
