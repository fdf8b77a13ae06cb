/// One page of a filtered list and the size of the whole filtered set.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int
    public var limit: Int
    public var offset: Int
    /// Counts over the whole filtered set, for each facet asked for.
    public var facets: [Facet: [String: Int]] = [:]

    /// The offset of the next page, or nil on the last one.
    public init(items: [Item], total: Int, limit: Int, offset: Int) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
    }

    public var nextOffset: Int? { limit < total - offset ? offset + limit : nil }
}
