import AccordHTTP
import Foundation
import HTTPTypes
import Testing

@Suite struct ReadAPITests {
    let fixture: Fixture

    init() throws { fixture = try Fixture() }

    private func json(_ response: HTTPServerResponse) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test func listsAgreementsWithTheListShape() async throws {
        let response = await fixture.get("/agreements")
        #expect(response.status == .ok)
        #expect(response.allHeaderFields[.contentType] == "application/json")
        let body = try json(response)
        let data = try #require(body["data"] as? [[String: Any]])
        #expect(body["total"] as? Int == data.count)
        #expect(body["limit"] as? Int == 50)
        #expect(body["offset"] as? Int == 0)
        #expect(body.keys.contains("next") && body["next"] is NSNull)
        let parties = Set(data.compactMap { $0["parties"] as? [String] })
        #expect(parties.contains(["CA", "KR"]))
        #expect(parties.contains(["AU", "ID"]))
        #expect(response.allHeaderFields[HTTPField.Name("X-Total-Count")!] == String(data.count))
    }

    @Test func filtersCommitmentsByPartyAndShowsEvidence() async throws {
        let body = try json(await fixture.get("/commitments?party=KR"))
        let data = try #require(body["data"] as? [[String: Any]])
        #expect(!data.isEmpty)
        for commitment in data {
            #expect((commitment["parties"] as? [String])?.contains("KR") == true)
            let evidence = try #require(commitment["evidence"] as? [String: Int])
            #expect(evidence["start"]! < evidence["end"]!)
        }
    }

    @Test func agreementDetailCarriesItsCommitments() async throws {
        let list = try json(await fixture.get("/agreements?party=ID"))
        let first = try #require((list["data"] as? [[String: Any]])?.first)
        let id = try #require(first["id"] as? String)
        let detail = try json(await fixture.get("/agreements/\(id)"))
        let commitments = try #require(detail["commitments"] as? [[String: Any]])
        #expect(commitments.count == first["commitmentCount"] as? Int)
        #expect(commitments.allSatisfy { $0["agreementId"] as? String == id })
        #expect(await fixture.get("/agreements/nope").status == .notFound)
    }

    @Test func articlesListOmitsTextAndDetailHasIt() async throws {
        let list = try json(await fixture.get("/articles"))
        let data = try #require(list["data"] as? [[String: Any]])
        #expect(data.count == 2)
        #expect(data.allSatisfy { $0["text"] == nil && $0["contentHash"] != nil })
        let detail = try json(await fixture.get("/articles/en-kr-ca"))
        #expect((detail["text"] as? String)?.contains("lithium") == true)
        #expect(detail["publisher"] as? String == "Test Wire")
        #expect(detail["published"] as? String == "2025-09-15")
        #expect(detail["url"] is NSNull)
    }

    @Test func etagAnswers304AndChangesOnlyWithTheData() async throws {
        let first = await fixture.get("/agreements")
        let etag = try #require(first.allHeaderFields[.eTag])
        #expect(etag.hasPrefix("\"") && !etag.hasPrefix("W/"))
        #expect(first.allHeaderFields[.cacheControl] == "no-cache")
        var headers = HTTPFields()
        headers[.ifNoneMatch] = etag
        let second = await fixture.get("/agreements", headers: headers)
        #expect(second.status == .notModified)
        #expect(second.body.isEmpty)
        headers[.ifNoneMatch] = "\"other\""
        #expect(await fixture.get("/agreements", headers: headers).status == .ok)
    }

    @Test func cachedAnswersAreGivenImmediatelyUntilTheStoreChanges() async throws {
        let request = Fixture.request(.get, "/commitments?party=JP")
        #expect(fixture.application.respondImmediately(request) == nil)  // never built yet
        let built = await fixture.application.handle(request)
        let immediate = try #require(fixture.application.respondImmediately(request))
        #expect(immediate.body == built.body)
        #expect(immediate.allHeaderFields[.eTag] == built.allHeaderFields[.eTag])
        #expect(immediate.allHeaderFields[.accessControlAllowOrigin] == "*")
        for answer in [built, immediate] {  // the representation carries CORS: nothing adds it twice
            #expect(answer.allHeaderFields.filter { $0.name == .accessControlAllowOrigin }.count == 1)
            #expect(answer.allHeaderFields.filter { $0.name == .accessControlExposeHeaders }.count == 1)
        }
        var revalidation = request
        revalidation.headerFields[.ifNoneMatch] = built.allHeaderFields[.eTag]
        #expect(fixture.application.respondImmediately(revalidation)?.status == .notModified)
        var picky = request
        picky.headerFields[.accept] = "text/csv"  // the full path answers 406
        #expect(fixture.application.respondImmediately(picky) == nil)
        #expect(fixture.application.respondImmediately(Fixture.request(.get, "/commitments?party=US")) == nil)
        let posted = await fixture.post("/articles", body: WriteAPITests.article, contentType: "text/plain")
        #expect(posted.status == .created)
        #expect(fixture.application.respondImmediately(request) == nil)  // a new version: built again
    }

