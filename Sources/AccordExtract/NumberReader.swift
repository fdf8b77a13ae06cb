import Foundation

/// Reads numbers written in digits ("3,2", "2,000") or words ("dua puluh lima", "twenty-five").
struct NumberReader {
    let pack: LanguagePack

    struct Reading {
        var value: Double
        /// Token index just past the number.
        var end: Int
        var isDigits: Bool
    }

    func read(_ tokens: [Token], at index: Int, limit: Int) -> Reading? {
        guard index < limit else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            guard let value = digits(token.text) else { return nil }
            return Reading(value: value, end: index + 1, isDigits: true)
        }
        return words(tokens, at: index, limit: limit)
    }

    /// The language decides the separators: "3,2" is 3.2 in Indonesian, "2,000" is 2000 in English.
    func digits(_ text: String) -> Double? {
        let decimal: Character = pack.decimalComma ? "," : "."
        let grouping: Character = pack.decimalComma ? "." : ","
        var cleaned = ""
        let groups = text.split(separator: grouping, omittingEmptySubsequences: false)
        // "1.500" in Indonesian is fifteen hundred only when the groups are three digits long.
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.prefix(while: { $0 != decimal }).count == 3 }) {
            cleaned = groups.joined()
        } else if groups.count > 1 {
            cleaned = Self.replacing(grouping, withPointIn: text)
            return Double(cleaned)
        } else {
            cleaned = text
        }
        return Double(Self.replacing(decimal, withPointIn: cleaned))
    }

    /// Number tokens are ASCII digits and separators, so a character-wise swap does what Foundation's
    /// `replacingOccurrences` does, without its cost.
    private static func replacing(_ separator: Character, withPointIn text: some StringProtocol) -> String {
        String(text.map { $0 == separator ? "." : $0 })
    }

    private func words(_ tokens: [Token], at start: Int, limit: Int) -> Reading? {
        // total: thousands and above; hundreds: the current group's hundreds; last: tens and units.
        var total = 0.0
        var hundreds = 0.0
        var last = 0.0
        func scale(_ multiplier: Double) {
            if multiplier >= 1000 {
                let group = hundreds + last
                total += (group == 0 ? 1 : group) * multiplier
                hundreds = 0
                last = 0
            } else if multiplier >= 100 {
                hundreds += (last == 0 ? 1 : last) * multiplier
                last = 0
            } else {
                last = (last == 0 ? 1 : last) * multiplier
            }
        }
        var sawNumber = false
        var index = start
        var end = start
        while index < limit {
            let key = tokens[index].key
            if tokens[index].kind == .symbol, key == "-", sawNumber, index + 1 < limit,
                isNumberWord(tokens[index + 1].key)
            {
                index += 1
                continue
            }
            if let value = pack.numberWords[key] {
                // "seratus", "seribu": words that are already a one-times multiplier.
                if value >= 100, value == value.rounded(), pack.multiplierWords.values.contains(value) {
                    scale(value)
                } else {
                    last += value
                }
            } else if let teen = pack.teenWord, key == teen, sawNumber {
                last += 10
            } else if let multiplier = pack.multiplierWords[key], sawNumber {
                scale(multiplier)
            } else if let prefix = pack.onePrefix, key.hasPrefix(prefix),
                let multiplier = pack.multiplierWords[String(key.dropFirst(prefix.count))]
            {
                scale(multiplier)
            } else {
                break
            }
            sawNumber = true
            index += 1
            end = index
        }
        guard sawNumber else { return nil }
        return Reading(value: total + hundreds + last, end: end, isDigits: false)
    }

    private func isNumberWord(_ key: String) -> Bool {
        pack.numberWords[key] != nil || pack.multiplierWords[key] != nil
    }
}
