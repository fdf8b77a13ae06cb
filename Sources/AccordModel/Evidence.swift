/// A span of an article's `text`, in Unicode scalar values, end exclusive.
public struct Evidence: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
