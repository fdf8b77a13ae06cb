import HTTPTypes
import Testing

@testable import AccordHTTP

/// Feeds `text` to a fresh parser and returns every event up to the first `needMoreData` or failure.
private func parse(
    _ text: String, limits: HTTPRequestParser.Limits = .init(), byteAtATime: Bool = false
) -> [HTTPRequestParser.Event] {
    var parser = HTTPRequestParser(limits: limits)
    var events: [HTTPRequestParser.Event] = []
    func drain() -> Bool {
        while true {
            let event = parser.next()
            switch event {
            case .needMoreData: return true
            case .failure:
                events.append(event)
                return false
            default: events.append(event)
            }
        }
    }
    let bytes = Array(text.utf8)
    if byteAtATime {
        for byte in bytes {
            parser.feed([byte])
            if !drain() { break }
        }
    } else {
        parser.feed(bytes)
        _ = drain()
    }
    return events
}

private func requests(_ events: [HTTPRequestParser.Event]) -> [HTTPServerRequest] {
    events.compactMap { if case .request(let request) = $0 { request } else { nil } }
}

private func failure(_ text: String, limits: HTTPRequestParser.Limits = .init()) -> HTTPParseError? {
    for event in parse(text, limits: limits) { if case .failure(let error) = event { return error } }
    return nil
}

private func status(_ text: String, limits: HTTPRequestParser.Limits = .init()) -> Int? {
    failure(text, limits: limits)?.status.code
}

@Suite struct HTTPRequestParserGoodRequests {
    @Test func simpleGet() throws {
        let request = try #require(requests(parse("GET /a/b?x=1&y HTTP/1.1\r\nHost: h\r\nX-A:  v \r\n\r\n")).first)
        #expect(request.method == .get)
        #expect(request.target == "/a/b?x=1&y")
        #expect(request.path == "/a/b")
        #expect(request.query == "x=1&y")
        #expect(request.version == .http1_1)
        #expect(request.headerFields[HTTPField.Name("X-A")!] == "v")
        #expect(request.body.isEmpty)
    }

    @Test func fieldNamesKeepTheirSpellingWhetherCommonOrNot() throws {
        let text =
            "GET / HTTP/1.1\r\nhost: h\r\nIf-None-Match: \"x\"\r\nACCEPT: */*\r\nX-Custom-Thing: 1\r\n\r\n"
        let request = try #require(requests(parse(text)).first)
        #expect(request.headerFields.map(\.name.rawName) == ["host", "If-None-Match", "ACCEPT", "X-Custom-Thing"])
        #expect(request.headerFields[.ifNoneMatch] == "\"x\"" && request.headerFields[.accept] == "*/*")
        #expect(request.headerFields[HTTPField.Name("x-custom-thing")!] == "1")
    }

