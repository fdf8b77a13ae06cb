import AccordHTTP
import AccordIngest
import AccordMerge
import AccordModel
import AccordStore
import HTTPTypes

/// The read side: lists and single records, each a pure function of one snapshot.
extension Application {
    func listAgreements(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        let parameters = try context.query()
        let context = try pinned(context, parameters)
        let query = try ListParameters.agreements(parameters)
        let fields = try ListParameters.fields(parameters, allowed: ListParameters.agreementFields)
        return try list(context, parameters: parameters, fields: fields) {
            context.snapshot.agreements(matching: query)
        }
    }

    func listCommitments(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        let parameters = try context.query()
        let context = try pinned(context, parameters)
        let query = try ListParameters.commitments(parameters, dueSoonDays: configuration.dueSoonDays)
        let fields = try ListParameters.fields(parameters, allowed: ListParameters.commitmentFields)
        return try list(context, parameters: parameters, fields: fields) {
            let page = context.snapshot.commitments(matching: query)
            var views = Page(
                items: page.items.map { CommitmentView($0, as: query) }, total: page.total, limit: page.limit,
                offset: page.offset)
            views.facets = page.facets
            return views
        }
    }

    func listArticles(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        let parameters = try context.query()
        let context = try pinned(context, parameters)
        let query = try ListParameters.articles(parameters)
        let fields = try ListParameters.fields(parameters, allowed: ListParameters.articleFields)
        return try list(context, parameters: parameters, fields: fields) {
            let page = context.snapshot.articles(matching: query)
            var summaries = Page(
                items: page.items.map(ArticleSummary.init), total: page.total, limit: page.limit, offset: page.offset)
            summaries.facets = page.facets
            return summaries
        }
    }

    /// One agreement with its commitments; `?explain=merge` says which reports it joins and
    /// why. An id merged into another agreement answers 301 to it.
    func agreement(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        let parameters = try context.query()
        try parameters.requireKnown(["explain", "asOf"])
        let id = context.pathParameter("id")
        guard let agreement = context.snapshot.agreement(id: id) else {
            return try moved(context, "agreement", id, to: { "/agreements/\($0)" })
        }
        if let explain = try parameters.single("explain") {
            guard explain == "merge" else {
                throw .badRequest("query parameter 'explain' takes 'merge', not '\(explain)'")
            }
            guard let merged = ingestor.merged(id) else { throw .notFound("no merge record for agreement '\(id)'") }
            return try json(context) { MergeExplanation(merged: merged) }
        }
        var query = CommitmentQuery()
        query.dueSoonDays = configuration.dueSoonDays
        query.today = try ListParameters.asOf(parameters) ?? query.today
        return try json(context) {
            AgreementDetail(
                agreement: agreement,
                commitments: context.snapshot.commitments(ofAgreement: id).map { CommitmentView($0, as: query) })
        }
    }

    /// The reports of one agreement in order of publication, with what each added.
    func agreementTimeline(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        try context.query().requireKnown([])
        let id = context.pathParameter("id")
        guard context.snapshot.agreement(id: id) != nil, let merged = ingestor.merged(id) else {
            return try moved(context, "agreement", id, to: { "/agreements/\($0)/timeline" })
        }
        return try json(context) { Timeline(agreement: id, entries: merged.timeline) }
    }

    /// One commitment; an id merged into another commitment answers 301 to it.
    func commitment(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        let parameters = try context.query()
        try parameters.requireKnown(["asOf"])
        let id = context.pathParameter("id")
        guard let commitment = context.snapshot.commitment(id: id) else {
            return try moved(context, "commitment", id, to: { "/commitments/\($0)" })
        }
        var query = CommitmentQuery()
        query.dueSoonDays = configuration.dueSoonDays
        query.today = try ListParameters.asOf(parameters) ?? query.today
        return try json(context) { CommitmentView(commitment, as: query) }
    }

    /// 301 to where a merged-away record lives now, keeping the query; else 404.
    private func moved(
        _ context: RequestContext, _ kind: String, _ id: String, to path: (String) -> String
    ) throws(Problem) -> HTTPServerResponse {
        try AcceptHeader.require("application/json", for: context.request)
        guard let target = ingestor.redirect(id) else { throw .notFound("no \(kind) with id '\(id)'") }
        var fields = HTTPFields()
        fields[.location] = path(target) + (context.request.query.map { "?" + $0 } ?? "")
        fields[.cacheControl] = "no-cache"
        var json = JSONWriter(capacity: 128)
        json.object { $0.member("movedTo", target) }
        fields[.contentType] = "application/json"
        return HTTPServerResponse(status: .movedPermanently, headerFields: fields, body: json.bytes)
    }

