import AccordModel
import AccordStore
import HTTPTypes

/// A record a list can show, cut down to the fields `fields=` names.
protocol ListItem: Sendable {
    func writeJSON(to json: inout JSONWriter, only: Set<String>?)
}

extension Agreement: ListItem {}

/// A commitment as the API shows it: the record and where its deadline stands on the day
/// the request counts from.
struct CommitmentView: ListItem, JSONValue {
    var commitment: Commitment
    var status: DeadlineStatus

    init(_ commitment: Commitment, as query: CommitmentQuery) {
        self.commitment = commitment
        self.status = query.status(of: commitment.due)
    }

    /// As of the server's today, `dueSoonDays` as configured.
    init(_ commitment: Commitment, dueSoonDays: Int) {
        var query = CommitmentQuery()
        query.dueSoonDays = dueSoonDays
        self.init(commitment, as: query)
    }

    func writeJSON(to json: inout JSONWriter) { writeJSON(to: &json, only: nil) }

    func writeJSON(to json: inout JSONWriter, only: Set<String>?) {
        commitment.writeJSON(to: &json, only: only) { $0.member("status", status.rawValue) }
    }
}

/// `{"data", "total", "limit", "offset", "next"}`: the body of every list, plus `facets` when
/// asked for (value counts over the whole filtered set).
struct ListBody<Item: ListItem> {
    var page: Page<Item>
    var links: PageLinks
    /// The fields each item keeps; nil keeps all.
    var fields: Set<String>?

    func write(to json: inout JSONWriter) {
        json.object { o in
            o.member("data", ListItems(items: page.items, fields: fields))
            if !page.facets.isEmpty {
                o.member("facets", Dictionary(uniqueKeysWithValues: page.facets.map { ($0.key.rawValue, $0.value) }))
            }
            o.member("limit", page.limit)
            o.member("next", links.next)
            o.member("offset", page.offset)
            o.member("total", page.total)
        }
    }
}

private struct ListItems<Item: ListItem>: JSONValue {
    var items: [Item]
    var fields: Set<String>?

    func writeJSON(to json: inout JSONWriter) {
        json.array(items) { $1.writeJSON(to: &$0, only: fields) }
    }
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
struct ArticleSummary: ListItem {
    var article: Article

    func writeJSON(to json: inout JSONWriter, only: Set<String>?) {
        article.writeJSON(to: &json, only: only, withText: false)
    }
}

/// `GET /agreements/{id}`: the agreement with its commitments.
struct AgreementDetail: JSONValue {
    var agreement: Agreement
    var commitments: [CommitmentView]

    func writeJSON(to json: inout JSONWriter) {
        agreement.writeJSON(to: &json, only: nil) { $0.member("commitments", commitments) }
    }
}

/// What `POST /articles` and `POST /ingest` answer: the records the article produced.
struct IngestBody: JSONValue {
    var article: Article
    var agreements: [Agreement]
    var commitments: [CommitmentView]

    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("agreements", agreements)
            o.member("article", article)
            o.member("commitments", commitments)
        }
    }
}

extension HTTPField.Name {
    static let link = HTTPField.Name("Link")!
    static let xTotalCount = HTTPField.Name("X-Total-Count")!
}
