import AccordModel
import AccordStore

/// Turns the query string of a list endpoint into a store query, validating every value
/// and refusing parameters the endpoint does not take.
enum ListParameters {
    static let maxLimit = 1000
    static let defaultLimit = 50
    static let common = ["limit", "offset", "q", "fields", "facets", "version"]

    static let agreementNames = common + ["party", "topic", "category", "from", "to", "article", "sort"]
    static let commitmentNames =
        common + [
            "party", "category", "topic", "agreement", "article", "dueBefore", "dueAfter", "status", "dueWithin",
            "asOf", "sort",
        ]
    static let articleNames = common + ["party", "topic", "from", "to", "sort"]

    /// Top-level fields `fields` may keep, per list.
    static let agreementFields = [
        "id", "articleId", "title", "summary", "date", "location", "parties", "signatories", "topics", "mentions",
        "language", "source", "sources", "commitmentCount", "evidence",
    ]
    static let commitmentFields = [
        "id", "agreementId", "articleId", "parties", "text", "category", "due", "dueText", "amount", "evidence",
        "evidences", "status",
    ]
    static let articleFields = [
        "id", "title", "language", "publisher", "url", "published", "ingestedAt", "contentHash",
    ]

    static func agreements(_ parameters: QueryParameters) throws(Problem) -> AgreementQuery {
        try parameters.requireKnown(agreementNames)
        var query = AgreementQuery()
        (query.limit, query.offset) = try page(parameters)
        query.parties = try parties(parameters)
        // `category` is accepted as a synonym: dashboards filter both lists with one name.
        query.topics = try topics(parameters, name: "topic") + topics(parameters, name: "category")
        query.search = try search(parameters)
        query.facets = try facets(parameters, allowed: [.party, .topic, .language])
        query.from = try date(parameters, "from")
        query.to = try date(parameters, "to")
        query.article = try parameters.single("article")
        query.sort = try sort(parameters, AgreementQuery.Sort.self)
        return query
    }

    static func commitments(_ parameters: QueryParameters, dueSoonDays: Int = 30) throws(Problem) -> CommitmentQuery {
        try parameters.requireKnown(commitmentNames)
        var query = CommitmentQuery()
        query.dueSoonDays = dueSoonDays
        query.today = try asOf(parameters) ?? query.today
        query.statuses = try statuses(parameters)
        query.dueWithinDays = try dueWithin(parameters)
        (query.limit, query.offset) = try page(parameters)
        query.parties = try parties(parameters)
        query.categories = try topics(parameters, name: "category") + topics(parameters, name: "topic")
        query.search = try search(parameters)
        query.facets = try facets(parameters, allowed: [.party, .category, .language])
        query.agreement = try parameters.single("agreement")
        query.article = try parameters.single("article")
        query.dueBefore = try date(parameters, "dueBefore")
        query.dueAfter = try date(parameters, "dueAfter")
        query.sort = try sort(parameters, CommitmentQuery.Sort.self)
        return query
    }

    static func articles(_ parameters: QueryParameters) throws(Problem) -> ArticleQuery {
        try parameters.requireKnown(articleNames)
        var query = ArticleQuery()
        (query.limit, query.offset) = try page(parameters)
        query.parties = try parties(parameters)
        query.topics = try topics(parameters, name: "topic")
        query.from = try date(parameters, "from")
        query.to = try date(parameters, "to")
        query.sort = try sort(parameters, ArticleQuery.Sort.self)
        query.search = try search(parameters)
        query.facets = try facets(parameters, allowed: [.language])
        return query
    }

    private static func page(_ parameters: QueryParameters) throws(Problem) -> (Int, Int) {
        (
            try parameters.integer("limit", default: defaultLimit, in: 1...maxLimit),
            try parameters.integer("offset", default: 0, in: 0...1_000_000_000)
        )
    }

    /// ISO 3166-1 alpha-2 codes (and EU), any case on input, upper case in the query.
    private static func parties(_ parameters: QueryParameters) throws(Problem) -> [String] {
        let codes = parameters.list("party").map { $0.uppercased() }
        if let bad = codes.first(where: { !CountryCodes.all.contains($0) }) {
            throw .badRequest(
                "query parameter 'party' takes ISO 3166-1 alpha-2 country codes or EU (such as JP, US, ID), not '\(bad)'"
            )
        }
        return codes
    }

