import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 with an ephemeral port, one thread per connection, for tests only.
/// Every response closes its connection.
final class LoopbackServer: Sendable {
    enum Reply: Sendable {
        /// The exact bytes to write, then close.
        case raw([UInt8])
        /// Read the request, then send nothing until the client goes away.
        case stall
        /// These bytes, then an endless body of `a`s until the client goes away.
        case endless([UInt8])
    }

    /// What the handler sees of a request.
    struct Request: Sendable {
        var path: String
        var port: Int
        /// Request line and header fields, as sent.
        var head: String

        /// The value of a header field, by case-insensitive name.
        func header(_ name: String) -> String? {
            for line in head.split(separator: "\r\n").dropFirst() {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == name.lowercased() {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
            return nil
        }
    }

    let port: Int
    private let listener: Int32
    private let handler: @Sendable (Request) -> Reply
    private let accepted = Mutex(0)

    /// Connections accepted so far.
    var connectionCount: Int { accepted.withLock { $0 } }
    var base: String { "http://127.0.0.1:\(port)" }

    convenience init(handler: @escaping @Sendable (_ path: String, _ port: Int) -> Reply) throws {
        try self.init(requestHandler: { handler($0.path, $0.port) })
    }

    init(requestHandler handler: @escaping @Sendable (Request) -> Reply) throws {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServerError.socket(errno) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw ServerError.socket(errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = Int(UInt16(bigEndian: address.sin_port))
        self.listener = fd
        self.handler = handler
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                close(listener)
                return
            }
            accepted.withLock { $0 += 1 }
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var request: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !request.containsHeaderTerminator {
            let count = recv(connection, &chunk, chunk.count, 0)
            if count <= 0 { return }
            request.append(contentsOf: chunk[..<count])
        }
        let line = String(decoding: request.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self)
        let parts = line.split(separator: " ")
        let path = parts.count > 1 ? String(parts[1]) : "/"
        let head = String(decoding: request, as: UTF8.self)
        func write(_ bytes: [UInt8]) -> Bool {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes {
                    send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        switch handler(Request(path: path, port: port, head: head)) {
        case .endless(let start):
            guard write(start) else { return }
            let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 16 * 1024)
            while write(chunk) {}
        case .raw(let bytes):
            guard write(bytes) else { return }
            shutdown(connection, Int32(SHUT_WR))
            // Drain until the client closes, so the close is clean.
            while recv(connection, &chunk, chunk.count, 0) > 0 {}
        case .stall:
            while recv(connection, &chunk, chunk.count, 0) > 0 {}
        }
    }

    enum ServerError: Error { case socket(Int32) }

    /// A complete response with Content-Length (unless `contentLength` is false: close-delimited).
    static func response(
        status: Int = 200, reason: String = "OK", headers: [(String, String)] = [], body: [UInt8] = [],
        contentLength: Bool = true
    ) -> Reply {
        var head = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if contentLength { head += "Content-Length: \(body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        return .raw(Array(head.utf8) + body)
    }
}

extension [UInt8] {
    fileprivate var containsHeaderTerminator: Bool {
        guard count >= 4 else { return false }
        for index in 0...(count - 4)
        where self[index] == 13 && self[index + 1] == 10 && self[index + 2] == 13
            && self[index + 3] == 10
        {
            return true
        }
        return false
    }
}
