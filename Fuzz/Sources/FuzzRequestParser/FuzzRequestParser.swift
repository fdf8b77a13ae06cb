import HTTPTypes

@testable import AccordHTTP

/// Limits small enough that the fuzzer reaches every "too large" branch with short inputs, plus the
/// server defaults. The first input byte picks one.
private let limitChoices: [HTTPRequestParser.Limits] = {
    var small = HTTPRequestParser.Limits()
    small.maxRequestLineBytes = 64
    small.maxHeaderBytes = 256
    small.maxHeaderCount = 4
    small.maxBodyBytes = 32
    small.maxChunkLineBytes = 24
    return [HTTPRequestParser.Limits(), small]
}()

/// What one parse produced: every request and, at most once, the error that ended it.
/// `.expectContinue` is left out: whether it is sent depends on how much of the body arrived
/// together with the head, by design.
private struct Outcome {
    var requests: [HTTPServerRequest] = []
    var failure: HTTPParseError?
    var continues = 0
}

/// libFuzzer entry point.
///
/// Input layout: byte 0 chooses the limits, bytes 1...3 choose up to three split points, the rest is
/// what arrives on the connection. The bytes are fed in pieces, as the server receives them, draining
/// the parser after every piece; then the same bytes are parsed in a single feed, and both runs must
/// agree on the requests they produced.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: start, count: count)
    guard count >= 4 else { return 0 }
    let limits = limitChoices[Int(input[0]) % limitChoices.count]
    let data = input[4...]  // Slice<UnsafeRawBufferPointer>, indices 4..<count
    var cuts = input[1..<4].map { data.startIndex + Int($0) * data.count / 256 }
    cuts.sort()
    var pieces: [Range<Int>] = []
    var from = data.startIndex
    for cut in cuts + [data.endIndex] where cut >= from {
        pieces.append(from..<cut)
        from = cut
    }

    let split = parse(pieces.map { Array(input[$0]) }, limits: limits)
    let whole = parse([Array(data)], limits: limits)
    let byteAtATime = data.count <= 256 ? parse(data.map { [$0] }, limits: limits) : nil

    for outcome in [split, whole] + (byteAtATime.map { [$0] } ?? []) {
        for request in outcome.requests { checkRequest(request, limits: limits) }
    }
    compare(split, whole, "split feeding", "one feed")
    if let byteAtATime { compare(byteAtATime, whole, "byte-at-a-time feeding", "one feed") }
    return 0
}

/// Feeds `pieces` one after the other, draining the parser after each, as HTTPConnection does.
private func parse(_ pieces: [[UInt8]], limits: HTTPRequestParser.Limits) -> Outcome {
    var parser = HTTPRequestParser(limits: limits)
    var outcome = Outcome()
    var fed = 0
    feeding: for piece in pieces {
        parser.feed(piece)
        fed += piece.count
        var steps = 0
        while true {
            steps += 1
            // Each event consumes input or ends the drain; a long loop means the parser spins.
            if steps > fed + 16 { fatalError("parser produced more events than there are bytes") }
            switch parser.next() {
            case .needMoreData:
                if parser.bufferedByteCount > fed { fatalError("more bytes buffered than fed") }
                continue feeding
            case .expectContinue:
                outcome.continues += 1
                if outcome.continues > outcome.requests.count + 1 {
                    fatalError("two 100-continue for one request")
                }
            case .request(let request):
                outcome.requests.append(request)
            case .failure(let error):
                outcome.failure = error
                break feeding
            }
        }
    }
    if let error = outcome.failure {
        // A failed parser stays failed: more input or more calls never produce anything else.
        parser.feed(Array("GET / HTTP/1.1\r\nHost: h\r\n\r\n".utf8))
        for _ in 0..<2 {
            guard case .failure(let again) = parser.next(), again == error else {
                fatalError("parser recovered after failing with \(error)")
            }
        }
        let code = error.status.code
        if code < 400 || code > 599 { fatalError("parse error with non-error status \(code)") }
        if error.detail.isEmpty { fatalError("parse error without detail") }
    }
    return outcome
}

