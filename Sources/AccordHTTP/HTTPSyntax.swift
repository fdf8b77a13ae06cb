/// Byte classes from RFC 9110 5.6 used by the request parser.
enum HTTPSyntax {
    static let cr: UInt8 = 13
    static let lf: UInt8 = 10
    static let space: UInt8 = 32
    static let tab: UInt8 = 9

    /// tchar as bit masks: bit n of `tokenBelow64` for byte n, of `tokenFrom64` for byte 64 + n
    /// (digits, letters and !#$%&'*+-.^_`|~; the tests check them byte by byte). Literals cost
    /// nothing to read; the table they replace, built lazily, was checked for initialisation on
    /// every byte of every field name.
    private static let tokenBelow64: UInt64 = 0x03FF_6CFA_0000_0000
    private static let tokenFrom64: UInt64 = 0x57FF_FFFF_C7FF_FFFE

    /// tchar: the characters allowed in methods, field names and transfer-coding names.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<64: tokenBelow64 &>> byte & 1 == 1
        case 64..<128: tokenFrom64 &>> (byte - 64) & 1 == 1
        default: false
        }
    }

    static func isToken(_ bytes: some Collection<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy(isTokenByte)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// The byte with an ASCII capital letter lowercased: field names and codings compare
    /// without regard to case (RFC 9110 5.1, 8.4.1).
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether `bytes` spell `lowercase` in any ASCII case.
    static func equalsIgnoringCase(_ bytes: some Collection<UInt8>, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        return lowercase.withUTF8Buffer { expected in
            zip(bytes, expected).allSatisfy { byte, wanted in lowercased(byte) == wanted }
        }
    }

    /// field-vchar / SP / HTAB; obs-text (0x80–0xFF) is accepted as RFC 9110 allows.
    static func isFieldValueByte(_ byte: UInt8) -> Bool {
        byte == tab || (byte >= 0x20 && byte != 0x7F)
    }

    /// Bytes allowed in a request-target: anything visible. Non-ASCII bytes are tolerated (real clients send
    /// raw UTF-8); what matters for framing is that there are no spaces or control characters.
    static func isTargetByte(_ byte: UInt8) -> Bool { byte > 0x20 && byte != 0x7F }

    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Drops leading and trailing SP/HTAB.
    static func trimmed<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bytes
    where Bytes.SubSequence == Bytes {
        var slice = bytes
        while let first = slice.first, isWhitespace(first) { slice.removeFirst() }
        while let last = slice.last, isWhitespace(last) { slice.removeLast() }
        return slice
    }

    /// `*( BWS ";" BWS name [ BWS "=" BWS ( token / quoted-string ) ] )`: chunk extensions (RFC 9112 7.1.1).
    static func isValidParameterList(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        func skipWhitespace() { while index < end, isWhitespace(bytes[index]) { index += 1 } }
        func readToken() -> Bool {
            let start = index
            while index < end, isTokenByte(bytes[index]) { index += 1 }
            return index > start
        }
        while true {
            skipWhitespace()
            if index == end { return true }
            guard bytes[index] == UInt8(ascii: ";") else { return false }
            index += 1
            skipWhitespace()
            guard readToken() else { return false }
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            skipWhitespace()
            guard index < end else { return false }
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var closed = false
                while index < end {
                    let byte = bytes[index]
                    index += 1
                    if byte == UInt8(ascii: "\"") {
                        closed = true
                        break
                    }
                    if byte == UInt8(ascii: "\\") {
                        guard index < end, isFieldValueByte(bytes[index]) else { return false }
                        index += 1
                    } else if !isFieldValueByte(byte) {
                        return false
                    }
                }
                guard closed else { return false }
            } else if !readToken() {
                return false
            }
        }
    }
}
