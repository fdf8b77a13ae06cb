import AccordHTTP
import HTTPTypes

/// An RFC 9457 problem document: what every error answer carries.
struct Problem: Error, Sendable {
    var status: HTTPResponse.Status
    var detail: String
    /// A URI naming the kind of problem; "about:blank" means the status says it all.
    var type = "about:blank"
    /// Extra headers the problem needs (Allow on 405, WWW-Authenticate on 401).
    var headerFields: HTTPFields = [:]

    static func badRequest(_ detail: String) -> Problem { Problem(status: .badRequest, detail: detail) }
    static func notFound(_ detail: String) -> Problem { Problem(status: .notFound, detail: detail) }

    var response: HTTPServerResponse {
        var json = JSONWriter(capacity: 256)
        json.object { o in
            o.member("detail", detail)
            o.member("status", status.code)
            o.member("title", status.reasonPhrase)
            o.member("type", type)
        }
        var fields = headerFields
        fields[.contentType] = "application/problem+json"
        fields[.cacheControl] = "no-store"
        return HTTPServerResponse(status: status, headerFields: fields, body: json.bytes)
    }
}
