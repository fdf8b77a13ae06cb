/// A word, number or significant symbol of a text, located by Unicode scalar offsets.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, symbol }

    var kind: Kind
    /// As written.
    var text: String
    /// Lowercased and stripped of diacritics: what phrase lookups compare.
    var key: String
    /// Scalar offsets into the text, end exclusive.
    var start: Int
    var end: Int

    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }
}
