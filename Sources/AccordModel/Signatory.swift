/// A person who signed or announced an agreement for one party.
public struct Signatory: Codable, Hashable, Sendable {
    public var name: String
    /// English title, e.g. "Prime Minister"; null when unknown.
    public var role: String?
    /// ISO 3166-1 alpha-2 code (or "EU").
    public var party: String

    public init(name: String, role: String?, party: String) {
        self.name = name
        self.role = role
        self.party = party
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(role, forKey: .role)
        try c.encode(party, forKey: .party)
    }
}
