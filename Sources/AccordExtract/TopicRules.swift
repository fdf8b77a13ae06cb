/// How topic slugs relate when one commitment names several (`Config/topics.json`): which wins a
/// tie, which only say how something is exchanged, and which decide wherever they occur.
struct TopicRules: Sendable, Decodable {
    /// Tie-break order: the more specific subject wins over the general one.
    var priority: [String]
    /// Slugs naming a kind of exchange rather than a subject ("trade", "diplomacy").
    var carriers: Set<String>
    /// Slugs that decide the category wherever they occur in the promised action, first first.
    var dominant: [String]
    /// The category when nothing else is known.
    var fallback: String
}
