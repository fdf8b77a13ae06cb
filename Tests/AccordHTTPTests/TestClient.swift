import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny blocking loopback client for end-to-end tests: write raw bytes, read raw bytes.
final class TestClient {
    let fd: Int32

    init(port: Int, receiveTimeout: Duration = .seconds(3)) throws {
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
        guard status == 0 else {
            close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
        let seconds = receiveTimeout.components.seconds
        let micros = receiveTimeout.components.attoseconds / 1_000_000_000_000
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: Int(micros))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Set once the test closed `fd` itself, so it is not closed twice (another socket may have its number by then).
    private var forgotten = false

    deinit { if !forgotten { close(fd) } }

    /// The test closed the socket itself.
    func forget() { forgotten = true }

    func send(_ text: String) { send(Array(text.utf8)) }

    /// Closes our side at once, as a client that goes away does.
    func closeNow() { shutdown(fd, Int32(SHUT_RDWR)) }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return }
            offset += sent
        }
    }

    /// Reads once; nil on EOF, timeout or error.
    func readSome() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &buffer, buffer.count, 0)
        return count > 0 ? Array(buffer[0..<count]) : nil
    }

    /// Whether the server closed the connection (EOF or reset) within the receive timeout.
    func isClosedByPeer() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 { continue }
            if count == 0 { return true }
            return errno == ECONNRESET
        }
    }

    /// Reads one complete response (head plus Content-Length body, or no body when `head` or 1xx/204/304).
    func readResponse(head: Bool = false) -> TestResponse? {
        while true {
            if let response = TestResponse.parse(received, isHead: head) {
                received.removeFirst(response.consumed)
                return response
            }
            guard let more = readSome() else { return nil }
            received += more
        }
    }

    /// Bytes read but not yet returned as a response (pipelined responses arrive together).
    private var received: [UInt8] = []
}

struct TestResponse {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]
    var consumed: Int

    var bodyText: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    static func parse(_ data: [UInt8], isHead: Bool) -> TestResponse? {
        let terminator: [UInt8] = [13, 10, 13, 10]
        guard data.count >= 4,
            let end = (0...(data.count - 4)).first(where: { Array(data[$0..<$0 + 4]) == terminator })
        else { return nil }
        let lines = String(decoding: data[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers: [(String, String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append(
                (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        let bodyStart = end + 4
        var response = TestResponse(status: status, headers: headers, body: [], consumed: bodyStart)
        if isHead || status < 200 || status == 204 || status == 304 { return response }
        let length = Int(response.header("Content-Length") ?? "0") ?? 0
        guard data.count >= bodyStart + length else { return nil }
        response.body = Array(data[bodyStart..<bodyStart + length])
        response.consumed = bodyStart + length
        return response
    }
}
