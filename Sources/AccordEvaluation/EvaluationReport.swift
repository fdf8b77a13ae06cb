/// Precision, recall and F1 of agreements and commitments, per language and in all, with
/// the accuracy of each field; printed the way the shared scoring tool prints them.
public struct EvaluationReport: Sendable {
    /// Agreements: matched, spurious, missed. Commitments: predictions that match, predictions
    /// that do not, required gold found, required gold missed.
    public struct Tally: Sendable {
        public var agreementsMatched = 0
        public var agreementsSpurious = 0
        public var agreementsMissed = 0
        public var commitmentsMatching = 0
        public var commitmentsSpurious = 0
        public var requiredFound = 0
        public var requiredMissed = 0

        public var agreements: Score {
            Score.of(
                truePositives: agreementsMatched, falsePositives: agreementsSpurious,
                falseNegatives: agreementsMissed)
        }

        /// Precision counts predictions that match any gold commitment, optional ones too;
        /// recall counts required gold commitments found.
        public var commitments: Score {
            let predicted = commitmentsMatching + commitmentsSpurious
            let precision =
                predicted > 0
                ? Double(commitmentsMatching) / Double(predicted) : (requiredFound + requiredMissed == 0 ? 1 : 0)
            let required = requiredFound + requiredMissed
            let recall = required > 0 ? Double(requiredFound) / Double(required) : 1
            return Score(precision: precision, recall: recall)
        }
    }

    public struct Score: Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

        static func of(truePositives tp: Int, falsePositives fp: Int, falseNegatives fn: Int) -> Score {
            let precision = tp + fp > 0 ? Double(tp) / Double(tp + fp) : (fn == 0 ? 1 : 0)
            let recall = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1
            return Score(precision: precision, recall: recall)
        }
    }

    public var total = Tally()
    public var byLanguage: [String: Tally] = [:]
    /// Field name → (correct, checked), in the order the scorer reports them.
    public var fields: [(name: String, correct: Int, checked: Int)] =
        [
            "date", "location", "signatories", "topics.recall", "topics.precision", "com.category", "com.due",
            "com.amount",
        ]
        .map { ($0, 0, 0) }
    /// One line per miss or spurious record, for `-v`.
    public var findings: [String] = []

    /// All field checks together.
    public var fieldAccuracy: Double {
        let checked = fields.reduce(0) { $0 + $1.checked }
        return Double(fields.reduce(0) { $0 + $1.correct }) / Double(max(1, checked))
    }

    mutating func count(_ field: String, _ ok: Bool) {
        guard let i = fields.firstIndex(where: { $0.name == field }) else { return }
        fields[i].checked += 1
        if ok { fields[i].correct += 1 }
    }

    /// The report as text; the last line is the one-line summary.
    public func lines(verbose: Bool) -> [String] {
        var out = verbose ? findings : []
        for (language, tally) in byLanguage.sorted(by: { $0.key < $1.key }) {
            let a = tally.agreements
            let c = tally.commitments
            out.append(
                "[\(language)] agreements P \(f(a.precision)) R \(f(a.recall)) F1 \(f(a.f1)) | commitments P \(f(c.precision)) R \(f(c.recall)) F1 \(f(c.f1))"
            )
        }
        for field in fields {
            let padded = field.name.padding(toLength: 18, withPad: " ", startingAt: 0)
            out.append(
                "\(padded) \(field.correct)/\(field.checked)"
                    + (field.checked > 0 ? " = \(f(Double(field.correct) / Double(field.checked)))" : ""))
        }
        let a = total.agreements
        let c = total.commitments
        out.append(
            "agreements F1 \(f(a.f1)) (P \(f(a.precision)) R \(f(a.recall))) · commitments F1 \(f(c.f1)) (P \(f(c.precision)) R \(f(c.recall))) · fields \(f(fieldAccuracy))"
        )
        return out
    }

    private func f(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
