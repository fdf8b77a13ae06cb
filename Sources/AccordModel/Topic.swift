/// The topic slugs of the API contract; an agreement's topics and a commitment's category
/// are drawn from these.
public enum Topic: String, CaseIterable, Codable, Comparable, Sendable {
    case criticalMinerals = "critical-minerals"
    case rareEarths = "rare-earths"
    case supplyChain = "supply-chain"
    case energy, trade, tariffs, investment, defense, security, agriculture, technology
    case shipbuilding, infrastructure, finance, diplomacy, culture, migration, climate, health
    case education

    public static func < (lhs: Topic, rhs: Topic) -> Bool { lhs.rawValue < rhs.rawValue }
}
