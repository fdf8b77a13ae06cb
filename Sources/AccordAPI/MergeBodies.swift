import AccordMerge

// The JSON of how merged agreements came to be: `?explain=merge` and `/timeline`.

/// `?explain=merge`: the reports an agreement joins and the evidence for each join.
struct MergeExplanation: JSONValue {
    var merged: MergedAgreement

    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("id", merged.agreement.id)
            o.member("links", merged.links.map(Link.init))
            o.member("members", merged.members)
            o.member("sources", merged.agreement.sources)
        }
    }

    struct Link: JSONValue {
        var link: MergeLink

        func writeJSON(to json: inout JSONWriter) {
            json.object { o in
                o.member("agreements", link.agreements)
                o.member("articles", link.articles)
                o.member("reasons", link.reasons)
            }
        }
    }
}

/// `GET /agreements/{id}/timeline`.
struct Timeline: JSONValue {
    var agreement: String
    var entries: [TimelineEntry]

    func writeJSON(to json: inout JSONWriter) {
        json.object { o in
            o.member("agreementId", agreement)
            o.member("data", entries.map(Entry.init))
        }
    }

    struct Entry: JSONValue {
        var entry: TimelineEntry

        func writeJSON(to json: inout JSONWriter) {
            json.object { o in
                o.member("added", Added(entry: entry))
                o.member("articleId", entry.articleId)
                o.member("published", entry.published)
                o.member("publisher", entry.publisher)
                o.member("url", entry.url)
            }
        }
    }

    struct Added: JSONValue {
        var entry: TimelineEntry

        func writeJSON(to json: inout JSONWriter) {
            json.object { o in
                o.member("commitments", entry.commitments)
                o.member("details", entry.details)
                o.member("topics", entry.topics)
            }
        }
    }
}
