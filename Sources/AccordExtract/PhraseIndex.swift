/// Multi-word phrase lookup over tokens, longest match first.
///
/// Built once when `Knowledge` loads; a lookup costs one dictionary probe per token.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        /// When set, the phrase must appear with exactly this spelling ("AS", not "as").
        var exactTexts: [String]?
        var value: Value
    }

    struct Match {
        var range: Range<Int>
        var value: Value
    }

    private var byFirstKey: [String: [Entry]] = [:]

    init() {}

    mutating func add(_ phrase: String, _ value: Value, exactCase: Bool = false) {
        let tokens = Tokenizer.tokens(phrase)
        guard !tokens.isEmpty else { return }
        let entry = Entry(
            keys: tokens.map(\.key), exactTexts: exactCase ? tokens.map(\.text) : nil, value: value)
        byFirstKey[entry.keys[0], default: []].append(entry)
        byFirstKey[entry.keys[0]]?.sort { $0.keys.count > $1.keys.count }
    }

    var isEmpty: Bool { byFirstKey.isEmpty }

    /// The longest phrase starting at `index`.
    func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> Match? {
        let end = limit ?? tokens.count
        guard index < end, let entries = byFirstKey[tokens[index].key] else { return nil }
        outer: for entry in entries {
            guard index + entry.keys.count <= end else { continue }
            for offset in 0..<entry.keys.count {
                let token = tokens[index + offset]
                if token.key != entry.keys[offset] { continue outer }
                if let exact = entry.exactTexts, token.text != exact[offset] { continue outer }
                // Phrase words must be adjacent (no "Uni. Eropa" across a full stop).
                if offset > 0, token.start - tokens[index + offset - 1].end > 1 { continue outer }
            }
            return Match(range: index..<(index + entry.keys.count), value: entry.value)
        }
        return nil
    }

    /// Every non-overlapping match in `range`, scanning left to right.
    func matches(_ tokens: [Token], in range: Range<Int>) -> [Match] {
        var found: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let hit = match(tokens, at: index, limit: range.upperBound) {
                found.append(hit)
                index = hit.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    func contains(_ tokens: [Token], in range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if match(tokens, at: index, limit: range.upperBound) != nil { return true }
            index += 1
        }
        return false
    }
}
