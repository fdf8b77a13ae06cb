import HTTPTypes
import Testing

@testable import AccordHTTP

@Suite struct GzipTests {
    @Test func roundTrip() throws {
        let input = Array(String(repeating: "hello gzip ", count: 1000).utf8)
        let compressed = try #require(Gzip.compress(input))
        #expect(compressed.starts(with: [0x1F, 0x8B]))
        #expect(compressed.count < input.count)
        #expect(Gzip.decompress(compressed) == input)
        #expect(Gzip.decompress(try #require(Gzip.compress([]))) == [])
    }

    @Test func decompressRejectsGarbageTruncationAndBombs() throws {
        #expect(Gzip.decompress(Array("not gzip".utf8)) == nil)
        let compressed = try #require(Gzip.compress([UInt8](repeating: 0, count: 100_000)))
        #expect(Gzip.decompress(Array(compressed.dropLast(10))) == nil)
        #expect(Gzip.decompress(compressed, limit: 1000) == nil)
    }

    @Test func acceptEncoding() {
        #expect(Gzip.acceptsGzip("gzip"))
        #expect(Gzip.acceptsGzip("deflate, gzip;q=0.5"))
        #expect(Gzip.acceptsGzip("GZIP"))
        #expect(Gzip.acceptsGzip("*"))
        #expect(Gzip.acceptsGzip("x-gzip"))
        #expect(Gzip.acceptsGzip("gzip, deflate, br, zstd"))
        #expect(Gzip.acceptsGzip(" br ,\tGZip ; Q=0.5 ; level=1"))
        #expect(Gzip.acceptsGzip("identity;q=0, *;q=0.1"))
        #expect(!Gzip.acceptsGzip(nil))
        #expect(!Gzip.acceptsGzip(""))
        #expect(!Gzip.acceptsGzip("identity"))
        #expect(!Gzip.acceptsGzip("gzip;q=0"))
        #expect(!Gzip.acceptsGzip("gzip; q=0.000"))
        #expect(!Gzip.acceptsGzip("*;q=0"))
        #expect(!Gzip.acceptsGzip("gzip;q=0, *"))
        #expect(!Gzip.acceptsGzip("br, deflate"))
        #expect(!Gzip.acceptsGzip("gzipx, xgzip, gzip;q=zero"))
    }
}

@Suite struct ResponseEncodingTests {
    @Test func compressibleTypes() {
        for type in ["text/html", "application/json", "application/problem+json", "image/svg+xml", "TEXT/CSS; x=y"] {
            #expect(ResponseCompression.isCompressible(contentType: type), "\(type)")
        }
        for type in ["image/png", "application/octet-stream", "application/jsonx"] {
            #expect(!ResponseCompression.isCompressible(contentType: type), "\(type)")
        }
    }

    @Test func varyMerging() {
        var fields = HTTPFields()
        ResponseCompression.addVaryAcceptEncoding(to: &fields)
        #expect(fields[.vary] == "Accept-Encoding")
        ResponseCompression.addVaryAcceptEncoding(to: &fields)
        #expect(fields[.vary] == "Accept-Encoding")
        var star = HTTPFields()
        star[.vary] = "*"
        ResponseCompression.addVaryAcceptEncoding(to: &star)
        #expect(star[.vary] == "*")
    }

    @Test func encoderFraming() {
        var fields = HTTPFields()
        fields[.contentLength] = "999"
        fields[.transferEncoding] = "chunked"
        let response = HTTPServerResponse(status: .ok, headerFields: fields, body: Array("abc".utf8))
        let text = String(
            decoding: HTTPResponseEncoder.encode(response, isHead: false, connection: .close, date: "D"),
            as: UTF8.self)
        #expect(text == "HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
    }

    @Test func encodedFieldsAreWrittenAsTheyAreAfterTheOthers() {
        var prepared = HTTPFields()
        prepared[.contentType] = "application/json"
        prepared[.eTag] = "\"abc\""
        prepared[.contentLength] = "999"  // framing: dropped when encoding
        prepared[.connection] = "close"
        let encoded = EncodedFields(prepared)
        #expect(encoded.fields.count == 2)
        var response = HTTPServerResponse(status: .ok, body: Array("{}".utf8), encodedFields: encoded)
        response.headerFields[.xRequestID] = "r1"
        let text = String(
            decoding: HTTPResponseEncoder.encode(response, isHead: false, connection: .none, date: "D"),
            as: UTF8.self)
        #expect(
            text
                == "HTTP/1.1 200 OK\r\nX-Request-ID: r1\r\nContent-Type: application/json\r\nETag: \"abc\"\r\nDate: D\r\nContent-Length: 2\r\n\r\n{}"
        )
        #expect(response.allHeaderFields[.eTag] == "\"abc\"" && response.allHeaderFields[.xRequestID] == "r1")

