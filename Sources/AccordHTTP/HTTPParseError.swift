import HTTPTypes

/// Why a request could not be accepted: the status to answer with and a precise reason for the client.
/// Every parse error ends the connection, because the framing of what follows can no longer be trusted.
struct HTTPParseError: Error, Equatable, Sendable {
    var status: HTTPResponse.Status
    var detail: String

    static func badRequest(_ detail: String) -> HTTPParseError { .init(status: .badRequest, detail: detail) }
}