/// What every request handed to the server must satisfy.
private func checkRequest(_ request: HTTPServerRequest, limits: HTTPRequestParser.Limits) {
    if request.body.count > limits.maxBodyBytes {
        fatalError("body of \(request.body.count) bytes exceeds maxBodyBytes \(limits.maxBodyBytes)")
    }
    if request.version != .http1_1 && request.version != .http1_0 {
        fatalError("unsupported version \(request.version) accepted")
    }
    if request.target.isEmpty || request.path.isEmpty { fatalError("empty target or path") }
    // On bytes: as Characters, "/" followed by a combining mark is one grapheme that is not "/".
    if request.target != "*" && request.path.utf8.first != UInt8(ascii: "/") {
        fatalError("path \(request.path.debugDescription) does not start with /")
    }
    if request.method == .connect { fatalError("CONNECT accepted") }
    // Path and query must be what a byte-level reading of the target gives (RFC 9112 3.2): whatever
    // surrounds them (combining marks, invalid UTF-8), "/" and "?" are delimiters.
    if request.target != "*" {
        guard let (path, query) = referenceSplit(Array(request.target.utf8)) else {
            fatalError("target \(request.target.debugDescription) is neither origin-, absolute- nor asterisk-form")
        }
        if Array(request.path.utf8) != path || request.query.map({ Array($0.utf8) }) != query {
            fatalError(
                "target \(request.target.debugDescription) split into path \(request.path.debugDescription) and "
                    + "query \(String(describing: request.query)); expected \(String(decoding: path, as: UTF8.self)), "
                    + "\(String(describing: query.map { String(decoding: $0, as: UTF8.self) }))")
        }
    }
    let fields = request.headerFields
    let lengths = fields[values: .contentLength]
    let codings = fields[values: .transferEncoding]
    if !lengths.isEmpty && !codings.isEmpty { fatalError("both Content-Length and Transfer-Encoding accepted") }
    if lengths.count > 1 { fatalError("duplicate Content-Length accepted") }
    if let length = lengths.first, Int(length) != request.body.count {
        fatalError("Content-Length \(length) but body of \(request.body.count) bytes")
    }
    if fields[values: HTTPField.Name("Host")!].count > 1 { fatalError("multiple Host headers accepted") }
    if request.version == .http1_1 && fields[values: HTTPField.Name("Host")!].isEmpty {
        fatalError("HTTP/1.1 request without Host accepted")
    }
    for field in fields {
        field.withUnsafeBytesOfValue { value in
            if value.contains(where: { $0 == 0 || $0 == 13 || $0 == 10 }) {
                fatalError("NUL, CR or LF in the value of \(field.name)")
            }
        }
    }
}

/// Incremental parsing must not depend on how the bytes were cut: same requests, and a failure
/// in one run exactly when there is one in the other.
///
/// Which error is not compared: it legitimately depends on arrival. A line that is both too long and
/// malformed fails as "too long" when its end has not arrived yet (the limit is checked before the LF
/// is seen) and as malformed when it arrives whole, e.g. a chunk-size or trailer line over the limit
/// that ends in a bare LF ("chunk size line too long" vs "bare LF line ending in chunked body"; for a
/// trailer even the status differs, 431 vs 400). Either way the connection is answered with an error
/// and closed.
private func compare(_ a: Outcome, _ b: Outcome, _ aName: String, _ bName: String) {
    guard a.requests.count == b.requests.count else {
        fatalError("\(aName) gave \(a.requests.count) requests, \(bName) \(b.requests.count)")
    }
    for (x, y) in zip(a.requests, b.requests) where !same(x, y) {
        fatalError("\(aName) and \(bName) parsed a request differently:\n\(x)\n\(y)")
    }
    guard (a.failure == nil) == (b.failure == nil) else {
        fatalError("\(aName) failure: \(String(describing: a.failure)); \(bName): \(String(describing: b.failure))")
    }
}

private func same(_ x: HTTPServerRequest, _ y: HTTPServerRequest) -> Bool {
    x.method == y.method && x.target == y.target && x.path == y.path && x.query == y.query
        && x.version == y.version && x.headerFields == y.headerFields && x.body == y.body
}

/// The path and query of an origin-form ("/p?q") or absolute-form ("http://host/p?q") target, split on
/// bytes; nil for any other form.
private func referenceSplit(_ target: [UInt8]) -> (path: [UInt8], query: [UInt8]?)? {
    let slash = UInt8(ascii: "/")
    let question = UInt8(ascii: "?")
    var rest = target[...]
    if target.first != slash {
        let lower = target.prefix(8).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if lower.starts(with: "http://".utf8) {
            rest = rest.dropFirst(7)
        } else if lower.starts(with: "https://".utf8) {
            rest = rest.dropFirst(8)
        } else {
            return nil
        }
        guard let start = rest.firstIndex(where: { $0 == slash || $0 == question }) else {
            return (Array("/".utf8), nil)
        }
        rest = rest[start...]
    }
    guard let mark = rest.firstIndex(of: question) else { return (Array(rest), nil) }
    let path = rest[..<mark]
    return (path.isEmpty ? [slash] : Array(path), Array(rest[(mark + 1)...]))
}
