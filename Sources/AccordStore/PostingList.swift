/// Ascending lists of record positions, combined by merging: no sets, no hashing.
enum PostingList {
    /// Positions in every list; nil when there are no lists (no filter: everything).
    static func intersect(_ lists: [[Int]]) -> [Int]? {
        guard var result = lists.min(by: { $0.count < $1.count }) else { return nil }
        for list in lists where result.count > 0 {
            result = intersect(result, list)
        }
        return result
    }

    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(min(a.count, b.count))
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if a[i] > b[j] {
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        return out
    }

    /// Positions in any list, ascending, each once.
    static func union(_ lists: [[Int]]) -> [Int] {
        if lists.count == 1 { return lists[0] }
        var out = Array(lists.joined())
        out.sort()
        var unique: [Int] = []
        unique.reserveCapacity(out.count)
        for position in out where position != unique.last { unique.append(position) }
        return unique
    }

    /// Positions of `a` not in `b`.
    static func subtract(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !b.isEmpty else { return a }
        var out: [Int] = []
        out.reserveCapacity(a.count)
        var j = 0
        for position in a {
            while j < b.count && b[j] < position { j += 1 }
            if j == b.count || b[j] != position { out.append(position) }
        }
        return out
    }

    /// Whether an ascending list holds `position`.
    static func contains(_ list: [Int], _ position: Int) -> Bool {
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < position { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] == position
    }
}
