import Foundation

enum Timestamp {
    /// "2026-11-27T12:00:00Z": whole seconds, UTC.
    static func rfc3339(_ date: Date) -> String {
        Date.ISO8601FormatStyle().format(date)
    }
}
