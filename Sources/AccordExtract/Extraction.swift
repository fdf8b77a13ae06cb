import AccordModel

/// What the extractor found in one document.
public struct Extraction: Sendable {
    /// "id" or "en".
    public var language: String
    public var agreements: [Agreement]
    public var commitments: [Commitment]

    public init(language: String, agreements: [Agreement], commitments: [Commitment]) {
        self.language = language
        self.agreements = agreements
        self.commitments = commitments
    }
}
