import Foundation
import HTTPTypes
import Logging
import Testing

@testable import AccordHTTP

/// Every answer carries an `X-Request-ID`: the request's own when it is sane, else one the
/// server makes; the handler sees the same id as `request.id`.
@Suite(.serialized) struct RequestIDTests {
    /// Answers with the id it was handed, so that a test can compare it with the header.
    static let idEcho: HTTPHandler = { request in
        HTTPServerResponse(status: .ok, body: Array(request.id.description.utf8))
    }

    @Test func madeIdsArePrefixedHexNumbers() {
        #expect(HTTPRequestID.made(prefix: 0x0bad_cafe, number: 0x2a) == "0badcafe-0000002a")
        #expect(HTTPRequestID.made(prefix: 0x0bad_cafe, number: 0x1_2345_6789) == "0badcafe-123456789")
        let first = HTTPRequestID(given: nil).description
        let second = HTTPRequestID(given: nil).description
        #expect(first.count == 17 && first.prefix(9) == second.prefix(9), "one random prefix per process")
        let (a, b) = (UInt64(first.suffix(8), radix: 16), UInt64(second.suffix(8), radix: 16))
        #expect(a != nil && b != nil && b! > a!)
    }

    @Test func aSaneIdIsKeptAndAnythingElseReplaced() {
        #expect(HTTPRequestID(given: "proxy-7f3a.42:9_x").description == "proxy-7f3a.42:9_x")
        for bad in ["", "bad id <x>", "a, b", "é", String(repeating: "a", count: 129), "line\r\nbreak"] {
            #expect(HTTPRequestID(given: bad).description != bad, "\(bad)")
        }
        var fields = HTTPFields()
        fields[.xRequestID] = "given-1"
        #expect(
            HTTPServerRequest(method: .get, target: "/", path: "/", headerFields: fields).id.description == "given-1")
    }

    @Test func everyAnswerCarriesTheIdTheHandlerSaw() async throws {
        try await withServer(handler: Self.idEcho) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/a"))
            let first = try #require(client.readResponse())
            client.send(get("/b"))
            let second = try #require(client.readResponse())
            let a = try #require(first.header("X-Request-ID"))
            let b = try #require(second.header("X-Request-ID"))
            #expect(first.bodyText == a && second.bodyText == b)
            #expect(a != b && a.count == 17)
            client.send(get("/c", "X-Request-ID: proxy-7f3a.42\r\n"))
            let given = try #require(client.readResponse())
            #expect(given.header("X-Request-ID") == "proxy-7f3a.42" && given.bodyText == "proxy-7f3a.42")
            client.send(get("/d", "X-Request-ID: bad id <x>\r\n"))
            let replaced = try #require(client.readResponse())
            #expect(replaced.header("X-Request-ID").map { $0 != "bad id <x>" && $0.count == 17 } == true)
        }
    }

    @Test func cachedAnswersAndRefusedRequestsCarryOneToo() async throws {
        let cached = EncodedFields(HTTPFields([HTTPField(name: .contentType, value: "text/plain")]))
        try await withServer(immediateHandler: { _ in
            HTTPServerResponse(status: .ok, body: Array("hit".utf8), encodedFields: cached, mayCompress: false)
        }) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/", "X-Request-ID: r-1\r\n"))
            let hit = try #require(client.readResponse())
            #expect(hit.bodyText == "hit" && hit.header("X-Request-ID") == "r-1")
            let refused = try TestClient(port: port)
            refused.send("GET / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            let problem = try #require(refused.readResponse())
            #expect(problem.status == 400 && problem.header("X-Request-ID")?.count == 17)
        }
    }

    @Test func aHandlersOwnIdIsSentInstead() async throws {
        try await withServer(handler: { _ in
            var fields = HTTPFields()
            fields[.xRequestID] = "from-handler"
            return HTTPServerResponse(status: .ok, headerFields: fields)
        }) { _, port in
            let client = try TestClient(port: port)
            client.send(get("/"))
            let response = try #require(client.readResponse())
            #expect(response.header("X-Request-ID") == "from-handler")
            #expect(response.headers.filter { $0.0.lowercased() == "x-request-id" }.count == 1)
        }
    }
}
