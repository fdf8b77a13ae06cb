/// A word, number or significant symbol of a text, located by Unicode scalar offsets.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, symbol }

    var kind: Kind
    /// As written.
    var text: String
    /// Lowercased and stripped of diacritics: what phrase lookups compare.
    var key: String
    /// `key.hashValue`, computed once so phrase lookups need not hash the key again.
    var keyHash: Int
    /// Starts with an uppercase letter; decided once here because lookups ask for it often.
    var isCapitalized: Bool
    /// Scalar offsets into the text, end exclusive.
    var start: Int
    var end: Int
}
