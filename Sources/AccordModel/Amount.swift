/// The main quantity a commitment names, normalised (`US$3,2 miliar` → 3200000000 USD).
public struct Amount: Codable, Hashable, Sendable {
    /// The number in `unit`s, scale words applied.
    public var value: Double
    /// One of `AmountUnit`'s raw values (USD, EUR, GBP, JPY, IDR, percent, tonnes, count, …).
    public var unit: String
    /// The words of the article that stated it.
    public var text: String

    public init(value: Double, unit: String, text: String) {
        self.value = value
        self.unit = unit
        self.text = text
    }
}

/// Units the API documents; extraction may add other ISO 4217 currency codes.
public enum AmountUnit: String, CaseIterable, Sendable {
    case usd = "USD", eur = "EUR", gbp = "GBP", jpy = "JPY", idr = "IDR"
    case percent, tonnes, count
}