        // Their own Date replaces the server's.
        var dated = HTTPFields()
        dated[.date] = "Mon, 01 Jan 2024 00:00:00 GMT"
        let withDate = HTTPServerResponse(status: .noContent, encodedFields: EncodedFields(dated))
        let head = String(
            decoding: HTTPResponseEncoder.encode(withDate, isHead: false, connection: .none, date: "D"), as: UTF8.self)
        #expect(head == "HTTP/1.1 204 No Content\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\n\r\n")
    }

    @Test func aResponseThatChoseItsCodingIsNotCompressed() {
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        let body = Array(String(repeating: "{\"a\":1}", count: 400).utf8)
        var compressed = HTTPServerResponse(status: .ok, headerFields: fields, body: body)
        ResponseCompression.apply(to: &compressed, acceptEncoding: "gzip", minimumBytes: 1024)
        #expect(
            compressed.headerFields[.contentEncoding] == "gzip" && compressed.headerFields[.vary] == "Accept-Encoding")
        #expect(Gzip.decompress(compressed.body, limit: 1 << 20) == body)

        var untouched = HTTPServerResponse(status: .ok, headerFields: fields, body: body, mayCompress: false)
        ResponseCompression.apply(to: &untouched, acceptEncoding: "gzip", minimumBytes: 1024)
        #expect(untouched.body == body && untouched.headerFields == fields)
    }

    @Test func combinedJoinsRepeatedFieldsLikeTheSubscript() {
        var fields = HTTPFields()
        fields.append(HTTPField(name: .accept, value: "text/html"))
        fields.append(HTTPField(name: .acceptEncoding, value: "gzip"))
        fields.append(HTTPField(name: .accept, value: "application/json"))
        fields.append(HTTPField(name: .cookie, value: "a=1"))
        fields.append(HTTPField(name: .cookie, value: "b=2"))
        for name in [HTTPField.Name.accept, .acceptEncoding, .cookie, .origin] {
            #expect(fields.combined(name) == fields[name], "\(name)")
        }
        #expect(fields.combined(.accept) == "text/html, application/json")
        #expect(fields.combined(.origin) == nil)
    }

    @Test func encoderStatusLinesAndLengths() {
        func head(_ status: HTTPResponse.Status, _ size: Int) -> String {
            let response = HTTPServerResponse(status: status, body: [UInt8](repeating: 65, count: size))
            let text = String(
                decoding: HTTPResponseEncoder.encode(response, isHead: true, connection: .none, date: "D"),
                as: UTF8.self)
            return text
        }
        #expect(head(.notFound, 0) == "HTTP/1.1 404 Not Found\r\nDate: D\r\nContent-Length: 0\r\n\r\n")
        #expect(head(.ok, 10).contains("Content-Length: 10\r\n"))
        #expect(head(.ok, 120_345).contains("Content-Length: 120345\r\n"))
        // A phrase of the handler's own is kept, common code or not.
        #expect(head(HTTPResponse.Status(code: 200, reasonPhrase: "Fine"), 1).hasPrefix("HTTP/1.1 200 Fine\r\n"))
        #expect(head(HTTPResponse.Status(code: 299, reasonPhrase: "Odd"), 1).hasPrefix("HTTP/1.1 299 Odd\r\n"))
        // Every status line, constant or not, says the status's own code and phrase.
        for code in 200...599 {
            let status = HTTPResponse.Status(code: code)
            #expect(head(status, 0).hasPrefix("HTTP/1.1 \(code) \(status.reasonPhrase)\r\n"), "\(code)")
        }
        #expect(head(.ok, 0).contains("Content-Length: 0\r\n") && head(.ok, 9).contains("Content-Length: 9\r\n"))
        // Appending to a buffer that already holds a response leaves that one alone.
        var buffer = OutputBuffer()
        buffer.write("previous")
        let added = HTTPResponseEncoder.encode(
            HTTPServerResponse(status: .noContent), isHead: false, connection: .close, date: "D", into: &buffer)
        #expect(
            String(decoding: buffer.unsent, as: UTF8.self)
                == "previousHTTP/1.1 204 No Content\r\nDate: D\r\nConnection: close\r\n\r\n")
        #expect(added == buffer.count - 8)
    }

    @Test func imfFixdate() {
        #expect(HTTPDate.format(epochSeconds: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(epochSeconds: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.format(epochSeconds: 951_782_400) == "Tue, 29 Feb 2000 00:00:00 GMT")
    }

    @Test func problemJSONEscapes() {
        #expect(ProblemDocument.jsonString("a\"b\\c\u{1}") == #""a\"b\\c\u0001""#)
    }
}

@Suite struct HTTPDateParsingTests {
    @Test(arguments: ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"])
    func acceptsTheThreeFormsOfRFC9110(_ text: String) {
        #expect(HTTPDate.parse(text) == 784_111_777)
    }

    @Test func roundTripsAndRefusesNonsense() {
        #expect(HTTPDate.parse(HTTPDate.format(epochSeconds: 1_795_788_168)) == 1_795_788_168)
        #expect(HTTPDate.parse("yesterday") == nil)
        #expect(HTTPDate.parse("Sun, 36 Nov 1994 08:49:37 GMT") == nil)
    }
}
