/// Multi-word phrase lookup over tokens, longest match first.
///
/// Built once when `Knowledge` loads. A lookup probes an open-addressing table with the hash each
/// token carries, so a token's key is hashed once per article, not once per lookup.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        var keyHashes: [Int]
        /// When set, the phrase must appear with exactly this spelling ("AS", not "as").
        var exactTexts: [String]?
        var value: Value
    }

    struct Match {
        var range: Range<Int>
        var value: Value
    }

    /// The phrases that start with one key, longest first.
    private struct Group: Sendable {
        var key: String
        var keyHash: Int
        var entries: [Entry]
    }

    private var groups: [Group] = []
    /// Index into `groups`, or -1 for an empty slot; the count is a power of two, at most half full.
    private var slots: [Int32] = []

    init() {}

    mutating func add(_ phrase: String, _ value: Value, exactCase: Bool = false) {
        let tokens = Tokenizer.tokens(phrase)
        guard !tokens.isEmpty else { return }
        let entry = Entry(
            keys: tokens.map(\.key), keyHashes: tokens.map(\.keyHash), exactTexts: exactCase ? tokens.map(\.text) : nil,
            value: value)
        let group: Int
        if let found = groupIndex(tokens[0].key, hash: tokens[0].keyHash) {
            group = found
        } else {
            group = groups.count
            groups.append(Group(key: tokens[0].key, keyHash: tokens[0].keyHash, entries: []))
            if groups.count * 2 > slots.count { rehash() } else { insertSlot(group) }
        }
        groups[group].entries.append(entry)
        groups[group].entries.sort { $0.keys.count > $1.keys.count }
    }

    var isEmpty: Bool { groups.isEmpty }

    private func groupIndex(_ key: String, hash: Int) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 {
            let group = Int(slots[slot])
            if groups[group].keyHash == hash, groups[group].key == key { return group }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func insertSlot(_ group: Int) {
        let mask = slots.count - 1
        var slot = groups[group].keyHash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(group)
    }

    private mutating func rehash() {
        slots = Array(repeating: -1, count: max(16, slots.count * 2))
        for group in groups.indices { insertSlot(group) }
    }

    /// The longest phrase starting at `index`.
    func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> Match? {
        let end = limit ?? tokens.count
        guard index < end, let group = groupIndex(tokens[index].key, hash: tokens[index].keyHash) else { return nil }
        outer: for entry in groups[group].entries {
            guard index + entry.keys.count <= end else { continue }
            for offset in 0..<entry.keys.count {
                let token = tokens[index + offset]
                // Equal keys have equal hashes: a hash mismatch rules the word out without comparing text.
                if token.keyHash != entry.keyHashes[offset] || token.key != entry.keys[offset] { continue outer }
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
