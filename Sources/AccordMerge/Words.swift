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
}
