import Foundation

/// The days an ISO date of any precision covers ("2025" is a whole year), as days since
/// 1970-01-01, so that dates of different precision can be compared.
public enum DayRange {
    public static func of(_ iso: String?) -> ClosedRange<Int>? {
        guard let iso else { return nil }
        let parts = iso.prefix(10).split(separator: "-").map { Int($0) }
        guard let year = parts.first ?? nil, parts.allSatisfy({ $0 != nil }) else { return nil }
        switch parts.count {
        case 1: return day(year, 1, 1)...day(year, 12, 31)
        case 2:
            guard let month = parts[1], (1...12).contains(month) else { return nil }
            let next = month == 12 ? day(year + 1, 1, 1) : day(year, month + 1, 1)
            return day(year, month, 1)...(next - 1)
        default:
            guard let month = parts[1], let d = parts[2], (1...12).contains(month), (1...31).contains(d) else {
                return nil
            }
            return day(year, month, d)...day(year, month, d)
        }
    }

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    public static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whether two dates can name the same day: their ranges meet, or they are a day apart
    /// (outlets in different time zones date the same signing differently).
    public static func compatible(_ a: String, _ b: String) -> Bool {
        guard let x = of(a), let y = of(b) else { return a == b }
        return x.lowerBound <= y.upperBound + 1 && y.lowerBound <= x.upperBound + 1
    }
}

extension DayRange {
    /// Today in UTC, as days since 1970-01-01.
    /// Read for every cached answer: `time` costs less than making a `Date`.
    public static var today: Int {
        let seconds = Int(time(nil))
        return seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }

    /// A strict `YYYY-MM-DD` that names a real day, as days since 1970; nil otherwise.
    public static func day(iso text: String) -> Int? {
        guard text.count == 10, let range = of(text), range.lowerBound == range.upperBound else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        // 2025-02-30 would fold into March: check the day survives the round trip.
        guard parts.count == 3, parts[2] <= days(inMonth: parts[1], of: parts[0]) else { return nil }
        return range.lowerBound
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        let next = month == 12 ? day(year + 1, 1, 1) : day(year, month + 1, 1)
        return next - day(year, month, 1)
    }
}