    func article(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        try context.query().requireKnown([])
        let id = context.pathParameter("id")
        guard let article = context.snapshot.article(id: id) else { throw .notFound("no article with id '\(id)'") }
        return try json(context) { article }
    }

    /// `{"data": [{"party": "JP", "name": "Japan", "agreements": 1, "commitments": 9}]}`
    func parties(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        try context.query().requireKnown([])
        let names = ingestor.countryNames
        return try json(context) {
            FacetList(
                data: context.snapshot.partyFacets.map {
                    FacetRow(
                        key: "party", value: $0.party, name: names[$0.party], agreements: $0.agreements,
                        commitments: $0.commitments)
                })
        }
    }

    /// `{"data": [{"topic": "trade", "agreements": 1, "commitments": 3}]}`
    func topics(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        try context.query().requireKnown([])
        return try json(context) {
            FacetList(
                data: context.snapshot.topicFacets.map {
                    FacetRow(key: "topic", value: $0.topic, agreements: $0.agreements, commitments: $0.commitments)
                })
        }
    }

    /// The watched feeds and pages with their state. Their state moves without the store's
    /// version, so this answer is built each time, with an ETag from its bytes.
    func sources(_ context: RequestContext) throws(Problem) -> HTTPServerResponse {
        try context.query().requireKnown([])
        try AcceptHeader.require("application/json", for: context.request)
        let statuses = sourceWatcher?.statuses ?? []
        var json = JSONWriter(capacity: 512 * (statuses.count + 1))
        json.object { $0.member("data", statuses.map(SourceRow.init)) }
        return Representation(
            contentType: "application/json", body: json.bytes, gzipMinimumBytes: configuration.gzipMinimumBytes
        ).response(to: context.request)
    }

    /// The snapshot a list is read from: the one `version` names (kept for the last few
    /// versions, so following `next` pages through one consistent list), else the current.
    private func pinned(_ context: RequestContext, _ parameters: QueryParameters) throws(Problem) -> RequestContext {
        guard let text = try parameters.single("version") else { return context }
        guard let version = UInt64(text), version > 0 else {
            throw .badRequest("query parameter 'version' must be a store version from a list's links, not '\(text)'")
        }
        guard let snapshot = ingestor.store.snapshot(version: version) else {
            throw Problem(
                status: .notFound,
                detail:
                    "version \(version) of the store is no longer kept (current: \(context.snapshot.version)); start again from the first page"
            )
        }
        var pinned = context
        pinned.snapshot = snapshot
        return pinned
    }

    /// A cached list answer: the page is computed only when this query has no representation
    /// for the current snapshot yet.
    private func list<Item: ListItem>(
        _ context: RequestContext, parameters: QueryParameters, fields: Set<String>?, page: () -> Page<Item>
    ) throws(Problem) -> HTTPServerResponse {
        try cached(context) { () throws(Problem) in
            let page = page()
            let links = PageLinks(
                path: context.request.path, parameters: parameters, page: page, version: context.snapshot.version)
            var headers = HTTPFields()
            headers[.link] = links.header
            headers[.xTotalCount] = String(page.total)
            var json = JSONWriter(capacity: 1024 + page.items.count * 1024)
            ListBody(page: page, links: links, fields: fields).write(to: &json)
            return (headers, json.bytes)
        }
    }
}

/// One row of `/parties` or `/topics`: a party or topic and how many records carry it.
struct FacetRow: JSONValue {
    var key: String
    var value: String
    /// A party's English name.
    var name: String? = nil
    var agreements: Int
    var commitments: Int

    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("agreements", agreements)
            o.member("commitments", commitments)
            if let name { o.member("name", name) }
            o.member(key, value)  // "party" or "topic": after the counts and the name either way
        }
    }
}

struct FacetList: JSONValue {
    var data: [FacetRow]

    func writeJSON(to json: inout JSONWriter) { json.object { $0.member("data", data) } }
}

/// One row of `/sources`.
struct SourceRow: JSONValue {
    var status: SourceStatus

    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("consecutiveFailures", status.consecutiveFailures)
            o.member("enabled", status.source.enabled)
            o.member("intervalSeconds", status.source.intervalSeconds)
            o.member("itemsIngested", status.itemsIngested)
            o.member("itemsSeen", status.itemsSeen)
            o.member("kind", status.source.kind.rawValue)
            o.member("lastError", status.lastError)
            o.member("lastFetch", status.lastFetch)
            o.member("lastStatus", status.lastStatus)
            o.member("name", status.source.name)
            o.member("nextPoll", status.nextPoll)
            o.member("publisher", status.source.publisher)
            o.member("url", status.source.url)
        }
    }
}
