import AccordModel

/// Whether two commitments from different reports state the same promise. Language-neutral
/// facts decide first (who promises, the category, the amount, the deadline); names and
/// numbers carry across languages, ordinary words only within one.
enum SameCommitment {
    /// How strongly `a` and `b` agree, nil when something contradicts: 3 for the same amount,
    /// 2 for largely the same words, two names or numbers in common, or the same deadline day,
    /// 1 for compatible deadlines, summed. Categories may differ only with such strong
    /// evidence: reports in two languages file one promise under neighbouring topics
    /// ("investment", "finance") more often than they misstate it.
    static func score(_ a: Commitment, _ b: Commitment) -> Int? {
        guard a.parties.sorted() == b.parties.sorted() else { return nil }
        var score = 0
        if let x = a.amount, let y = b.amount {
            guard x.unit == y.unit, abs(x.value - y.value) <= 0.02 * max(abs(x.value), abs(y.value)) else {
                return nil
            }
            score += 3
        }
        if let x = a.due, let y = b.due {
            guard DayRange.compatible(x, y) else { return nil }
            // The same day ("within six months" of the same signing) is as telling as an amount
            // less so; a year alone says little.
            score += x == y && x.count == 10 ? 2 : 1
        }
        if Words.overlap(Words.of(a.text), Words.of(b.text)) >= 0.3
            || Words.distinctive(a.text).intersection(Words.distinctive(b.text)).count >= 2
        {
            score += 2
        }
        if a.category != b.category && score < 2 { return nil }
        return score
    }

    /// The same promise: a shared amount or shared words suffice; otherwise, when each report
    /// states only one commitment by these parties in this category (as happens across
    /// languages), that nothing contradicts.
    static func same(_ a: Commitment, _ b: Commitment, alone: Bool) -> Bool {
        guard let score = score(a, b) else { return false }
        return score >= 2 || alone
    }
}