    @Test func gzipIsServedWhenAcceptedAndDecompressesToTheSameJSON() async throws {
        let plain = await fixture.get("/agreements")
        #expect(plain.body.count > 1024)
        var headers = HTTPFields()
        headers[.acceptEncoding] = "gzip, deflate"
        let compressed = await fixture.get("/agreements", headers: headers)
        #expect(compressed.allHeaderFields[.contentEncoding] == "gzip")
        #expect(compressed.allHeaderFields[.vary] == "Accept-Encoding")
        #expect(compressed.allHeaderFields[.eTag] != plain.allHeaderFields[.eTag])
        #expect(Gzip.decompress(compressed.body) == plain.body)
    }

    @Test func paginationLinksAndHeaders() async throws {
        let response = await fixture.get("/commitments?limit=1&party=KR")
        let body = try json(response)
        #expect(body["next"] as? String == "/commitments?party=KR&limit=1&offset=1&version=1")
        let link = try #require(response.allHeaderFields[HTTPField.Name("Link")!])
        #expect(link.contains("</commitments?party=KR&limit=1&offset=1&version=1>; rel=\"next\""))
        #expect(link.contains("rel=\"first\"") && link.contains("rel=\"last\""))
    }

    @Test(arguments: [
        ("/agreements?partee=JP", "partee"), ("/agreements?limit=0", "limit"), ("/agreements?limit=5000", "limit"),
        ("/agreements?topic=cheese", "topic"), ("/agreements?from=2025-13-01", "from"),
        ("/commitments?party=Japan", "party"), ("/commitments?party=XX", "party"), ("/commitments?sort=size", "sort"),
        ("/articles?facets=party", "facets"), ("/agreements?q=a&q=b", "q"),
        ("/commitments?fields=id,secret", "fields"),
        ("/agreements?limit=1&limit=2", "limit"),
    ])
    func badParametersAnswer400NamingTheParameter(target: String, parameter: String) async throws {
        let response = await fixture.get(target)
        #expect(response.status == .badRequest)
        #expect(response.allHeaderFields[.contentType] == "application/problem+json")
        let problem = try json(response)
        #expect(problem["status"] as? Int == 400)
        #expect((problem["detail"] as? String)?.contains("'\(parameter)'") == true)
    }

    @Test func unknownPathsAndMethods() async throws {
        let missing = await fixture.get("/nothing-here")
        #expect(missing.status == .notFound)
        #expect(missing.allHeaderFields[.contentType] == "application/problem+json")
        let wrong = await fixture.get("/agreements", method: .delete)
        #expect(wrong.status == .methodNotAllowed)
        #expect(wrong.allHeaderFields[.allow]?.contains("GET") == true)
    }

    @Test func searchIsCaseAndAccentInsensitiveAndNeedsEveryWord() async throws {
        let lithium = try json(await fixture.get("/commitments?q=LITHIUM"))
        let texts = try #require(lithium["data"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(!texts.isEmpty && texts.allSatisfy { $0.lowercased().contains("lithium") })
        let both = try json(await fixture.get("/agreements?q=lithium%20pantai"))
        #expect(both["total"] as? Int == 0, "no one agreement has both words")
        #expect(try json(await fixture.get("/agreements?q=%3F%21"))["total"] as? Int == 0, "no words, no hits")
        let accent = try json(await fixture.get("/agreements?q=p%C3%80NTAI"))
        #expect((accent["data"] as? [[String: Any]])?.first?["parties"] as? [String] == ["AU", "ID"])
    }

    @Test func quotedPhrasesMustAppearInOrder() async throws {
        let phrase = try json(await fixture.get("/commitments?q=%22battery%20plants%22"))
        #expect(phrase["total"] as? Int == 1)
        let reversed = try json(await fixture.get("/commitments?q=%22plants%20battery%22"))
        #expect(reversed["total"] as? Int == 0)
    }

    @Test func facetsCountTheWholeFilteredSet() async throws {
        let body = try json(await fixture.get("/commitments?limit=1&facets=party,category"))
        let facets = try #require(body["facets"] as? [String: [String: Int]])
        let total = try #require(body["total"] as? Int)
        #expect((facets["category"] ?? [:]).values.reduce(0, +) == total)
        #expect((facets["party"]?["KR"] ?? 0) >= 1)
        #expect(try json(await fixture.get("/commitments"))["facets"] == nil, "only when asked")
    }

    @Test func fieldsKeepOnlyTheNamedFields() async throws {
        let body = try json(await fixture.get("/agreements?fields=id,parties"))
        let items = try #require(body["data"] as? [[String: Any]])
        #expect(!items.isEmpty && items.allSatisfy { Set($0.keys) == ["id", "parties"] })
        #expect(body["total"] as? Int == items.count)
    }

