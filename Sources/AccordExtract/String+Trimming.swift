import Foundation

extension Substring {
    /// What `trimmingCharacters(in:)` returns, looking only at the ends: Foundation's version first
    /// copies the whole text into an NSString, which made trimming a line cost as much as reading it.
    func trimmingScalars(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let last = scalars.index(before: end)
            guard set.contains(scalars[last]) else { break }
            end = last
        }
        return String(scalars[start..<end])
    }
}

extension String {
    /// What `trimmingCharacters(in:)` returns, looking only at the ends.
    func trimmingScalars(in set: CharacterSet) -> String { self[...].trimmingScalars(in: set) }
}
