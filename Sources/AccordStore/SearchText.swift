import Foundation

/// Text as search sees it: case and accents folded ("Élysée" = "elysee"), split into words of
/// letters and digits. Indonesian and English share the rules; nothing is stemmed, so
/// "perjanjian" and "janji" stay different words.
enum SearchText {
    static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                terms.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                switch scalar.value {
                case 0x30...0x39, 0x61...0x7A: current.append(scalar)
                case 0x41...0x5A: current.append(Unicode.Scalar(scalar.value + 0x20)!)
                default: flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for folded in String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
                where folded.properties.canonicalCombiningClass == .notReordered {
                    current.append(folded)
                }
            } else if scalar.properties.canonicalCombiningClass != .notReordered {
                continue  // a combining accent after its letter
            } else {
                flush()
            }
        }
        flush()
        return terms
    }
}

/// A parsed `q`: words that must all occur, and quoted phrases whose words must occur in order.
public struct SearchQuery: Sendable, Hashable {
    public var terms: [String]
    public var phrases: [[String]]

    /// `nikel "rare earths" Jepang` → terms [nikel, rare, earths, jepang], phrases [[rare, earths]].
    public init(_ text: String) {
        var terms: [String] = []
        var phrases: [[String]] = []
        for (i, part) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            let words = SearchText.terms(String(part))
            terms += words
            if i % 2 == 1 && words.count > 1 { phrases.append(words) }
        }
        var seen = Set<String>()
        self.terms = terms.filter { seen.insert($0).inserted }
        self.phrases = phrases
    }

    public var isEmpty: Bool { terms.isEmpty }
}
