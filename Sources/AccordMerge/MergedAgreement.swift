import AccordModel

/// One agreement as one or more articles report it: the merged record, its commitments, and
/// how it came to be (which extracted records it stands for, why they were joined, what each
/// report added).
public struct MergedAgreement: Sendable, Hashable {
    public var agreement: Agreement
    public var commitments: [Commitment]
    /// The extracted agreement ids it stands for, the first report's first: that one is its id.
    public var members: [String]
    /// Extracted commitment id → the id of the commitment it was merged into.
    public var commitmentRedirects: [String: String]
    /// The pairs of reports found to be one agreement, and why.
    public var links: [MergeLink]
    /// The reports in order of publication, with what each added.
    public var timeline: [TimelineEntry]
}

/// Two extracted agreements judged to be one, and the evidence for it.
public struct MergeLink: Sendable, Hashable {
    /// Extracted agreement ids, the earlier report's first.
    public var agreements: [String]
    public var articles: [String]
    public var reasons: [String]
}

/// One report of an agreement and what it added to what earlier reports said.
public struct TimelineEntry: Sendable, Hashable {
    public var articleId: String
    public var publisher: String?
    public var url: String?
    public var published: String?
    /// Topics no earlier report gave.
    public var topics: [String]
    /// Ids of the merged commitments this report stated first.
    public var commitments: [String]
    /// Facts this report gave first or more precisely: "date 2025-10-28", "location Tokyo",
    /// "amount of <commitment id>", "deadline of <commitment id>".
    public var details: [String]
}
