/// Picks the language pack whose stopwords occur most often in the text.
enum LanguageDetector {
    static func detect(_ tokens: [Token], knowledge: Knowledge) -> String {
        var best = knowledge.packOrder.first ?? "en"
        var bestCount = -1
        for code in knowledge.packOrder {
            guard let pack = knowledge.packs[code] else { continue }
            var count = 0
            for token in tokens where token.kind == .word && pack.stopwords.contains(token.key) { count += 1 }
            if count > bestCount {
                best = code
                bestCount = count
            }
        }
        return best
    }
}
