import AccordModel

/// One article and what extraction found in it, before it is merged with other reports.
public struct Report: Sendable, Hashable {
    public var article: Article
    public var agreements: [Agreement]
    public var commitments: [Commitment]

    public init(article: Article, agreements: [Agreement], commitments: [Commitment]) {
        self.article = article
        self.agreements = agreements
        self.commitments = commitments
    }

    /// Earlier publication first, then by id: the order reports are read in, whatever the
    /// order they arrived in, so that the first report of an agreement names it.
    static func readingOrder(_ a: Article, _ b: Article) -> Bool {
        (a.published ?? "9999", a.id) < (b.published ?? "9999", b.id)
    }
}

extension Agreement {
    /// What identifies the agreements that may be one: the same parties.
    public var partyKey: String { parties.sorted().joined(separator: "-") }
}
