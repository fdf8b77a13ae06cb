/// One `NAME.gold.json`: what a careful reader found in an article, in the format of the
/// shared scoring tool.
public struct GoldArticle: Decodable, Sendable {
    public struct Agreement: Decodable, Sendable {
        public var parties: [String]
        public var date: String?
        /// The date when the article's published date is known (it was resolved against it).
        public var dateIfPublished: String?
        public var location: String?
        public var signatories: [String]
        /// Topics that must be found.
        public var topics: [String]
        /// Further topics that are not wrong.
        public var topicsAllowed: [String]?
        public var mentions: [String]?
        public var commitments: [Commitment]
    }

    public struct Commitment: Decodable, Sendable {
        public struct Amount: Decodable, Sendable {
            public var value: Double
            public var unit: String
        }

        public var parties: [String]
        /// Every one must occur in the predicted commitment's text.
        public var keywords: [String]
        public var category: String?
        public var due: String?
        public var dueIfPublished: String?
        public var amount: Amount?
        /// Finding it counts; missing it does not.
        public var optional: Bool?
    }

    /// File name of the article, beside the gold file.
    public var article: String
    public var language: String?
    public var agreements: [Agreement]
}
