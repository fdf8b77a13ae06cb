/// Writes JSON straight into a byte buffer: no intermediate tree, no boxing, no reflection.
///
/// Bodies are the hot path of an uncached read (a page of 50 records through `JSONEncoder`
/// cost milliseconds). The output is byte for byte what `JSONEncoder` gives with
/// `[.sortedKeys, .withoutEscapingSlashes]` (tests hold the two together), so ETags agree
/// between replicas and with earlier versions. Writers list members in sorted key order.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next member or element is the first of its container (no comma before it).
    private var atFirst = true
    /// The members the current object keeps (`fields=`); nil keeps all.
    private var kept: Set<String>?

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    static func encode(_ value: some JSONValue) -> [UInt8] {
        var writer = JSONWriter()
        value.writeJSON(to: &writer)
        return writer.bytes
    }

    /// `{…}`; `only`, when given, drops every member not named in it (this level only).
    mutating func object(only: Set<String>? = nil, _ members: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        let (outerFirst, outerKept) = (atFirst, kept)
        (atFirst, kept) = (true, only)
        members(&self)
        (atFirst, kept) = (outerFirst, outerKept)
        bytes.append(UInt8(ascii: "}"))
    }

    /// `"key":value` inside `object`, with keys in sorted order.
    mutating func member(_ key: String, _ value: some JSONValue) {
        if let kept, !kept.contains(key) { return }
        separate()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        let outerKept = kept
        kept = nil
        value.writeJSON(to: &self)
        kept = outerKept
    }

    /// `[…]` of `items`, each written by `element`.
    mutating func array<S: Sequence>(_ items: S, _ element: (inout JSONWriter, S.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        let outerFirst = atFirst
        atFirst = true
        for item in items {
            separate()
            element(&self, item)
        }
        atFirst = outerFirst
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    mutating func integer(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// As `JSONEncoder`: the shortest round-trip form, without a trailing `.0`.
    mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Quotes and escapes as `JSONEncoder` does: `"` `\` and control characters; `/` and
    /// everything non-ASCII as is.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: utf8[start..<index])
                appendEscape(byte)
                start = index + 1
            }
            bytes.append(contentsOf: utf8[start...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: bytes.append(0x22)
        case 0x5C: bytes.append(0x5C)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: "u00".utf8)
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0xF)])
        }
    }

    private mutating func separate() {
        if atFirst {
            atFirst = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }
}

/// A value that writes itself as JSON.
protocol JSONValue {
    func writeJSON(to json: inout JSONWriter)
}

extension String: JSONValue {
    func writeJSON(to json: inout JSONWriter) { json.string(self) }
}

extension Int: JSONValue {
    func writeJSON(to json: inout JSONWriter) { json.integer(self) }
}

extension Double: JSONValue {
    func writeJSON(to json: inout JSONWriter) { json.number(self) }
}

extension Bool: JSONValue {
    func writeJSON(to json: inout JSONWriter) { json.bool(self) }
}

extension Optional: JSONValue where Wrapped: JSONValue {
    func writeJSON(to json: inout JSONWriter) {
        if let self { self.writeJSON(to: &json) } else { json.null() }
    }
}

extension Array: JSONValue where Element: JSONValue {
    func writeJSON(to json: inout JSONWriter) { json.array(self) { $1.writeJSON(to: &$0) } }
}

/// Keys in byte order, as `JSONEncoder`'s `.sortedKeys` sorts them.
extension Dictionary: JSONValue where Key == String, Value: JSONValue {
    func writeJSON(to json: inout JSONWriter) {
        let sorted = self.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        json.object { object in
            for (key, value) in sorted { object.member(key, value) }
        }
    }
}
