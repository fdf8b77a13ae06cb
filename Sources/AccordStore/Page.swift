/// One page of a filtered list and the size of the whole filtered set.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int
    public var limit: Int
    public var offset: Int

    /// The offset of the next page, or nil on the last one.
    public var nextOffset: Int? { limit < total - offset ? offset + limit : nil }
}
