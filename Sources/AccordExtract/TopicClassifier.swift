/// Plain keyword scores of topic slugs; commitment categories are chosen by `CategoryChooser`.
enum TopicClassifier {
    static func scores(_ tokens: [Token], in range: Range<Int>, emphasisFrom: Int?, pack: LanguagePack) -> [String: Int]
    {
        var scores: [String: Int] = [:]
        for hit in pack.topics.matches(tokens, in: range) {
            let weight = emphasisFrom.map { hit.range.lowerBound >= $0 ? 2 : 1 } ?? 1
            scores[hit.value, default: 0] += weight
        }
        return scores
    }

    static func best(_ scores: [String: Int], rules: TopicRules) -> String? {
        guard let top = scores.values.max(), top > 0 else { return nil }
        return rules.priority.first { scores[$0] == top } ?? scores.filter { $0.value == top }.keys.sorted().first
    }
}