    @Test func ifNoneMatchListsAndStarAndIfModifiedSince() async throws {
        let first = await fixture.get("/commitments")
        let etag = try #require(first.allHeaderFields[.eTag])
        let modified = try #require(first.allHeaderFields[.lastModified])
        var headers = HTTPFields()
        headers[.ifNoneMatch] = "\"nope\", \(etag)"
        #expect(await fixture.get("/commitments", headers: headers).status == .notModified)
        headers[.ifNoneMatch] = "*"
        #expect(await fixture.get("/commitments", headers: headers).status == .notModified)
        headers = HTTPFields()
        headers[.ifModifiedSince] = modified
        #expect(await fixture.get("/commitments", headers: headers).status == .notModified)
        headers[.ifModifiedSince] = "Sun, 06 Nov 1994 08:49:37 GMT"
        #expect(await fixture.get("/commitments", headers: headers).status == .ok)
        headers[.ifNoneMatch] = "\"nope\""
        headers[.ifModifiedSince] = modified
        #expect(await fixture.get("/commitments", headers: headers).status == .ok, "If-None-Match decides")
    }

    @Test func dateRangesSortAndRecordFilters() async throws {
        func ids(_ target: String) async throws -> [String] {
            try #require(json(await fixture.get(target))["data"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        }
        let all = try await ids("/agreements?sort=date")
        #expect(all.count == 2)
        #expect(try await ids("/agreements?from=2025-10") == [all[1]], "only the November agreement")
        #expect(try await ids("/agreements?to=2025-10-31") == [all[0]])
        #expect(try await ids("/agreements?sort=-date") == all.reversed())
        #expect(try await ids("/agreements?article=en-kr-ca").count == 1)
        let agreement = try #require(try await ids("/agreements?party=KR").first)
        let commitments = try #require(
            json(await fixture.get("/commitments?agreement=\(agreement)"))["data"] as? [[String: Any]])
        #expect(!commitments.isEmpty && commitments.allSatisfy { $0["agreementId"] as? String == agreement })
        let due = try #require(
            json(await fixture.get("/commitments?dueAfter=2026&sort=due"))["data"] as? [[String: Any]])
        let dues = due.compactMap { $0["due"] as? String }
        #expect(!due.isEmpty && dues.count == due.count && dues == dues.sorted() && dues.allSatisfy { $0 >= "2026" })
    }

    @Test func articlesFilterByTheirAgreementsAndPublishedDate() async throws {
        func ids(_ target: String) async throws -> [String] {
            try #require(json(await fixture.get(target))["data"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        }
        #expect(try await ids("/articles?party=KR,CA") == ["en-kr-ca"])
        #expect(try await ids("/articles?from=2025-11") == ["id-id-au"])
        #expect(try await ids("/articles?sort=-date") == ["id-id-au", "en-kr-ca"])
        #expect(try await ids("/articles?party=JP").isEmpty)
    }

    @Test func theDashboardIgnoresQueryParameters() async throws {
        let response = await fixture.get("/?utm_source=mail")
        #expect(response.status == .ok)
        #expect(response.allHeaderFields[.contentType] == "text/html; charset=utf-8")
    }

    @Test func headAnswersLikeGet() async throws {
        let head = await fixture.get("/agreements", method: .head)
        let get = await fixture.get("/agreements")
        #expect(head.status == .ok)
        #expect(head.allHeaderFields[.eTag] == get.allHeaderFields[.eTag])
    }

    @Test func corsHeadersAndPreflight() async throws {
        let response = await fixture.get("/agreements")
        #expect(response.allHeaderFields[.accessControlAllowOrigin] == "*")
        #expect(response.allHeaderFields[.accessControlExposeHeaders]?.contains("X-Total-Count") == true)
        let preflight = await fixture.get("/articles", method: .options)
        #expect(preflight.status == .noContent)
        #expect(preflight.allHeaderFields[.accessControlAllowMethods]?.contains("POST") == true)
    }

    @Test func facetsHealthAndOpenAPI() async throws {
        let parties = try json(await fixture.get("/parties"))
        let rows = try #require(parties["data"] as? [[String: Any]])
        #expect(rows.contains { $0["party"] as? String == "KR" && ($0["agreements"] as? Int ?? 0) >= 1 })
        #expect(await fixture.get("/healthz").status == .ok)
        #expect(await fixture.get("/readyz").status == .ok)
        let openapi = try json(await fixture.get("/openapi.json"))
        #expect(openapi["openapi"] as? String == "3.1.0")
        let paths = try #require(openapi["paths"] as? [String: Any])
        for path in ["/agreements", "/agreements/{id}", "/commitments", "/articles", "/ingest"] {
            #expect(paths[path] != nil, "\(path) is described")
        }
        let metrics = await fixture.get("/metrics")
        #expect(String(decoding: metrics.body, as: UTF8.self).contains("accord_http_requests_total"))
    }
}
