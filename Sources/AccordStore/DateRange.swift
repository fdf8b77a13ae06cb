/// Inclusive comparison of ISO 8601 dates of any precision ("2026", "2026-04", "2026-04-28").
enum DateRange {
    /// A reduced-precision date is in range when any day it covers is: "2026" is after
    /// "2026-06-01" as far as `from` goes and before it as far as `to` goes.
    static func contains(_ date: String, from: String?, to: String?) -> Bool {
        if let from, date.padded(with: "9") < from { return false }
        if let to, date.padded(with: "0") > to.padded(with: "9") { return false }
        return true
    }
}

extension String {
    /// "2026" → "2026-99-99" (latest) or "2026-00-00" (earliest), so plain string
    /// comparison orders dates of mixed precision.
    fileprivate func padded(with digit: Character) -> String {
        let full = "0000-00-00"
        guard count < full.count else { return self }
        let fill = String(repeating: digit, count: 2)
        switch count {
        case 4: return self + "-" + fill + "-" + fill
        case 7: return self + "-" + fill
        default: return self
        }
    }
}
