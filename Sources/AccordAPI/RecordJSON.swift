import AccordModel

// The API's JSON form of each record: every field present (absent values as null), keys in
// sorted order. Kept equal to the records' `Codable` form by JSONWriterTests.

extension Agreement: JSONValue {
    func writeJSON(to json: inout JSONWriter) { writeJSON(to: &json, only: nil) }

    /// `only` keeps the named fields (`fields=`).
    func writeJSON(to json: inout JSONWriter, only: Set<String>?) { writeJSON(to: &json, only: only) { _ in } }

    /// `extra` writes members that sort between `commitmentCount` and `date` (`commitments`).
    func writeJSON(to json: inout JSONWriter, only: Set<String>?, extra: (inout JSONWriter) -> Void) {
        json.object(only: only) { o in
            o.member("articleId", articleId)
            o.member("commitmentCount", commitmentCount)
            extra(&o)
            o.member("date", date)
            o.member("evidence", evidence)
            o.member("id", id)
            o.member("language", language)
            o.member("location", location)
            o.member("mentions", mentions)
            o.member("parties", parties)
            o.member("signatories", signatories)
            o.member("source", source)
            o.member("sources", sources)
            o.member("summary", summary)
            o.member("title", title)
            o.member("topics", topics)
        }
    }
}

extension Commitment: JSONValue {
    func writeJSON(to json: inout JSONWriter) { writeJSON(to: &json, only: nil) }

    func writeJSON(to json: inout JSONWriter, only: Set<String>?) { writeJSON(to: &json, only: only) { _ in } }

    /// `extra` writes members that sort between `parties` and `text` (`status`).
    func writeJSON(to json: inout JSONWriter, only: Set<String>?, extra: (inout JSONWriter) -> Void) {
        json.object(only: only) { o in
            o.member("agreementId", agreementId)
            o.member("amount", amount)
            o.member("articleId", articleId)
            o.member("category", category)
            o.member("due", due)
            o.member("dueText", dueText)
            o.member("evidence", evidence)
            o.member("evidences", evidences)
            o.member("id", id)
            o.member("parties", parties)
            extra(&o)
            o.member("text", text)
        }
    }
}

extension Article: JSONValue {
    func writeJSON(to json: inout JSONWriter) { writeJSON(to: &json, only: nil, withText: true) }

    /// Lists leave the text out.
    func writeJSON(to json: inout JSONWriter, only: Set<String>?, withText: Bool) {
        json.object(only: only) { o in
            o.member("contentHash", contentHash)
            o.member("id", id)
            o.member("ingestedAt", ingestedAt)
            o.member("language", language)
            o.member("published", published)
            o.member("publisher", publisher)
            if withText { o.member("text", text) }
            o.member("title", title)
            o.member("url", url)
        }
    }
}

extension Amount: JSONValue {
    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("text", text)
            o.member("unit", unit)
            o.member("value", value)
        }
    }
}

extension Evidence: JSONValue {
    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("end", end)
            o.member("start", start)
        }
    }
}

extension SourceEvidence: JSONValue {
    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("articleId", articleId)
            o.member("end", end)
            o.member("start", start)
            o.member("text", text)
        }
    }
}

extension Signatory: JSONValue {
    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("name", name)
            o.member("party", party)
            o.member("role", role)
        }
    }
}

extension AgreementSource: JSONValue {
    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("cites", cites)
            o.member("published", published)
            o.member("publisher", publisher)
            o.member("url", url)
        }
    }
}

extension SourceReport: JSONValue {
    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("articleId", articleId)
            o.member("evidence", evidence)
            o.member("published", published)
            o.member("publisher", publisher)
            o.member("url", url)
        }
    }
}
