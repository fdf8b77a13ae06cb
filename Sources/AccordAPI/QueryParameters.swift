/// The decoded parameters of a query string, in order, with repeated names kept.
struct QueryParameters: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(_ query: String?) throws(Problem) {
        guard let query, !query.isEmpty else { return }
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(halves[0]), let value = Self.decode(halves.count > 1 ? halves[1] : "")
            else {
                throw .badRequest("the query string is not valid percent-encoded UTF-8: \(part)")
            }
            pairs.append((name, value))
        }
    }

    var names: [String] { pairs.map(\.name) }

    /// Answers 400 naming the first parameter this endpoint does not take, so a typo
    /// never silently returns the unfiltered list.
    func requireKnown(_ accepted: [String]) throws(Problem) {
        if let unknown = names.first(where: { !accepted.contains($0) }) {
            throw .badRequest(
                "unknown query parameter '\(unknown)'; accepted: \(accepted.joined(separator: ", "))")
        }
    }

    /// Every value of a repeatable, comma-separated parameter, in order, empty items dropped.
    func list(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.flatMap { $0.value.split(separator: ",").map(String.init) }
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The one value of a single-valued parameter; 400 when it is given twice.
    func single(_ name: String) throws(Problem) -> String? {
        let values = pairs.filter { $0.name == name }.map(\.value)
        guard values.count <= 1 else { throw .badRequest("query parameter '\(name)' may be given only once") }
        return values.first
    }

    func integer(_ name: String, default value: Int, in range: ClosedRange<Int>) throws(Problem) -> Int {
        guard let text = try single(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw .badRequest(
                "query parameter '\(name)' must be an integer from \(range.lowerBound) to \(range.upperBound), not '\(text)'"
            )
        }
        return number
    }

    /// Percent-decoding with '+' as space, as HTML forms send it.
    private static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue)
                else { return nil }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
