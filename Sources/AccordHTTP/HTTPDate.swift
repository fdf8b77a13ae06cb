import Foundation

/// HTTP dates (RFC 9110 5.6.7): IMF-fixdate out (`Sun, 06 Nov 1994 08:49:37 GMT`), and all
/// three forms in, for `Date`, `Last-Modified` and `If-Modified-Since`.
public enum HTTPDate {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Formats seconds since 1970 without Foundation formatters (cheap, locale-free).
    public static func format(epochSeconds: Int) -> String {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let secondOfDay = epochSeconds - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let weekday = weekdays[((days % 7) + 7) % 7]
        return "\(weekday), \(two(day)) \(months[month - 1]) \(year) "
            + "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60)) GMT"
    }

    /// Seconds since 1970 of an IMF-fixdate, an obsolete RFC 850 date (`Sunday, 06-Nov-94
    /// 08:49:37 GMT`) or an asctime date (`Sun Nov  6 08:49:37 1994`); nil for anything else.
    public static func parse(_ text: String) -> Int? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var day: Int?
        var month: Int?
        var year: Int?
        var time: [Int]?
        switch words.count {
        case 4 where words[3] == "GMT" && words[1].contains("-"):  // RFC 850
            let parts = words[1].split(separator: "-").map(String.init)
            guard parts.count == 3, let y = Int(parts[2]) else { return nil }
            (day, month, year) = (Int(parts[0]), months.firstIndex(of: parts[1]), y < 70 ? 2000 + y : 1900 + y)
            time = clock(words[2])
        case 6 where words[5] == "GMT":  // IMF-fixdate
            (day, month, year, time) = (Int(words[1]), months.firstIndex(of: words[2]), Int(words[3]), clock(words[4]))
        case 5:  // asctime
            (month, day, time, year) = (months.firstIndex(of: words[1]), Int(words[2]), clock(words[3]), Int(words[4]))
        default:
            return nil
        }
        guard let day, let month, let year, let time, (1...31).contains(day) else { return nil }
        return daysSinceEpoch(year: year, month: month + 1, day: day) * 86_400 + time[0] * 3600 + time[1] * 60 + time[2]
    }

    private static func clock(_ text: String) -> [Int]? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 3, parts[0] < 24, parts[1] < 60, parts[2] < 61 else { return nil }
        return parts
    }

    /// Howard Hinnant's days-from-civil algorithm.
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Howard Hinnant's days-to-civil algorithm.
    private static func civilDate(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// The `Date` value, formatted at most once per second. Each event loop owns one (no locking).
struct HTTPDateCache {
    private var second = Int.min
    /// The Date field's value for the second of the last `refresh()`.
    private(set) var current = ""

    /// Called by the loop each time it wakes: one clock read per round, not one per response.
    mutating func refresh() {
        let now = Int(time(nil))
        if now != second {
            second = now
            current = HTTPDate.format(epochSeconds: now)
        }
    }
}
