import AccordModel

/// Finds quantities: money ("US$3,2 miliar"), percentages, tonnages and counts ("250 pohon").
struct AmountReader {
    let pack: LanguagePack

    struct Found {
        var amount: Amount
        var tokenRange: Range<Int>
        var isCount: Bool
    }

    func amounts(_ tokens: [Token], in range: Range<Int>, text: [Unicode.Scalar]) -> [Found] {
        let numbers = NumberReader(pack: pack)
        var found: [Found] = []
        var index = range.lowerBound
        while index < range.upperBound {
            var cursor = index
            var unit: String?
            if let currency = pack.currencyBefore.match(tokens, at: index, limit: range.upperBound) {
                unit = currency.value
                cursor = currency.range.upperBound
            }
            guard let number = numbers.read(tokens, at: cursor, limit: range.upperBound) else {
                index += 1
                continue
            }
            var value = number.value
            var end = number.end
            // Digits must touch the currency sign or follow it after one space.
            if unit != nil, cursor < tokens.count, tokens[cursor].start - tokens[cursor - 1].end > 1 {
                index += 1
                continue
            }
            if number.isDigits, end < range.upperBound, let scale = pack.scaleWords[tokens[end].key] {
                value *= scale
                end += 1
            }
            var isCount = false
            if unit == nil {
                if let currency = pack.currencyAfter.match(tokens, at: end, limit: range.upperBound) {
                    unit = currency.value
                    end = currency.range.upperBound
                } else if let percent = pack.percentWords.match(tokens, at: end, limit: range.upperBound) {
                    unit = AmountUnit.percent.rawValue
                    end = percent.range.upperBound
                } else if let tonnes = pack.tonneWords.match(tokens, at: end, limit: range.upperBound) {
                    unit = AmountUnit.tonnes.rawValue
                    end = tonnes.range.upperBound
                } else if number.isDigits,
                    isCountable(tokens, at: cursor, number: number, value: value, limit: range.upperBound)
                {
                    unit = AmountUnit.count.rawValue
                    isCount = true
                    end = countPhraseEnd(tokens, from: end, limit: range.upperBound)
                }
            }
            if let unit {
                let start = tokens[index].start
                let stop = tokens[end - 1].end
                found.append(
                    Found(
                        amount: Amount(value: value, unit: unit, text: String(scalars: text[start..<stop])),
                        tokenRange: index..<end,
                        isCount: isCount))
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// A plain integer followed by a noun; years, dates and measures are not counts.
    private func isCountable(
        _ tokens: [Token], at: Int, number: NumberReader.Reading, value: Double, limit: Int
    ) -> Bool {
        guard value == value.rounded(), value > 1, number.end < limit else { return false }
        if value >= 1900 && value <= 2100 { return false }
        // "F-35": a model number, not a count.
        if at > 0, tokens[at - 1].text == "-", tokens[at - 1].end == tokens[at].start { return false }
        var next = tokens[number.end]
        // "100 Boeing aircraft", "18 Cambodian soldiers": a name may qualify the counted noun.
        if next.kind == .word, next.isCapitalized, number.end + 1 < limit, tokens[number.end + 1].kind == .word,
            !tokens[number.end + 1].isCapitalized
        {
            next = tokens[number.end + 1]
        }
        guard next.kind == .word, !next.isCapitalized else { return false }
        if pack.nonCountWords.contains(next.key) || pack.months[next.key] != nil || pack.stopwords.contains(next.key) {
            return false
        }
        if pack.durationUnits[next.key] != nil || pack.scaleWords[next.key] != nil { return false }
        return true
    }

    /// The counted thing: up to two following words that are not function words.
    private func countPhraseEnd(_ tokens: [Token], from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, end - start < 2, tokens[end].kind == .word, !pack.stopwords.contains(tokens[end].key) {
            end += 1
        }
        return max(end, start + 1)
    }
}
