/// Lower-cased words of three letters or more: enough to tell whether two sentences in the
/// same language say the same thing.
enum Words {
    static func of(_ text: String) -> Set<Substring> {
        Set(
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { $0.count >= 3 })
    }

    /// Shared words over all words.
    static func overlap(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// Names and numbers: capitalised words after the first, and words with digits. They
    /// survive translation ("Rapid Response Group", "250"), where ordinary words do not.
    static func distinctive(_ text: String) -> Set<Substring> {
        let words = text.split { !$0.isLetter && !$0.isNumber }
        var found = Set<Substring>()
        for (i, word) in words.enumerated() where word.count >= 2 {
            if word.contains(where: \.isNumber) || (i > 0 && word.first!.isUppercase) {
                found.insert(Substring(word.lowercased()))
            }
        }
        return found
    }
}
