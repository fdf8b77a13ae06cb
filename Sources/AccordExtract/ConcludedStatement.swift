/// Whether a sentence reports an agreement as concluded now, rather than planned ("aim to sign",
/// "akan diteken dua bulan lagi") or recalled ("signed in 2008", "lima tahun silam").
struct ConcludedStatement {
    let pack: LanguagePack
    /// The year and month the article reports from: an earlier year, or another month marked as
    /// past ("pada Mei lalu"), next to the verb recalls an old deal.
    let articleYear: Int?
    let articleMonth: Int?

    /// Tokens before a concluding verb that may hold what makes it a plan ("plans to sign").
    static let prospectiveReach = 4
    /// Tokens after an "agreed" where its aim may begin ("agreed on Wednesday to deepen").
    static let aimReach = 4
    /// Tokens after it where the year of an old signing stands ("signed in Jakarta in 2008").
    static let recalledYearReach = 16

    func isConcluded(_ tokens: [Token], in range: Range<Int>) -> Bool {
        if pack.backgroundMarkers.contains(tokens, in: range) { return false }
        // "Gubernur … dan Gubernur … meneken MoU provinsi bersaudara": provinces and cities are no states.
        if pack.subnationalMarkers.contains(tokens, in: range) { return false }
        var index = range.lowerBound
        while index < range.upperBound {
            guard let verb = pack.concludingCues.match(tokens, at: index, limit: range.upperBound) else {
                index += 1
                continue
            }
            defer { index = verb.range.upperBound }
            let before = max(range.lowerBound, index - Self.prospectiveReach)..<index
            if pack.prospectiveMarkers.contains(tokens, in: before) || pack.negations.contains(tokens, in: before) {
                continue
            }
            if pack.signingCues.contains(tokens, in: verb.range), pack.futureTimes.contains(tokens, in: range) {
                continue
            }
            if recallsEarlierYear(tokens, after: verb.range.upperBound, limit: range.upperBound) { continue }
            // "agreed on Wednesday to deepen cooperation and to work towards a trade deal", "sepakat
            // memperkuat kerja sama": agreeing on an aim concludes nothing.
            if !pack.signingCues.contains(tokens, in: verb.range) {
                let aim = verb.range.upperBound..<min(range.upperBound, verb.range.upperBound + Self.aimReach)
                if aim.contains(where: { pack.aimComplements.match(tokens, at: $0, limit: range.upperBound) != nil }) {
                    continue
                }
            }
            return true
        }
        return false
    }

    private func recallsEarlierYear(_ tokens: [Token], after start: Int, limit: Int) -> Bool {
        let end = min(limit, start + Self.recalledYearReach)
        for index in start..<end {
            let token = tokens[index]
            if token.kind == .number, let articleYear, let year = Int(token.text), (1900..<articleYear).contains(year) {
                return true
            }
            // "pada Mei lalu", "last May", "in May" (a month with no day, not the report's own).
            if let month = pack.months[token.key], token.isCapitalized, let articleMonth, month != articleMonth {
                let next = index + 1 < limit ? tokens[index + 1] : nil
                let previous = index > 0 ? tokens[index - 1] : nil
                let marked =
                    next.map { pack.pastMarkers.contains($0.key) } == true
                    || previous.map { pack.pastMarkers.contains($0.key) } == true
                let dayless = next?.kind != .number && previous?.kind != .number
                if marked || dayless { return true }
            }
        }
        return false
    }
}
