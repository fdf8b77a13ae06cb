import AccordExtract
import AccordHTTP
import AccordIngest
import Foundation
import HTTPTypes

/// The write side: articles POSTed in the body or fetched by URL, both handed to ingest.
extension Application {
    /// The JSON form of `POST /articles`.
    struct ArticleSubmission: Decodable {
        var text: String
        var url: String?
        var published: String?
        var publisher: String?
        var title: String?
        /// "text", "markdown" or "html"; guessed from the text when absent.
        var format: String?
    }

    struct IngestSubmission: Decodable {
        var url: String
    }

    func postArticle(_ context: RequestContext) async throws(Problem) -> HTTPServerResponse {
        try throttle(context.request)
        try authorize(context.request)
        try context.query().requireKnown([])
        let request = context.request
        guard !request.body.isEmpty else { throw .badRequest("the request has no body; send the article") }
        let mediaType = MediaType.essence(of: request.headerValue(.contentType))
        let result: IngestResult
        do {
            if mediaType == "application/json" {
                let submission = try decode(ArticleSubmission.self, from: request.body)
                if let published = submission.published, !ISODate.isValid(published) {
                    throw Problem(
                        status: .unprocessableContent,
                        detail: "'published' must be an ISO 8601 date, not '\(published)'")
                }
                let format =
                    try submission.format.map { name throws(Problem) in
                        guard let format = DocumentFormat(rawValue: name) else {
                            throw Problem(
                                status: .unprocessableContent,
                                detail: "'format' must be text, markdown or html, not '\(name)'")
                        }
                        return format
                    } ?? (submission.text.looksLikeHTML ? .html : .text)
                let metadata = DocumentMetadata(
                    title: submission.title, published: submission.published, publisher: submission.publisher,
                    url: submission.url)
                result = try ingestor.ingest(Array(submission.text.utf8), format: format, metadata: metadata)
            } else if let type = mediaType, let format = DocumentFormat(mediaType: type) {
                result = try ingestor.ingest(
                    request.body, contentType: request.headerValue(.contentType), format: format,
                    metadata: DocumentMetadata())
            } else {
                throw Problem(
                    status: .unsupportedMediaType,
                    detail:
                        "send text/plain, text/markdown, text/html or application/json, not \(mediaType ?? "a body without Content-Type")"
                )
            }
        } catch let error as IngestError {
            throw problem(for: error)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(status: .internalServerError, detail: "\(error)")
        }
        return try created(result)
    }

    func postIngest(_ context: RequestContext) async throws(Problem) -> HTTPServerResponse {
        try throttle(context.request)
        try authorize(context.request)
        try context.query().requireKnown([])
        guard MediaType.essence(of: context.request.headerValue(.contentType)) == "application/json" else {
            throw Problem(status: .unsupportedMediaType, detail: "send application/json: {\"url\": \"https://…\"}")
        }
        let submission = try decode(IngestSubmission.self, from: context.request.body)
        let result: IngestResult
        do {
            result = try await ingestor.ingest(url: submission.url)
        } catch {
            throw problem(for: error)
        }
        return try created(result)
    }

    private func created(_ result: IngestResult) throws(Problem) -> HTTPServerResponse {
        let body = JSONWriter.encode(
            IngestBody(
                article: result.article, agreements: result.agreements,
                commitments: result.commitments.map { CommitmentView($0, dueSoonDays: configuration.dueSoonDays) }))
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        fields[.cacheControl] = "no-store"
        fields[.location] = "/articles/" + QueryEncoding.escape(result.article.id)
        return HTTPServerResponse(status: result.created ? .created : .ok, headerFields: fields, body: body)
    }

    /// 429 with `Retry-After` once the client has used up its writes (see `WriteRateLimiter`).
    private func throttle(_ request: HTTPServerRequest) throws(Problem) {
        guard let seconds = writeLimiter.delay(for: request.remoteAddress.isEmpty ? "local" : request.remoteAddress)
        else { return }
        var problem = Problem(
            status: .tooManyRequests,
            detail:
                "too many writes from this client: at most \(Int(configuration.writeBurst)) at once and \(Int(configuration.writesPerMinute)) a minute; retry in \(seconds) s"
        )
        problem.headerFields[.retryAfter] = String(seconds)
        throw problem
    }

    /// 403 when no token is configured (writes are off), 401 when the token is missing or wrong.
    private func authorize(_ request: HTTPServerRequest) throws(Problem) {
        guard let token = configuration.apiToken, !token.isEmpty else {
            throw Problem(
                status: .forbidden,
                detail:
                    "writes are disabled: start the server with ACCORD_API_TOKEN or ACCORD_API_TOKEN_FILE set and send Authorization: Bearer <token>"
            )
        }
        let given = request.headerValue(.authorization) ?? ""
        let prefix = "Bearer "
        guard given.count > prefix.count, given.prefix(prefix.count).lowercased() == prefix.lowercased(),
            ConstantTime.equal(Array(given.dropFirst(prefix.count).utf8), Array(token.utf8))
        else {
            var problem = Problem(
                status: .unauthorized, detail: "send Authorization: Bearer <token> with the configured API token")
            problem.headerFields[.wwwAuthenticate] = "Bearer realm=\"accord\""
            throw problem
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, from body: [UInt8]) throws(Problem) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(body))
        } catch DecodingError.keyNotFound(let key, _) {
            throw Problem(status: .unprocessableContent, detail: "the JSON body needs the field '\(key.stringValue)'")
        } catch DecodingError.typeMismatch(_, let context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw Problem(status: .unprocessableContent, detail: "the JSON field '\(field)' has the wrong type")
        } catch {
            throw .badRequest("the body is not valid JSON")
        }
    }

    private func problem(for error: IngestError) -> Problem {
        let status: HTTPResponse.Status =
            switch error {
            case .invalidURL: .badRequest
            case .addressRefused: .forbidden
            case .tooLarge: .contentTooLarge
            case .notAnArticle: .unsupportedMediaType
            case .emptyDocument: .unprocessableContent
            case .fetchFailed: .badGateway
            case .fetchTimedOut: .gatewayTimeout
            case .storageFailed: .serviceUnavailable
            }
        return Problem(status: status, detail: error.description)
    }
}

/// The `type/subtype` of a Content-Type, lower-cased, parameters dropped.
enum MediaType {
    static func essence(of header: String?) -> String? {
        guard let header else { return nil }
        let essence = header.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) }
        return essence?.lowercased()
    }
}

/// Comparison whose time does not depend on where the inputs differ.
enum ConstantTime {
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for i in 0..<max(a.count, b.count) {
            difference |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return difference == 0
    }
}

extension String {
    /// HTML pasted into a JSON body: a doctype or an html/head/body tag near the start.
    fileprivate var looksLikeHTML: Bool {
        let start = prefix(512).lowercased()
        return start.contains("<!doctype html") || start.contains("<html") || start.contains("<body")
    }
}