    /// `q`: every word must occur; "quoted phrases" in order. Without any word it matches nothing.
    private static func search(_ parameters: QueryParameters) throws(Problem) -> SearchQuery? {
        try parameters.single("q").map(SearchQuery.init)
    }

    private static func facets(_ parameters: QueryParameters, allowed: [Facet]) throws(Problem) -> [Facet] {
        let names = parameters.list("facets")
        var facets: [Facet] = []
        for name in names {
            guard let facet = Facet(rawValue: name), allowed.contains(facet) else {
                let accepted = allowed.map(\.rawValue).joined(separator: ", ")
                throw .badRequest("query parameter 'facets' has unknown facet '\(name)'; accepted: \(accepted)")
            }
            if !facets.contains(facet) { facets.append(facet) }
        }
        return facets
    }

    /// `fields`: the top-level fields to keep, each one a field of the list's items.
    static func fields(_ parameters: QueryParameters, allowed: [String]) throws(Problem) -> Set<String>? {
        let names = parameters.list("fields")
        guard !names.isEmpty else { return nil }
        if let bad = names.first(where: { !allowed.contains($0) }) {
            throw .badRequest(
                "query parameter 'fields' has unknown field '\(bad)'; accepted: \(allowed.joined(separator: ", "))")
        }
        return Set(names)
    }

    private static func topics(_ parameters: QueryParameters, name: String) throws(Problem) -> [String] {
        let slugs = parameters.list(name)
        if let bad = slugs.first(where: { Topic(rawValue: $0) == nil }) {
            let accepted = Topic.allCases.map(\.rawValue).joined(separator: ", ")
            throw .badRequest("query parameter '\(name)' has unknown topic '\(bad)'; accepted: \(accepted)")
        }
        return slugs
    }

    private static func date(_ parameters: QueryParameters, _ name: String) throws(Problem) -> String? {
        guard let text = try parameters.single(name) else { return nil }
        guard ISODate.isValid(text) else {
            throw .badRequest(
                "query parameter '\(name)' must be an ISO 8601 date (2026, 2026-04 or 2026-04-28), not '\(text)'")
        }
        return text
    }

    /// `asOf=2026-04-28`: the day deadline statuses are counted from, in days since 1970.
    static func asOf(_ parameters: QueryParameters) throws(Problem) -> Int? {
        guard let text = try parameters.single("asOf") else { return nil }
        guard let day = DayRange.day(iso: text) else {
            throw .badRequest("query parameter 'asOf' must be a day as YYYY-MM-DD (such as 2026-04-28), not '\(text)'")
        }
        return day
    }

    /// `status=overdue,due-soon`: any of these deadline statuses.
    private static func statuses(_ parameters: QueryParameters) throws(Problem) -> [DeadlineStatus] {
        var statuses: [DeadlineStatus] = []
        for name in parameters.list("status") {
            guard let status = DeadlineStatus(rawValue: name) else {
                let accepted = DeadlineStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw .badRequest("query parameter 'status' has unknown status '\(name)'; accepted: \(accepted)")
            }
            if !statuses.contains(status) { statuses.append(status) }
        }
        return statuses
    }

    /// `dueWithin=30d`: deadlines whose last day is within that many days from `asOf`.
    private static func dueWithin(_ parameters: QueryParameters) throws(Problem) -> Int? {
        guard let text = try parameters.single("dueWithin") else { return nil }
        let digits = text.dropLast()
        guard text.hasSuffix("d"), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            digits.count <= 5, let days = Int(digits)
        else {
            throw .badRequest("query parameter 'dueWithin' must be a number of days such as 30d, not '\(text)'")
        }
        return days
    }

    private static func sort<S: RawRepresentable & CaseIterable>(
        _ parameters: QueryParameters, _: S.Type
    )
        throws(Problem) -> S? where S.RawValue == String
    {
        guard let text = try parameters.single("sort") else { return nil }
        guard let sort = S(rawValue: text) else {
            let accepted = S.allCases.map(\.rawValue).joined(separator: ", ")
            throw .badRequest("query parameter 'sort' must be one of \(accepted), not '\(text)'")
        }
        return sort
    }
}

/// Calendar dates of reduced precision: "2026", "2026-04", "2026-04-28".
enum ISODate {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return false }
        let numbers = parts.compactMap { Int($0) }
        if numbers.count > 1 && !(1...12).contains(numbers[1]) { return false }
        if numbers.count > 2 {
            let (year, month, day) = (numbers[0], numbers[1], numbers[2])
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if !(1...days).contains(day) { return false }
        }
        return true
    }
}
