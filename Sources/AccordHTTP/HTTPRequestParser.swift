import HTTPTypes

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An incremental HTTP/1.1 request parser (RFC 9112), a pure value: feed it bytes as they arrive and
/// call `next()` until it needs more. It never touches sockets, so tests drive it byte by byte.
///
/// It is deliberately strict wherever leniency lets two parsers disagree about where a request ends
/// (request smuggling): no obs-fold, no bare CR, no whitespace before the colon, exactly one
/// well-formed Content-Length, `chunked` as the only transfer coding, never both framings.
/// Bytes after a complete request stay buffered for the next call (pipelining).
struct HTTPRequestParser {
    struct Limits: Sendable {
        var maxRequestLineBytes = 8 * 1024
        var maxHeaderBytes = 32 * 1024
        var maxHeaderCount = 100
        var maxBodyBytes = 1 << 20
        /// A chunk-size line (size plus extensions) longer than this is treated as an attack.
        var maxChunkLineBytes = 4 * 1024

        init() {}

        init(_ configuration: HTTPServerConfiguration) {
            maxRequestLineBytes = configuration.maxRequestLineBytes
            maxHeaderBytes = configuration.maxHeaderBytes
            maxHeaderCount = configuration.maxHeaderCount
            maxBodyBytes = configuration.maxBodyBytes
        }
    }

    enum Event: Sendable {
        /// Nothing complete yet; feed more bytes.
        case needMoreData
        /// The head asked for `Expect: 100-continue` and passed every check: send `100 Continue` now.
        case expectContinue
        /// One complete request.
        case request(HTTPServerRequest)
        /// The request is unacceptable; answer with this status and close. The parser stays failed.
        case failure(HTTPParseError)
    }

    /// Where the parser is within a request; the connection uses it to pick the applicable timeout.
    enum Phase: Equatable, Sendable {
        case idle  // between requests, nothing buffered
        case head
        case body
    }

    private enum State {
        case requestLine
        case fields
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers
    }

    /// The request being assembled while its head and body arrive.
    private struct PartialRequest {
        var method: HTTPRequest.Method
        var target: String
        var path: String
        var query: String?
        var version: HTTPVersion
        var fields = ReceivedFields()
        var framing = FramingFields()
        var headBytes = 0
        var trailerBytes = 0
    }

    let limits: Limits
    /// Given to every request: the parser knows no sockets, but stamping it here spares the
    /// connection a copy of each request to set it.
    private let remoteAddress: String
    /// Received bytes at `0..<end`; the elements beyond are room for the next read. Kept at its
    /// size rather than emptied and appended to: emptying an array in place and appending to it
    /// showed in profiles of cached answers.
    private var buffer: [UInt8] = []
    private var end = 0
    private var position = 0  // first unconsumed byte
    private var scanPosition = 0  // where the search for the next LF resumes (avoids rescans on slow input)
    private var state = State.requestLine
    private var partial: PartialRequest?
    private var body: [UInt8] = []
    private var failure: HTTPParseError?
    /// The last request's field storage, emptied and used again for the next request. Once that
    /// request is gone (a cached answer's is, before the next is read) the storage is reused as
    /// it is; its two arrays were the only allocations of a cached answer.
    private var spareFields = ReceivedFields()

    init(limits: Limits = Limits(), remoteAddress: String = "") {
        self.limits = limits
        self.remoteAddress = remoteAddress
    }

    var phase: Phase {
        switch state {
        case .requestLine: position < end ? .head : .idle
        case .fields: .head
        default: .body
        }
    }

    /// Bytes received but not yet consumed by a completed request.
    var bufferedByteCount: Int { end - position }

    mutating func feed(_ bytes: some Collection<UInt8>) {
        Array(bytes).withUnsafeBytes { feed($0) }
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        compact()
        let needed = end + bytes.count
        if needed > buffer.count {
            buffer.append(contentsOf: repeatElement(0, count: max(needed, 2 * buffer.count, 256) - buffer.count))
        }
        buffer.withUnsafeMutableBytes { ($0.baseAddress! + end).copyMemory(from: source, byteCount: bytes.count) }
        end = needed
    }

    mutating func next() -> Event {
        if let failure { return .failure(failure) }
        do {
            return try step()
        } catch {
            failure = error
            return .failure(error)
        }
    }

    // MARK: - State machine

