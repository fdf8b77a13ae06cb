import AccordModel

/// Whether two agreements from different reports are one: the same parties, signing dates
/// that agree (or publication dates close enough when a report gives none), and shared
/// substance. Answers with the reasons, which `?explain=merge` shows.
enum SameAgreement {
    /// Days apart two reports may be published and still describe one undated signing.
    static let undatedWindow = 14

    static func reasons(_ a: Agreement, in x: Report, _ b: Agreement, in y: Report) -> [String]? {
        // The cheap refusals first: most pairs the merger compares are different days.
        guard x.article.id != y.article.id, a.parties.count == b.parties.count, a.partyKey == b.partyKey else {
            return nil
        }
        // Evidence needed beyond the parties: one fact when both reports give the same signing
        // day, two when the dates are merely compatible or a report gives none.
        var needed = 2
        let when: String
        if let d = a.date, let e = b.date {
            guard DayRange.compatible(d, e) else { return nil }
            if d == e && d.count == 10 { needed = 1 }
            when = d == e ? "signed on \(d) in both reports" : "signing dates \(d) and \(e) agree"
        } else {
            guard let p = DayRange.of(a.date ?? x.article.published),
                let q = DayRange.of(b.date ?? y.article.published),
                abs(p.lowerBound - q.lowerBound) <= undatedWindow
            else { return nil }
            when = "a report gives no signing date; the reports are \(abs(p.lowerBound - q.lowerBound)) days apart"
        }
        // Substance: topics, commitments, the place.
        let shared = Set(a.topics).intersection(b.topics).sorted()
        if !a.topics.isEmpty && !b.topics.isEmpty && shared.isEmpty { return nil }
        var reasons = ["same parties (\(a.parties.sorted().joined(separator: ", ")))", when]
        if !shared.isEmpty { reasons.append("shared topics: \(shared.joined(separator: ", "))") }
        let mine = x.commitments.filter { $0.agreementId == a.id }
        let theirs = y.commitments.filter { $0.agreementId == b.id }
        let common = mine.filter { c in theirs.contains { (SameCommitment.score(c, $0) ?? 0) >= 2 } }.count
        if common > 0 { reasons.append("\(common) commitment\(common == 1 ? "" : "s") in common") }
        if let l = a.location, let m = b.location, l.lowercased() == m.lowercased() { reasons.append("both at \(l)") }
        let topics = Set(a.topics).union(b.topics)
        if needed == 2 && !topics.isEmpty && Double(shared.count) / Double(topics.count) >= 0.5 {
            reasons.append("most topics shared")
        }
        // Every reason after the parties and the dates is one fact of substance.
        return reasons.count - 2 >= needed ? reasons : nil
    }
}
