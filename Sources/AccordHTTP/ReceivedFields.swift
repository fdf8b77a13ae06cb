import HTTPTypes

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A request's header fields as they arrived: the bytes of the field lines and where each name
/// and value lie in them. The parser validates every line as it reads it; no field becomes an
/// `HTTPField` until someone asks for the whole `HTTPFields`. A cached answer needs a handful
/// of lookups, and making a name and a value string for every field of every request was a
/// large share of its cost (see BENCHMARKS.md).
struct ReceivedFields: Sendable {
    /// One field line: its name at `nameStart..<nameEnd`, its value without surrounding
    /// whitespace at `valueStart..<valueEnd`, offsets into `bytes`.
    private struct Span: Sendable {
        var nameStart: Int
        var nameEnd: Int
        var valueStart: Int
        var valueEnd: Int

        var nameCount: Int { nameEnd - nameStart }
        var value: Range<Int> { valueStart..<valueEnd }
    }

    private var bytes: [UInt8] = []
    private var spans: [Span] = []

    init() {}

    var count: Int { spans.count }

    /// Roughly the memory the fields hold.
    var storageBytes: Int { bytes.capacity + spans.capacity * MemoryLayout<Span>.stride }

    /// Empties the fields, keeping their storage to fill again (when no copy shares it).
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
    }

    /// Adds one field: `name` and `value` are ranges of `line`, a line the parser has checked.
    mutating func append(_ line: ArraySlice<UInt8>, name: Range<Int>, value: Range<Int>) {
        if spans.isEmpty {
            // Room for a typical head at once, instead of growing both arrays field by field.
            bytes.reserveCapacity(256)
            spans.reserveCapacity(8)
        }
        let base = bytes.count - line.startIndex
        bytes.append(contentsOf: line)
        spans.append(
            Span(
                nameStart: name.lowerBound + base, nameEnd: name.upperBound + base,
                valueStart: value.lowerBound + base, valueEnd: value.upperBound + base))
    }

    /// The named field's value, repeated fields joined as `HTTPFields.combined(_:)` joins them,
    /// so that both forms of a request answer alike.
    func combined(_ name: HTTPField.Name) -> String? {
        var found: String?
        for span in spans where matches(span, name) {
            let value = String(decoding: bytes[span.value], as: UTF8.self)
            found = found.map { $0 + name.valueSeparator + value } ?? value
        }
        return found
    }

    /// Whether `combined(name)` would be one of `values`. A single field, the usual case, is
    /// found once and compared as received, without making a string; repeated ones are joined first.
    func combined(_ name: HTTPField.Name, isAnyOf values: [String]) -> Bool {
        var found: Span?
        for span in spans where matches(span, name) {
            if found != nil {  // repeated: rare, compare the join
                let joined = combined(name)
                return values.contains { $0 == joined }
            }
            found = span
        }
        guard let found else { return false }
        return values.contains { value(of: found, is: $0) }
    }

    /// Compared as memory: the generic comparison with a UTF8View went byte by byte.
    private func value(of span: Span, is value: String) -> Bool {
        guard span.value.count == value.utf8.count else { return false }
        var value = value
        return value.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { received in
                wanted.isEmpty
                    || memcmp(received.baseAddress! + span.valueStart, wanted.baseAddress!, wanted.count) == 0
            }
        }
    }

    func contains(_ name: HTTPField.Name) -> Bool {
        spans.contains { matches($0, name) }
    }

    /// Each value of the named field, in order.
    func values(_ name: HTTPField.Name) -> [String] {
        spans.filter { matches($0, name) }.map { String(decoding: bytes[$0.value], as: UTF8.self) }
    }

    /// The fields as `HTTPFields`, names spelled as received; built anew on each call.
    var httpFields: HTTPFields {
        var fields = HTTPFields()
        fields.reserveCapacity(spans.count)
        for span in spans {
            let nameBytes = bytes[span.nameStart..<span.nameEnd]
            // The parser accepted only token names, which every HTTPField.Name takes.
            guard
                let name = CommonFieldNames.name(spelled: nameBytes)
                    ?? HTTPField.Name(String(decoding: nameBytes, as: UTF8.self))
            else { continue }
            fields.append(HTTPField(name: name, lenientValue: bytes[span.value]))
        }
        return fields
    }

    /// Field names compare without regard to case (RFC 9110 5.1); `canonicalName` is lowercase.
    /// Compared through pointers: iterating the name's UTF8View and subscripting the array, each
    /// lookup of each request showed in profiles.
    private func matches(_ span: Span, _ name: HTTPField.Name) -> Bool {
        var wanted = name.canonicalName
        guard span.nameCount == wanted.utf8.count else { return false }
        return wanted.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { received in
                let start = span.nameStart
                for index in 0..<wanted.count where HTTPSyntax.lowercased(received[start + index]) != wanted[index] {
                    return false
                }
                return true
            }
        }
    }
}
