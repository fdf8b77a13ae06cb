import AccordModel
import AccordStore
import HTTPTypes

/// `{"data", "total", "limit", "offset", "next"}`: the body of every list.
struct ListBody<Item: Encodable & Sendable>: Encodable {
    var data: [Item]
    var total: Int
    var limit: Int
    var offset: Int
    var next: String?
    /// Only when `facets` asked for them: value counts over the whole filtered set.
    var facets: [String: [String: Int]]?

    init(_ page: Page<Item>, links: PageLinks) {
        data = page.items
        total = page.total
        limit = page.limit
        offset = page.offset
        next = links.next
        if !page.facets.isEmpty {
            facets = Dictionary(uniqueKeysWithValues: page.facets.map { ($0.key.rawValue, $0.value) })
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(data, forKey: .data)
        try c.encode(total, forKey: .total)
        try c.encode(limit, forKey: .limit)
        try c.encode(offset, forKey: .offset)
        try c.encode(next, forKey: .next)
        try c.encodeIfPresent(facets, forKey: .facets)
    }

    private enum CodingKeys: String, CodingKey { case data, total, limit, offset, next, facets }
}

/// The paths of the neighbouring pages of a list, keeping every other parameter as given.
struct PageLinks {
    var next: String?
    var prev: String?
    var first: String
    var last: String

    /// Every link names `version`, so following them reads the same snapshot while the store changes.
    init<Item>(path: String, parameters: QueryParameters, page: Page<Item>, version: UInt64) {
        let kept = parameters.pairs.filter { !["limit", "offset", "version"].contains($0.name) }
        func link(_ offset: Int) -> String {
            let pairs =
                kept + [("limit", String(page.limit)), ("offset", String(offset)), ("version", String(version))]
            return path + "?"
                + pairs.map { "\(QueryEncoding.escape($0.0))=\(QueryEncoding.escape($0.1))" }
                .joined(separator: "&")
        }
        next = page.nextOffset.map(link)
        prev = page.offset > 0 ? link(max(0, page.offset - page.limit)) : nil
        first = link(0)
        last = link(page.total == 0 ? 0 : (page.total - 1) / page.limit * page.limit)
    }

    /// RFC 8288 `Link` header value.
    var header: String {
        var links = [("first", first), ("last", last)]
        if let prev { links.insert(("prev", prev), at: 0) }
        if let next { links.insert(("next", next), at: 0) }
        return links.map { "<\($0.1)>; rel=\"\($0.0)\"" }.joined(separator: ", ")
    }
}

enum QueryEncoding {
    /// Percent-encodes everything but RFC 3986 unreserved characters.
    static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (byte < 16 ? "0" : "") + hex
            }
        }
        return out
    }
}

/// An article as lists show it: everything but the text.
struct ArticleSummary: Encodable, Sendable {
    var article: Article

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article.id, forKey: .id)
        try c.encode(article.title, forKey: .title)
        try c.encode(article.language, forKey: .language)
        try c.encode(article.publisher, forKey: .publisher)
        try c.encode(article.url, forKey: .url)
        try c.encode(article.published, forKey: .published)
        try c.encode(article.ingestedAt, forKey: .ingestedAt)
        try c.encode(article.contentHash, forKey: .contentHash)
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, language, publisher, url, published, ingestedAt, contentHash
    }
}

/// `GET /agreements/{id}`: the agreement with its commitments.
struct AgreementDetail: Encodable, Sendable {
    var agreement: Agreement
    var commitments: [Commitment]

    func encode(to encoder: any Encoder) throws {
        try agreement.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(commitments, forKey: .commitments)
    }

    private enum CodingKeys: String, CodingKey { case commitments }
}

/// What `POST /articles` and `POST /ingest` answer: the records the article produced.
struct IngestBody: Encodable, Sendable {
    var article: Article
    var agreements: [Agreement]
    var commitments: [Commitment]
}

extension HTTPField.Name {
    static let link = HTTPField.Name("Link")!
    static let xTotalCount = HTTPField.Name("X-Total-Count")!
}
