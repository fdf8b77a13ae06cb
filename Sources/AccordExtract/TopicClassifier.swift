/// Topic slug order and plain keyword scores; commitment categories are chosen by `CategoryChooser`.
enum TopicClassifier {
    /// Tie-break order: the more specific subject wins over the general one.
    static let priority: [String] = [
        "critical-minerals", "rare-earths", "tariffs", "shipbuilding", "education", "migration", "culture", "energy",
        "defense", "security", "supply-chain", "investment", "infrastructure", "technology", "agriculture", "climate",
        "health", "finance", "trade", "diplomacy",
    ]

    static func scores(_ tokens: [Token], in range: Range<Int>, emphasisFrom: Int?, pack: LanguagePack) -> [String: Int]
    {
        var scores: [String: Int] = [:]
        for hit in pack.topics.matches(tokens, in: range) {
            let weight = emphasisFrom.map { hit.range.lowerBound >= $0 ? 2 : 1 } ?? 1
            scores[hit.value, default: 0] += weight
        }
        return scores
    }

    static func best(_ scores: [String: Int]) -> String? {
        guard let top = scores.values.max(), top > 0 else { return nil }
        return priority.first { scores[$0] == top } ?? scores.filter { $0.value == top }.keys.sorted().first
    }
}
