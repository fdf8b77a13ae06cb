import Foundation

/// Splits text into words, numbers and single-character symbols, keeping scalar offsets.
///
/// Numbers keep their inner separators ("3,2", "2,000", "27.5") so the language pack can
/// decide what the separator means; hyphens and apostrophes split words so "Jepang-AS"
/// yields both names.
enum Tokenizer {
    static func tokens(_ scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(scalars.count / 5)
        var index = scalars.startIndex
        let end = scalars.endIndex
        while index < end {
            let scalar = scalars[index]
            if isDigit(scalar) {
                var cursor = index + 1
                while cursor < end {
                    if isDigit(scalars[cursor]) {
                        cursor += 1
                    } else if (scalars[cursor] == "," || scalars[cursor] == "."), cursor + 1 < end,
                        isDigit(scalars[cursor + 1])
                    {
                        cursor += 2
                    } else {
                        break
                    }
                }
                result.append(make(.number, scalars[index..<cursor], start: index))
                index = cursor
            } else if isLetter(scalar) {
                var cursor = index + 1
                var allUppercase = isUppercase(scalar)
                while cursor < end, isLetter(scalars[cursor]) || isDigit(scalars[cursor]) {
                    // "USD15", "Rp15": a short or capitalised code glued to a number is a unit and the number.
                    if isDigit(scalars[cursor]), isLetter(scalars[cursor - 1]), allUppercase || cursor - index <= 2 {
                        break
                    }
                    if isLetter(scalars[cursor]), !isUppercase(scalars[cursor]) { allUppercase = false }
                    cursor += 1
                }
                result.append(make(.word, scalars[index..<cursor], start: index))
                index = cursor
            } else if isWhitespace(scalar) {
                index += 1
            } else {
                result.append(make(.symbol, scalars[index..<index + 1], start: index))
                index += 1
            }
        }
        return result
    }

    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokens(scalars[...])
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    // Unicode properties answered for ASCII without the property tables, which are slow to query.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar.value == 32 || (9...13).contains(scalar.value)
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isUppercase }
        return (65...90).contains(scalar.value)
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isLowercase }
        return (97...122).contains(scalar.value)
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func make(_ kind: Token.Kind, _ slice: ArraySlice<Unicode.Scalar>, start: Int) -> Token {
        let text = String(scalars: slice)
        let key = asciiLowercased(slice) ?? fold(text)
        return Token(
            kind: kind, text: text, key: key, keyHash: key.hashValue,
            isCapitalized: slice.first.map(isUppercase) ?? false, start: start, end: start + slice.count)
    }

    /// `fold` for ASCII words, without going through Foundation; nil when a scalar is not ASCII.
    private static func asciiLowercased(_ slice: ArraySlice<Unicode.Scalar>) -> String? {
        guard slice.allSatisfy(\.isASCII) else { return nil }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            var written = 0
            for scalar in slice {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[written] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                written += 1
            }
            return written
        }
    }

    /// Lowercase without diacritics, so "François" and "Francois" meet.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 128 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}