    /// `headerValue` reads the received bytes; it must answer exactly as the built `HTTPFields` do.
    @Test func headerValueAgreesWithTheBuiltFields() throws {
        let text =
            "GET / HTTP/1.1\r\nHost: h\r\naccept: a/b\r\nACCEPT:  c/d \r\nCookie: a=1\r\ncookie: b=2\r\n"
            + "X-Empty:\r\nX-Latin: caf\u{E9}\r\nX-Long-Name-That-Is-Not-Common: v\r\n\r\n"
        var bytes = Array(text.utf8)
        bytes += Array("GET / HTTP/1.1\r\nHost: h\r\nX-Raw: ".utf8) + [0xFF] + Array("\r\n\r\n".utf8)  // not UTF-8
        var parser = HTTPRequestParser()
        parser.feed(bytes)
        var received: [HTTPServerRequest] = []
        while case .request(let request) = parser.next() { received.append(request) }
        try #require(received.count == 2)
        let names = [
            HTTPField.Name.accept, .cookie, .contentType, HTTPField.Name("X-Empty")!, HTTPField.Name("x-latin")!,
            HTTPField.Name("X-LONG-NAME-THAT-IS-NOT-COMMON")!, HTTPField.Name("Host")!, HTTPField.Name("X-Raw")!,
        ]
        for request in received {
            for name in names {
                #expect(request.headerValue(name) == request.headerFields.combined(name), "\(name)")
            }
        }
        #expect(received[0].headerValue(.accept) == "a/b, c/d")
        #expect(received[0].headerValue(.cookie) == "a=1; b=2")
        #expect(received[0].headerValue(HTTPField.Name("x-empty")!) == "")
        #expect(received[0].headerValue(.contentType) == nil)
        #expect(received[1].headerValue(HTTPField.Name("x-raw")!) == "\u{FFFD}")
        for name in names where name != HTTPField.Name("X-Raw")! {
            let values = ["a/b", "a/b, c/d", "c/d", "a=1; b=2", "", "caf\u{E9}", "v", "h", "V", "h "]
            for value in values {
                #expect(received[0].headerValue(name, isAnyOf: [value]) == (received[0].headerValue(name) == value))
            }
            let expected = received[0].headerValue(name).map(values.contains) ?? false
            #expect(received[0].headerValue(name, isAnyOf: values) == expected, "\(name)")
            #expect(received[0].headerValue(name, isAnyOf: values.reversed()) == expected, "\(name)")
            #expect(!received[0].headerValue(name, isAnyOf: []))
        }
        #expect(
            !received[1].headerValue(HTTPField.Name("x-raw")!, isAnyOf: ["\u{FFFD}"]), "bytes, not the repaired text")
        #expect(!received[1].headerValue(.accept, isAnyOf: [""]))
    }

    @Test func headerFieldsSetByHandStayAsSet() {
        var request = HTTPServerRequest(method: .get, target: "/", path: "/", headerFields: [.accept: "x/y"])
        #expect(request.headerValue(.accept) == "x/y")
        request.headerFields[.accept] = "z/w"
        #expect(request.headerValue(.accept) == "z/w")
    }

    @Test func contentLengthBody() throws {
        let request = try #require(
            requests(parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello")).first)
        #expect(request.body == Array("hello".utf8))
    }

    @Test func chunkedBodyWithExtensionsAndTrailers() throws {
        let text =
            "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value\r\nhello\r\n6;a;b=\"quoted;\\\"x\"\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n"
        let request = try #require(requests(parse(text)).first)
        #expect(request.body == Array("hello world".utf8))
    }

    @Test func byteAtATime() throws {
        let text =
            "\r\nPOST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "a\r\n0123456789\r\n0\r\n\r\nGET /next HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nok"
        let found = requests(parse(text, byteAtATime: true))
        #expect(found.count == 2)
        #expect(found.first?.body == Array("0123456789".utf8))
        #expect(found.last?.path == "/next")
        #expect(found.last?.body == Array("ok".utf8))
    }

    @Test func pipelinedRequestsInOneBuffer() {
        let found = requests(parse("GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(found.map(\.path) == ["/1", "/2"])
    }

    /// The parser reuses a request's field storage for the next one: a request still held must
    /// keep its own fields, whatever comes after it, and a small head after a large one is read
    /// as itself.
    @Test func eachRequestKeepsItsOwnFieldsWhenTheNextIsRead() {
        let large = (0..<40).map { "X-Field-\($0): \(String(repeating: "v", count: 100))\r\n" }.joined()
        let found = requests(
            parse(
                "GET /1 HTTP/1.1\r\nHost: one\r\nAccept: a/1\r\n\r\n"
                    + "GET /2 HTTP/1.1\r\nHost: two\r\n\(large)\r\n"
                    + "GET /3 HTTP/1.1\r\nHost: three\r\n\r\n"))
        #expect(found.map { $0.headerValue(HTTPField.Name("Host")!) } == ["one", "two", "three"])
        #expect(found.map { $0.headerValue(.accept) } == ["a/1", nil, nil])
        #expect(found.map { $0.headerFields.count } == [2, 41, 1])
        #expect(found[1].headerValue(HTTPField.Name("X-Field-39")!) == String(repeating: "v", count: 100))
    }

    @Test func leftoverBytesStayBuffered() {
        var parser = HTTPRequestParser()
        parser.feed(Array("GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HT".utf8))
        guard case .request = parser.next() else {
            Issue.record("expected a request")
            return
        }
        #expect(parser.phase == .head)
        guard case .needMoreData = parser.next() else {
            Issue.record("expected needMoreData")
            return
        }
        parser.feed(Array("TP/1.1\r\nHost: h\r\n\r\n".utf8))
        guard case .request(let second) = parser.next() else {
            Issue.record("expected the second request")
            return
        }
        #expect(second.path == "/2")
        #expect(parser.phase == .idle)
    }

    /// However the bytes arrive (in pieces of any size, the buffer filling, growing and moving
    /// what is left to its front), the same requests come out.
    @Test func piecesOfAnySizeGiveTheSameRequests() {
        var text = ""
        for index in 0..<400 {
            let body = String(repeating: "b", count: index % 7 == 0 ? index * 13 : 0)
            let padding = String(repeating: "p", count: index * 31 % 900)
            text +=
                "POST /r\(index) HTTP/1.1\r\nHost: h\r\nX-Pad: \(padding)\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
        }
        let bytes = Array(text.utf8)
        for pieceSizes in [[1, 7, 64], [100, 4_095, 4_097], [9_000, 65_536, 3], [bytes.count]] {
            var parser = HTTPRequestParser()
            var found: [HTTPServerRequest] = []
            var offset = 0
            var turn = 0
            while offset < bytes.count {
                let size = min(pieceSizes[turn % pieceSizes.count], bytes.count - offset)
                parser.feed(bytes[offset..<offset + size])
                offset += size
                turn += 1
                while case .request(let request) = parser.next() { found.append(request) }
            }
            #expect(found.map(\.path) == (0..<400).map { "/r\($0)" }, "pieces of \(pieceSizes)")
            #expect(found.map(\.body.count) == (0..<400).map { $0 % 7 == 0 ? $0 * 13 : 0 })
            #expect(
                found.map { $0.headerValue(HTTPField.Name("X-Pad")!)?.utf8.count } == (0..<400).map { $0 * 31 % 900 })
            #expect(parser.bufferedByteCount == 0 && parser.phase == .idle)
        }
    }

    @Test func bareLFLineEndingsInHeadAccepted() {
        #expect(requests(parse("GET / HTTP/1.1\nHost: h\n\n")).count == 1)
    }

    /// Found by the request-parser fuzzer: a delimiter followed by a combining mark is one
    /// Character, so splitting the target as a String missed the "?" and the "/".
    @Test func delimitersFollowedByCombiningMarksStillSplit() throws {
        let query = try #require(requests(parse("GET /a?\u{301}b HTTP/1.1\r\nHost: h\r\n\r\n")).first)
        #expect(query.path == "/a")
        #expect(query.query == "\u{301}b")
        let absolute = try #require(requests(parse("GET http://h/\u{301}x?q HTTP/1.1\r\nHost: h\r\n\r\n")).first)
        #expect(absolute.path == "/\u{301}x")
        #expect(absolute.query == "q")
        let origin = try #require(requests(parse("GET /\u{301} HTTP/1.1\r\nHost: h\r\n\r\n")).first)
        #expect(origin.path == "/\u{301}")
        let authorityOnly = try #require(requests(parse("GET https://h?\u{301} HTTP/1.1\r\nHost: h\r\n\r\n")).first)
        #expect(authorityOnly.path == "/" && authorityOnly.query == "\u{301}")
    }

    @Test func http10WithoutHost() throws {
        let request = try #require(requests(parse("GET / HTTP/1.0\r\n\r\n")).first)
        #expect(request.version == .http1_0)
    }

    @Test func absoluteForm() throws {
        let withPath = try #require(requests(parse("GET http://example.com/p?q HTTP/1.1\r\nHost: h\r\n\r\n")).first)
        #expect(withPath.path == "/p")
        #expect(withPath.query == "q")
        let bare = try #require(requests(parse("GET http://example.com HTTP/1.1\r\nHost: h\r\n\r\n")).first)
        #expect(bare.path == "/")
        #expect(bare.query == nil)
    }

    @Test func transferCodingIsCaseInsensitiveWithOptionalWhitespace() {
        let text = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: \t CHUNKED \t\r\n\r\n0\r\n\r\n"
        #expect(requests(parse(text)).count == 1)
    }

    @Test func asteriskFormForOptions() throws {
        let request = try #require(requests(parse("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n")).first)
        #expect(request.path == "*")
    }

    @Test func obsTextInValuesAndOddTargets() {
        let text = "GET /a%20b/[x]{y}|^`\"<>?a=@:/ HTTP/1.1\r\nHost: h\r\nX: caf\u{E9}\r\n\r\n"
        #expect(requests(parse(text)).count == 1)
    }

    @Test func expectContinueEventBeforeBody() {
        var parser = HTTPRequestParser()
        parser.feed(Array("PUT / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
        guard case .expectContinue = parser.next() else {
            Issue.record("expected expectContinue")
            return
        }
        parser.feed(Array("hi".utf8))
        guard case .request(let request) = parser.next() else {
            Issue.record("expected request")
            return
        }
        #expect(request.body == Array("hi".utf8))
    }

    @Test func phases() {
        var parser = HTTPRequestParser()
        #expect(parser.phase == .idle)
        parser.feed(Array("POST / HTTP/1.1\r\nHost: h\r\n".utf8))
        _ = parser.next()
        #expect(parser.phase == .head)
        parser.feed(Array("Content-Length: 3\r\n\r\nab".utf8))
        _ = parser.next()
        #expect(parser.phase == .body)
    }
}

@Suite struct HTTPRequestParserRejects {
    @Test(arguments: [
        ("GET  / HTTP/1.1\r\nHost: h\r\n\r\n", "double space"),
        ("GET / HTTP/1.1 \r\nHost: h\r\n\r\n", "trailing space"),
        ("GET /\tx HTTP/1.1\r\nHost: h\r\n\r\n", "tab in target"),
        ("G(T / HTTP/1.1\r\nHost: h\r\n\r\n", "method not a token"),
        ("GET / HTTP/1.1 HTTP/1.1\r\nHost: h\r\n\r\n", "two versions"),
        ("GET / http/1.1\r\nHost: h\r\n\r\n", "lower-case version"),
        ("GET /\r\nHost: h\r\n\r\n", "no version"),
        ("garbage\r\n\r\n", "garbage"),
        ("GET / HTTP/1.1\r\nHost: h\rX: y\r\n\r\n", "bare CR"),
        ("GET / HTTP/1.1\r\nHost : h\r\n\r\n", "space before colon"),
        ("GET / HTTP/1.1\r\nHost: h\r\nX\t: y\r\n\r\n", "tab before colon"),
        ("GET / HTTP/1.1\r\nHost: h\r\nX(y): z\r\n\r\n", "bad name character"),
        ("GET / HTTP/1.1\r\nHost: h\r\n: z\r\n\r\n", "empty name"),
        ("GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n", "no colon"),
        ("GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n", "obs-fold"),
        ("GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n\tb\r\n\r\n", "obs-fold tab"),
        ("GET / HTTP/1.1\r\nHost: h\r\nX: a\u{0}b\r\n\r\n", "NUL in value"),
        ("GET / HTTP/1.1\r\nHost: h\r\nX: a\u{1}b\r\n\r\n", "CTL in value"),
        ("GET / HTTP/1.1\r\nHost: h\r\nX: a\u{7F}\r\n\r\n", "DEL in value"),
        ("GET / HTTP/1.1\r\n\r\n", "missing Host"),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "two Hosts"),
        // Framing fields are recognised in any spelling: they are counted on the received bytes.
        ("GET / HTTP/1.1\r\nhost: a\r\nHOST: b\r\n\r\n", "two Hosts spelled differently"),
        ("GET / HTTP/1.1\r\nHOSTS: h\r\n\r\n", "no Host, only a longer name"),
        (
            "POST / HTTP/1.1\r\nHost: h\r\ncontent-LENGTH: 1\r\nTRANSFER-encoding: chunked\r\n\r\n",
            "CL and TE, odd case"
        ),
        ("POST / HTTP/1.1\r\nHost: h\r\nCONTENT-LENGTH: 1\r\ncontent-length: 1\r\n\r\nx", "duplicate CL, odd case"),
        ("GET * HTTP/1.1\r\nHost: h\r\n\r\n", "asterisk not OPTIONS"),
        ("GET example.com:80 HTTP/1.1\r\nHost: h\r\n\r\n", "authority-form not CONNECT"),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", "CL and TE"),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx", "duplicate equal CL"),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1, 1\r\n\r\nx", "CL list"),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +1\r\n\r\nx", "CL sign"),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1 0\r\n\r\nx", "CL inner space"),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0x10\r\n\r\nx", "CL hex"),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n", "CL overflow"),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: \r\n\r\n", "CL empty"),
        ("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "TE in HTTP/1.0"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", "chunked twice"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", "TE twice"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: \u{A0}chunked\r\n\r\n", "TE not token"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n", "0x size"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n 5\r\nhello\r\n0\r\n\r\n", "space size"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n", "sign size"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n", "missing CRLF"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n", "bare LF size"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\n0\r\n\r\n", "bare LF data"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;a=\"x\r\nhello\r\n0\r\n\r\n", "bad ext"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nBad Trailer: x\r\n\r\n", "bad trailer"),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: a\r\n b\r\n\r\n", "trailer fold"),
    ])
    func badRequest(text: String, reason: String) {
        #expect(status(text) == 400, "\(reason)")
    }

    @Test func badRequestDetails() {
        #expect(
            failure("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")?.detail
                == "both Content-Length and Transfer-Encoding")
        #expect(failure("GET  HTTP/1.1\r\nHost: h\r\n\r\n")?.detail == "empty request-target")
    }

    @Test(arguments: [
        "gzip, chunked", "identity, chunked", "gzip", "chunked, gzip", "xchunked", "deflate", "chunked;custom_param;",
        "chunked;a=b", "gzip ;, chunked;x",
    ])
    func unsupportedTransferCodingIs501(coding: String) {
        #expect(status("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: \(coding)\r\n\r\n") == 501)
    }

    @Test func versions() {
        #expect(status("GET / HTTP/2.0\r\nHost: h\r\n\r\n") == 505)
        #expect(status("GET / HTTP/1.2\r\nHost: h\r\n\r\n") == 505)
        #expect(status("GET / HTTP/0.9\r\nHost: h\r\n\r\n") == 505)
        #expect(status("GET / HTTP/1.10\r\nHost: h\r\n\r\n") == 400)
        for version in ["XTTP/1.1", "HXTP/1.1", "HTXP/1.1", "HTTX/1.1", "HTTP-1.1", "HTTP/x.1", "HTTP/1-1", "HTTP/1.x"]
        {
            #expect(status("GET / \(version)\r\nHost: h\r\n\r\n") == 400, "\(version)")
        }
    }

    @Test func connectIs501() {
        #expect(status("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\n") == 501)
    }

    @Test func unknownExpectationIs417() {
        #expect(status("PUT / HTTP/1.1\r\nHost: h\r\nExpect: magic\r\nContent-Length: 1\r\n\r\nx") == 417)
    }

    @Test func limits() {
        var limits = HTTPRequestParser.Limits()
        limits.maxRequestLineBytes = 32
        limits.maxHeaderBytes = 128
        limits.maxHeaderCount = 3
        limits.maxBodyBytes = 10
        #expect(status("GET /\(String(repeating: "a", count: 40)) HTTP/1.1\r\n", limits: limits) == 414)
        // An unterminated long request line is refused before its end arrives.
        #expect(status("GET /\(String(repeating: "a", count: 40))", limits: limits) == 414)
        #expect(status("GET / HTTP/1.1\r\nHost: h\r\nX: \(String(repeating: "v", count: 130))", limits: limits) == 431)
        #expect(status("GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: limits) == 431)
        #expect(status("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", limits: limits) == 413)
        let chunked = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(status(chunked + "6\r\n123456\r\n6\r\n123456\r\n0\r\n\r\n", limits: limits) == 413)
        #expect(status(chunked + "ffffffffffffffffffffffff\r\n", limits: limits) == 413)
    }

    @Test func failureIsSticky() {
        var parser = HTTPRequestParser()
        parser.feed(Array("BAD\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n".utf8))
        guard case .failure = parser.next(), case .failure = parser.next() else {
            Issue.record("expected repeated failure")
            return
        }
    }
}

@Suite struct HTTPSyntaxTests {
    /// The token masks against tchar as RFC 9110 5.6.2 lists it, for every byte.
    @Test func tokenBytesAreExactlyTchar() {
        let tchar = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        for byte in UInt8.min...UInt8.max {
            #expect(HTTPSyntax.isTokenByte(byte) == tchar.contains(byte), "byte \(byte)")
        }
    }
}