    private mutating func step() throws(HTTPParseError) -> Event {
        while true {
            switch state {
            case .requestLine:
                guard let line = try nextLine(limit: limits.maxRequestLineBytes, tooLong: .requestLine) else {
                    return .needMoreData
                }
                if line.content.isEmpty { continue }  // RFC 9112 2.2: ignore empty lines before a request
                var head = try Self.parseRequestLine(buffer[line.content])
                head.headBytes = line.length
                swap(&head.fields, &spareFields)  // the last request's storage, emptied to fill again
                head.fields.removeAll()
                partial = head
                state = .fields

            case .fields:
                let used = partial?.headBytes ?? 0
                guard let line = try nextLine(limit: limits.maxHeaderBytes - used, tooLong: .header) else {
                    return .needMoreData
                }
                partial?.headBytes += line.length
                if line.content.isEmpty {
                    if let event = try finishHead() { return event }
                    continue
                }
                let content = buffer[line.content]
                let (name, value) = try Self.parseFieldLine(content)
                if (partial?.fields.count ?? 0) >= limits.maxHeaderCount {
                    throw HTTPParseError(
                        status: .requestHeaderFieldsTooLarge,
                        detail: "more than \(limits.maxHeaderCount) header fields")
                }
                partial?.fields.append(content, name: name, value: value)
                partial?.framing.note(content[name])

            case .fixedBody(let remaining):
                let count = min(remaining, end - position)
                body.append(contentsOf: buffer[position..<position + count])
                position += count
                if count == remaining { return completeRequest() }
                state = .fixedBody(remaining: remaining - count)
                return .needMoreData

            case .chunkSize:
                guard
                    let line = try nextLine(
                        limit: limits.maxChunkLineBytes, tooLong: .chunkSize,
                        requireCRLF: true)
                else { return .needMoreData }
                let size = try parseChunkSize(buffer[line.content])
                state = size == 0 ? .trailers : .chunkData(remaining: size)

            case .chunkData(let remaining):
                let count = min(remaining, end - position)
                body.append(contentsOf: buffer[position..<position + count])
                position += count
                if count < remaining {
                    state = .chunkData(remaining: remaining - count)
                    return .needMoreData
                }
                state = .chunkDataEnd

            case .chunkDataEnd:
                guard end - position >= 2 else {
                    if position < end && buffer[position] != HTTPSyntax.cr {
                        throw .badRequest("missing CRLF after chunk data")
                    }
                    return .needMoreData
                }
                guard buffer[position] == HTTPSyntax.cr, buffer[position + 1] == HTTPSyntax.lf else {
                    throw .badRequest("missing CRLF after chunk data")
                }
                position += 2
                scanPosition = position
                state = .chunkSize

            case .trailers:
                let used = partial?.trailerBytes ?? 0
                guard
                    let line = try nextLine(
                        limit: limits.maxHeaderBytes - used, tooLong: .header, requireCRLF: true)
                else { return .needMoreData }
                partial?.trailerBytes += line.length
                if line.content.isEmpty { return completeRequest() }
                // Trailers are ignored, but a malformed one still means the framing is suspect.
                _ = try Self.parseFieldLine(buffer[line.content])
            }
        }
    }

    /// The request is moved out of the parser's state, not copied: copying it and then
    /// destroying the original retained and released every part of it.
    private mutating func completeRequest() -> Event {
        let done = partial.take()!
        var body: [UInt8] = []
        swap(&body, &self.body)
        // Storage grown by an unusually large head is let go rather than kept for the connection's life.
        if done.fields.storageBytes <= 4096 { spareFields = done.fields }
        state = .requestLine
        return .request(
            HTTPServerRequest(
                method: done.method, target: done.target, path: done.path, query: done.query,
                version: done.version, receivedFields: done.fields, body: body, remoteAddress: remoteAddress))
    }

