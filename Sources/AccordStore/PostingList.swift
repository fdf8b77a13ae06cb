/// Sorted lists of record positions, combined without touching the records themselves.
enum PostingList {
    /// Positions in every list; all positions when there are no lists.
    static func intersect(_ lists: [[Int]], all count: Int) -> [Int] {
        guard let shortest = lists.min(by: { $0.count < $1.count }) else { return Array(0..<count) }
        let others = lists.filter { $0 != shortest }.map(Set.init)
        return shortest.filter { p in others.allSatisfy { $0.contains(p) } }
    }

    /// Positions in any list, ascending.
    static func union(_ lists: [[Int]]) -> [Int] {
        Array(Set(lists.joined())).sorted()
    }
}
