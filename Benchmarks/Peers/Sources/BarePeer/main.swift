import CEpoll
// The floor: a bare epoll server with pre-encoded responses (captured from Accord by
// `scripts/bench http`). One event loop per CPU this process may run on (BARE_THREADS
// overrides), non-blocking sockets, keep-alive, pipelining; the only parsing is finding
// "\r\n\r\n", the request-line target and two header names.   BarePeer PORT CAPTURE_DIR
import Foundation
import Glibc
import PeerCaptures

let arguments = CommandLine.arguments
guard arguments.count == 3, let port = UInt16(arguments[1]) else {
    FileHandle.standardError.write("usage: BarePeer PORT CAPTURE_DIR\n".data(using: .utf8)!)
    exit(2)
}
let captures = try Captures(directory: arguments[2])

let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
var yes: Int32 = 1
setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
var address = sockaddr_in()
address.sin_family = sa_family_t(AF_INET)
address.sin_port = port.bigEndian
address.sin_addr.s_addr = inet_addr("127.0.0.1")
let bound = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
    }
}
guard bound == 0, listen(listener, 4096) == 0 else { perror("bind/listen"); exit(1) }

struct Server: Sendable {
    let listener: Int32
    /// Each variant's whole response, encoded once.
    let encoded: [String: [String: [UInt8]]]
    let etags: [String: [String: [UInt8]]]
    let notFound = Array("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".utf8)
    let ifNoneMatch = Array("if-none-match:".utf8), acceptEncoding = Array("accept-encoding:".utf8),
        gzip = Array("gzip".utf8)

    /// The value of header `name` (lower case, with the colon) in `head`, compared case-insensitively.
    func header(_ name: [UInt8], in head: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var i = head.startIndex
        while let newline = head[i...].firstIndex(of: 10) {
            i = newline + 1
            guard head.endIndex - i > name.count,
                zip(head[i..<i + name.count], name).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
            else { continue }
            var start = i + name.count
            while start < head.endIndex, head[start] == 32 { start += 1 }
            var end = head[start...].firstIndex(of: 13) ?? head.endIndex
            while end > start, head[end - 1] == 32 { end -= 1 }
            return head[start..<end]
        }
        return nil
    }

    /// The response to one request head (request line and headers, without the blank line).
    func respond(_ head: ArraySlice<UInt8>) -> [UInt8] {
        guard let space = head.firstIndex(of: 32), let end = head[(space + 1)...].firstIndex(of: 32) else {
            return notFound
        }
        let target = String(decoding: head[(space + 1)..<end], as: UTF8.self)
        guard let variants = encoded[target] else { return notFound }
        let accepts = header(acceptEncoding, in: head).map { $0.firstRange(of: gzip) != nil } ?? false
        let variant = accepts && variants["gzip"] != nil ? "gzip" : "identity"
        if let tag = header(ifNoneMatch, in: head), let notModified = variants["notmodified"],
            tag.elementsEqual(etags[target]![variant]!)
        {
            return notModified
        }
        return variants[variant] ?? notFound
    }

    func eventLoop() {
        let poll = epoll_create1(0)
        var event = epoll_event()
        event.events = EPOLLIN.rawValue | EPOLLEXCLUSIVE.rawValue
        event.data.fd = listener
        epoll_ctl(poll, EPOLL_CTL_ADD, listener, &event)
        var events = [epoll_event](repeating: epoll_event(), count: 512)
        var buffer = [UInt8](repeating: 0, count: 65536)
        var unread: [Int32: [UInt8]] = [:]  // a request not yet complete
        var unwritten: [Int32: [UInt8]] = [:]  // output the socket did not take yet

        func close(_ fd: Int32) {
            unread[fd] = nil
            unwritten[fd] = nil
            Glibc.close(fd)
        }
        /// Writes what it can; the rest waits for EPOLLOUT.
        func send(_ fd: Int32, _ bytes: [UInt8]) {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written == bytes.count { return }
            if written < 0 && errno != EAGAIN { return close(fd) }
            unwritten[fd] = Array(bytes[max(written, 0)...])
            var out = epoll_event(events: EPOLLOUT.rawValue, data: epoll_data_t(fd: fd))
            epoll_ctl(poll, EPOLL_CTL_MOD, fd, &out)
        }

        while true {
            let count = epoll_wait(poll, &events, Int32(events.count), -1)
            for index in 0..<max(Int(count), 0) {
                let fd = events[index].data.fd
                if fd == listener {
                    while true {
                        let client = bare_accept_nonblocking(listener)
                        if client < 0 { break }
                        var one: Int32 = 1
                        setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                        var watch = epoll_event(events: EPOLLIN.rawValue, data: epoll_data_t(fd: client))
                        epoll_ctl(poll, EPOLL_CTL_ADD, client, &watch)
                    }
                    continue
                }
                if events[index].events & EPOLLOUT.rawValue != 0, let rest = unwritten.removeValue(forKey: fd) {
                    var watch = epoll_event(events: EPOLLIN.rawValue, data: epoll_data_t(fd: fd))
                    epoll_ctl(poll, EPOLL_CTL_MOD, fd, &watch)
                    send(fd, rest)
                    continue
                }
                let got = read(fd, &buffer, buffer.count)
                if got == 0 || (got < 0 && errno != EAGAIN) {
                    close(fd)
                    continue
                }
                if got < 0 { continue }
                var input = unread.removeValue(forKey: fd).map { $0 + buffer[..<got] } ?? Array(buffer[..<got])
                var output: [UInt8] = []
                var start = 0
                while let blank = input[start...].firstRange(of: [13, 10, 13, 10]) {
                    output += respond(input[start..<blank.lowerBound])
                    start = blank.upperBound
                }
                if start < input.count {
                    input.removeFirst(start)
                    unread[fd] = input
                }
                if !output.isEmpty { send(fd, output) }
            }
        }
    }

}

let server = Server(
    listener: listener, encoded: captures.responses.mapValues { $0.mapValues { $0.encoded() } },
    etags: captures.responses.mapValues { $0.mapValues { Array(($0.etag ?? "\u{0}").utf8) } })
let threads =
    ProcessInfo.processInfo.environment["BARE_THREADS"].flatMap(Int.init)
    ?? ProcessInfo.processInfo.activeProcessorCount
for _ in 1..<max(threads, 1) { Thread { server.eventLoop() }.start() }
server.eventLoop()