    private mutating func compact() {
        if position == end {
            // Room grown by an unusually large request is let go rather than kept for the connection's life.
            if buffer.count > 64 * 1024 { buffer = [] }
            end = 0
        } else if position > 4096 && position * 2 > end {
            let (from, count) = (position, end - position)
            buffer.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: $0.baseAddress! + from, byteCount: count) }
            end = count
        } else {
            return
        }
        scanPosition -= position
        position = 0
    }

    // MARK: - Lines

    /// Which limit a line ran over. The error is made only when thrown: a message interpolated
    /// for every header line showed in profiles.
    private enum LongLine {
        case requestLine, header, chunkSize
    }

    private func error(_ line: LongLine) -> HTTPParseError {
        switch line {
        case .requestLine: HTTPParseError(status: .uriTooLong, detail: "request line too long")
        case .header:
            HTTPParseError(
                status: .requestHeaderFieldsTooLarge, detail: "header block larger than \(limits.maxHeaderBytes) bytes")
        case .chunkSize: .badRequest("chunk size line too long")
        }
    }

    /// The next line without its line ending, consuming it; nil if no LF has arrived yet.
    /// A CR anywhere but right before the LF is an error (bare CR); a bare LF ending is tolerated in
    /// the head (RFC 9112 2.2) but not in chunked framing.
    private mutating func nextLine(
        limit: Int, tooLong: LongLine, requireCRLF: Bool = false
    ) throws(HTTPParseError) -> (content: Range<Int>, length: Int)? {
        let from = max(scanPosition, position)
        guard let index = Self.firstIndex(of: HTTPSyntax.lf, in: buffer, from: from, to: end) else {
            scanPosition = end
            if end - position > limit { throw error(tooLong) }
            return nil
        }
        let lineEnd = index + 1
        var contentEnd = index
        if contentEnd > position && buffer[contentEnd - 1] == HTTPSyntax.cr {
            contentEnd -= 1
        } else if requireCRLF {
            throw .badRequest("bare LF line ending in chunked body")
        }
        if lineEnd - position > limit { throw error(tooLong) }
        if Self.firstIndex(of: HTTPSyntax.cr, in: buffer, from: position, to: contentEnd) != nil {
            throw .badRequest("bare CR in request")
        }
        let content = position..<contentEnd
        let length = lineEnd - position
        position = lineEnd
        scanPosition = lineEnd
        return (content, length)
    }

    /// Where `byte` first occurs in `bytes[from..<to]`: `memchr`, as every byte of every line is
    /// looked at twice (for the line's end, and for a bare CR in it).
    private static func firstIndex(of byte: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress! + from
            guard let found = memchr(start, Int32(byte), to - from) else { return nil }
            return from + (UnsafeRawPointer(found) - UnsafeRawPointer(start))
        }
    }

    // MARK: - Request line

    private static func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> PartialRequest {
        guard let firstSpace = line.firstIndex(of: HTTPSyntax.space),
            let secondSpace = line[(firstSpace + 1)...].firstIndex(of: HTTPSyntax.space)
        else { throw .badRequest("malformed request line") }
        let methodBytes = line[..<firstSpace]
        let targetBytes = line[(firstSpace + 1)..<secondSpace]
        let versionBytes = line[(secondSpace + 1)...]
        guard HTTPSyntax.isToken(methodBytes),
            let method = Self.isGET(methodBytes)
                ? .get : HTTPRequest.Method(String(decoding: methodBytes, as: UTF8.self))
        else { throw .badRequest("invalid method") }
        guard !targetBytes.isEmpty else { throw .badRequest("empty request-target") }
        guard targetBytes.allSatisfy(HTTPSyntax.isTargetByte) else {
            throw .badRequest("invalid character in request-target")
        }
        let version = try parseVersion(versionBytes)
        let target = String(decoding: targetBytes, as: UTF8.self)
        let (path, query) = try parseTarget(target, bytes: targetBytes, method: method)
        return PartialRequest(method: method, target: target, path: path, query: query, version: version)
    }

    /// Nearly every request's method, checked without the generic comparison with a string.
    private static func isGET(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        return bytes.count == 3 && bytes[start] == UInt8(ascii: "G") && bytes[start + 1] == UInt8(ascii: "E")
            && bytes[start + 2] == UInt8(ascii: "T")
    }

    private static func parseVersion(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPVersion {
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let start = bytes.startIndex
        // "HTTP/" byte by byte: the generic comparison with a string's UTF-8 showed in profiles.
        guard bytes.count == 8, bytes[start] == UInt8(ascii: "H"), bytes[start + 1] == UInt8(ascii: "T"),
            bytes[start + 2] == UInt8(ascii: "T"), bytes[start + 3] == UInt8(ascii: "P"),
            bytes[start + 4] == UInt8(ascii: "/"), isDigit(bytes[start + 5]),
            bytes[start + 6] == UInt8(ascii: "."), isDigit(bytes[start + 7])
        else { throw .badRequest("malformed request line") }
        let version = HTTPVersion(major: Int(bytes[start + 5] - 48), minor: Int(bytes[start + 7] - 48))
        guard version == .http1_1 || version == .http1_0 else {
            throw HTTPParseError(status: .httpVersionNotSupported, detail: "\(version) is not supported")
        }
        return version
    }

    /// Splits the target into path and query according to its form (RFC 9112 3.2).
    private static func parseTarget(
        _ target: String, bytes: ArraySlice<UInt8>, method: HTTPRequest.Method
    ) throws(HTTPParseError) -> (path: String, query: String?) {
        if method == .connect {
            throw HTTPParseError(status: .notImplemented, detail: "CONNECT is not supported")
        }
        if target == "*" {
            guard method == .options else { throw .badRequest("asterisk-form is only allowed with OPTIONS") }
            return ("*", nil)
        }
        // Split on bytes: as Characters, a "?" or "/" followed by a combining mark is one
        // grapheme that equals neither, and the delimiter would be missed.
        var start = bytes.startIndex
        if bytes.first != UInt8(ascii: "/") {
            // absolute-form: "http://authority/path?query"
            let lower = target.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
                throw .badRequest("invalid request-target")
            }
            let authority = lower.hasPrefix("https://") ? 8 : 7
            guard
                let pathStart = bytes[(start + authority)...].firstIndex(where: {
                    $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?")
                })
            else { return ("/", nil) }
            start = pathStart
        }
        let rest = bytes[start...]
        guard let questionMark = rest.firstIndex(of: UInt8(ascii: "?")) else { return (Self.text(rest), nil) }
        let path = rest[..<questionMark]
        return (path.isEmpty ? "/" : Self.text(path), Self.text(rest[(questionMark + 1)...]))
    }

    /// Pieces of the target decoded as the whole target is (invalid UTF-8 becomes U+FFFD): cut on
    /// ASCII bytes, which are never inside a multi-byte sequence, they decode as they did there.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    // MARK: - Fields

    /// Checks one field line and finds its name and its value (without the whitespace around it).
    private static func parseFieldLine(
        _ line: ArraySlice<UInt8>
    ) throws(HTTPParseError) -> (name: Range<Int>, value: Range<Int>) {
        guard let first = line.first else { throw .badRequest("empty header line") }
        if HTTPSyntax.isWhitespace(first) {
            throw .badRequest("obsolete line folding (obs-fold) in header")
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
            throw .badRequest("header line without a colon")
        }
        let nameBytes = line[line.startIndex..<colon]
        guard !nameBytes.isEmpty else { throw .badRequest("empty header field name") }
        guard HTTPSyntax.isToken(nameBytes) else {
            if let last = nameBytes.last, HTTPSyntax.isWhitespace(last) {
                throw .badRequest("whitespace between header field name and colon")
            }
            throw .badRequest("invalid character in header field name")
        }
        let value = HTTPSyntax.trimmed(line[(colon + 1)...])
        if let bad = value.first(where: { !HTTPSyntax.isFieldValueByte($0) }) {
            throw .badRequest(
                bad == 0 ? "NUL in header field value" : "control character in header field value")
        }
        return (nameBytes.startIndex..<nameBytes.endIndex, value.startIndex..<value.endIndex)
    }

    // MARK: - Head semantics and body framing

    /// Validates the complete head and chooses the body framing (RFC 9112 6).
    private mutating func finishHead() throws(HTTPParseError) -> Event? {
        let head = partial!
        let hostCount = head.framing.host
        let lengths = head.framing.contentLength > 0 ? head.fields.values(.contentLength) : []
        let transferCodings = head.framing.transferEncoding > 0 ? head.fields.values(.transferEncoding) : []
        let hasTransferCoding = !transferCodings.isEmpty
        let expectations = head.framing.expect > 0 ? head.fields.values(.expect) : []
        if hostCount > 1 { throw .badRequest("multiple Host headers") }
        if head.version == .http1_1 && hostCount == 0 { throw .badRequest("missing Host header") }
        if !lengths.isEmpty && hasTransferCoding {
            throw .badRequest("both Content-Length and Transfer-Encoding")
        }

        var expectsContinue = false
        if !expectations.isEmpty {
            let tokens = expectations.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            guard tokens.allSatisfy({ $0.trimmingHTTPWhitespace().lowercased() == "100-continue" }) else {
                throw HTTPParseError(status: .expectationFailed, detail: "unsupported expectation")
            }
            expectsContinue = head.version == .http1_1  // HTTP/1.0 clients never wait for 100 (RFC 9110 10.1.1)
        }

        var hasBody = true
        if hasTransferCoding {
            if head.version == .http1_0 { throw .badRequest("Transfer-Encoding in an HTTP/1.0 request") }
            try Self.validateTransferCoding(transferCodings)
            state = .chunkSize
        } else if !lengths.isEmpty {
            let length = try Self.parseContentLength(lengths)
            if length > limits.maxBodyBytes {
                throw HTTPParseError(
                    status: .contentTooLarge, detail: "request body larger than \(limits.maxBodyBytes) bytes")
            }
            state = .fixedBody(remaining: length)
            hasBody = length > 0
        } else {
            hasBody = false
        }
        if !hasBody { return completeRequest() }
        // Only worth a 100 when the client has not already started sending the body.
        return expectsContinue && position == end ? .expectContinue : nil
    }

    private static func parseContentLength(_ values: [String]) throws(HTTPParseError) -> Int {
        guard values.count == 1 else { throw .badRequest("duplicate Content-Length") }
        let value = values[0]
        if value.contains(",") { throw .badRequest("duplicate Content-Length") }
        guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw .badRequest("invalid Content-Length")
        }
        var length = 0
        for digit in value.utf8 {
            let (times10, overflow1) = length.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(digit - 48))
            if overflow1 || overflow2 { throw .badRequest("Content-Length too large") }
            length = sum
        }
        return length
    }

    /// Only `chunked`, exactly once and without parameters, is supported: anything else would need decoding
    /// we do not do (501) or is malformed (400).
    private static func validateTransferCoding(_ values: [String]) throws(HTTPParseError) {
        let raw = Array(values.joined(separator: ",").utf8)
        let elements = raw.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        var names: [String] = []
        for element in elements {
            let semicolon = element.firstIndex(of: UInt8(ascii: ";")) ?? element.endIndex
            let name = HTTPSyntax.trimmed(element[element.startIndex..<semicolon])
            guard HTTPSyntax.isToken(name) else { throw .badRequest("malformed Transfer-Encoding") }
            names.append(String(decoding: name, as: UTF8.self).lowercased())
        }
        if let unknown = names.first(where: { $0 != "chunked" }) {
            throw HTTPParseError(status: .notImplemented, detail: "unsupported transfer coding '\(unknown)'")
        }
        if names.count > 1 { throw .badRequest("chunked transfer coding applied more than once") }
        // `chunked` defines no parameters and RFC 9112 7 says to treat them as an error; we do not
        // implement any, so they are refused like an unknown coding.
        if elements[0].contains(UInt8(ascii: ";")) {
            throw HTTPParseError(
                status: .notImplemented, detail: "parameters on the chunked transfer coding are not supported")
        }
    }

    private func parseChunkSize(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> Int {
        var index = line.startIndex
        var size = 0
        while index < line.endIndex, let digit = HTTPSyntax.hexValue(line[index]) {
            size = size * 16 + digit
            // Checked per digit, so the value can never overflow.
            if size > limits.maxBodyBytes - body.count {
                throw HTTPParseError(
                    status: .contentTooLarge, detail: "request body larger than \(limits.maxBodyBytes) bytes")
            }
            index += 1
        }
        guard index > line.startIndex else { throw .badRequest("invalid chunk size") }
        guard HTTPSyntax.isValidParameterList(line[index...]) else {
            throw .badRequest("invalid chunk size or extension")
        }
        return size
    }
}

/// How many of the fields that framing depends on (RFC 9112 6) a head carries, counted as its
/// lines are read: a head without them, nearly every GET, then needs no second look at its fields.
private struct FramingFields {
    var host = 0
    var contentLength = 0
    var transferEncoding = 0
    var expect = 0

    mutating func note(_ name: ArraySlice<UInt8>) {
        if HTTPSyntax.equalsIgnoringCase(name, "host") {
            host += 1
        } else if HTTPSyntax.equalsIgnoringCase(name, "content-length") {
            contentLength += 1
        } else if HTTPSyntax.equalsIgnoringCase(name, "transfer-encoding") {
            transferEncoding += 1
        } else if HTTPSyntax.equalsIgnoringCase(name, "expect") {
            expect += 1
        }
    }
}
