import HTTPTypes

/// RFC 9457 problem documents, the body of every error the server produces itself.
enum ProblemDocument {
    static func response(status: HTTPResponse.Status, detail: String) -> HTTPServerResponse {
        let json =
            #"{"type":"about:blank","title":"# + jsonString(status.reasonPhrase) + #","status":"#
            + String(status.code) + #","detail":"# + jsonString(detail) + "}"
        var fields = HTTPFields()
        fields[.contentType] = "application/problem+json"
        return HTTPServerResponse(status: status, headerFields: fields, body: Array(json.utf8))
    }

    /// A JSON string literal; the detail may quote bytes from a hostile request.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
