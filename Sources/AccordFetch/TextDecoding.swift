/// Decodes fetched bodies to text (a small subset of the WHATWG encoding sniffing rules).
public enum TextDecoding {
    enum Encoding: Equatable {
        case utf8, windows1252, utf16LE, utf16BE
    }

    /// Decodes `body` given the raw Content-Type header value (parameters included), if any.
    ///
    /// Precedence: byte order mark, then the Content-Type `charset`, then (for HTML, or when the
    /// media type is unknown and the body looks like HTML) a `<meta charset>` or
    /// `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KiB, else UTF-8,
    /// falling back to Windows-1252 when the bytes are not valid UTF-8. Unknown charset labels are ignored.
    /// The BOM is stripped. ISO-8859-1 and US-ASCII are decoded as Windows-1252, as browsers do.
    public static func decode(_ body: [UInt8], contentType: String?) -> String {
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { return decode(body[3...], as: .utf8, declared: true) }
        if body.starts(with: [0xFE, 0xFF]) { return decode(body[2...], as: .utf16BE, declared: true) }
        if body.starts(with: [0xFF, 0xFE]) { return decode(body[2...], as: .utf16LE, declared: true) }

        let header = contentType.map(parseContentType)
        if let label = header?.charset, let encoding = encoding(forLabel: label) {
            return decode(body[...], as: encoding, declared: true)
        }
        let mediaType = header?.mediaType
        let mayBeHTML =
            mediaType == "text/html" || mediaType == "application/xhtml+xml"
            || (mediaType == nil && looksLikeHTML(body))
        if mayBeHTML, let label = metaCharset(body), var encoding = encoding(forLabel: label) {
            // A meta tag cannot sensibly declare UTF-16 in an ASCII-compatible document.
            if encoding == .utf16LE || encoding == .utf16BE { encoding = .utf8 }
            return decode(body[...], as: encoding, declared: true)
        }
        return decode(body[...], as: .utf8, declared: false)
    }

    /// Splits a Content-Type header value into its lowercased media type and its `charset` parameter.
    public static func parseContentType(_ value: String) -> (mediaType: String?, charset: String?) {
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        let media = parts.first.map { $0.trimmingASCIIWhitespace().lowercased() } ?? ""
        var charset: String?
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = parameter[..<equals].trimmingASCIIWhitespace().lowercased()
            guard name == "charset" else { continue }
            var value = parameter[parameter.index(after: equals)...].trimmingASCIIWhitespace()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = value.dropFirst().dropLast()
            } else if value.hasPrefix("'") && value.hasSuffix("'") && value.count >= 2 {
                value = value.dropFirst().dropLast()
            }
            if !value.isEmpty { charset = value.lowercased() }
            break
        }
        return (media.isEmpty ? nil : media, charset)
    }

    static func encoding(forLabel label: String) -> Encoding? {
        switch label.trimmingASCIIWhitespace().lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
            "iso_8859-1:1987", "latin1", "l1", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "us-ascii", "ascii",
            "ansi_x3.4-1968":
            .windows1252
        case "utf-16le", "utf-16", "ucs-2", "unicode", "unicodefeff", "csunicode", "iso-10646-ucs-2":
            .utf16LE
        case "utf-16be", "unicodefffe":
            .utf16BE
        default:
            nil
        }
    }

    static func decode(_ bytes: ArraySlice<UInt8>, as encoding: Encoding, declared: Bool) -> String {
        switch encoding {
        case .utf8:
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            // Declared UTF-8 that is not: keep the declaration, replace the bad sequences.
            // Undeclared: the bytes are most likely legacy Windows-1252.
            return declared ? String(decoding: bytes, as: UTF8.self) : decodeWindows1252(bytes)
        case .windows1252:
            return decodeWindows1252(bytes)
        case .utf16LE, .utf16BE:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                let first = UInt16(bytes[index])
                let second = UInt16(bytes[index + 1])
                units.append(encoding == .utf16LE ? first | second << 8 : first << 8 | second)
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (the rest is identical to ISO-8859-1).
    /// Undefined bytes map to the C1 control with the same value, as in the WHATWG index.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        let table = windows1252High
        return String(
            decoding: bytes.lazy.map { byte -> UInt16 in
                (0x80...0x9F).contains(byte) ? table[Int(byte) - 0x80] : UInt16(byte)
            }, as: UTF16.self)
    }

    private static func looksLikeHTML(_ body: [UInt8]) -> Bool {
        let head = asciiLowercased(body.prefix(512))
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<meta")
            || head.contains("<head")
    }

    private static func asciiLowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : ($0 < 0x80 ? $0 : 0x20) }, as: UTF8.self)
    }

    /// The charset declared by the first `<meta>` tag that declares one, within the first 4 KiB.
    static func metaCharset(_ body: [UInt8]) -> String? {
        let head = asciiLowercased(body.prefix(4096))
        var rest = head[...]
        while let start = rest.firstRange(of: "<meta") {
            let afterTag = rest[start.upperBound...]
            let end = afterTag.firstIndex(of: ">") ?? afterTag.endIndex
            let tag = afterTag[..<end]
            if let label = charsetValue(in: tag) { return label }
            rest = afterTag[end...]
        }
        return nil
    }

    /// Finds `charset` `=` value inside a tag's attribute text (covers both `charset="x"` and
    /// `content="text/html; charset=x"`).
    private static func charsetValue(in tag: Substring) -> String? {
        var rest = tag
        while let found = rest.firstRange(of: "charset") {
            var index = found.upperBound
            func skipSpaces() {
                while index < rest.endIndex, isSpace(rest[index]) { index = rest.index(after: index) }
            }
            skipSpaces()
            guard index < rest.endIndex, rest[index] == "=" else {
                rest = rest[found.upperBound...]
                continue
            }
            index = rest.index(after: index)
            skipSpaces()
            if index < rest.endIndex, rest[index] == "\"" || rest[index] == "'" {
                index = rest.index(after: index)
            }
            var value = ""
            while index < rest.endIndex {
                let character = rest[index]
                if isSpace(character) || "\"';/>".contains(character) { break }
                value.append(character)
                index = rest.index(after: index)
            }
            if !value.isEmpty { return value }
            rest = rest[found.upperBound...]
        }
        return nil
    }
}

/// ASCII whitespace as HTML and HTTP understand it.
func isSpace(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == "\r" || character == "\n" || character == "\r\n"
        || character == "\u{0C}"
}

extension StringProtocol {
    func trimmingASCIIWhitespace() -> Substring {
        let string = Substring(self)
        guard let first = string.firstIndex(where: { !isSpace($0) }) else { return string[string.endIndex...] }
        let last = string.lastIndex(where: { !isSpace($0) })!
        return string[first...last]
    }
}
