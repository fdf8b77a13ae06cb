#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Classifies numeric IP addresses: only globally routable unicast addresses are public.
public enum AddressPolicy {
    /// Whether a fetch may connect to `address`. `allowPrivate` (for tests and intranets) opens
    /// loopback, private and other non-public unicast ranges, but never link-local, unspecified,
    /// multicast or cloud metadata addresses: those reach the machine's own control plane.
    public static func isAllowed(_ address: String, allowPrivate: Bool) -> Bool {
        if isPublic(address) { return true }
        guard allowPrivate, let bytes = parse(address) else { return false }
        return !isAlwaysRefused(bytes)
    }

    /// IPv4 as 4 bytes or IPv6 as 16, from any textual form inet_pton takes, brackets and zone dropped.
    static func parse(_ address: String) -> [UInt8]? {
        var text = Substring(address)
        if text.hasPrefix("["), text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        if let percent = text.firstIndex(of: "%") { text = text[..<percent] }
        if let v4 = parseIPv4(String(text)) { return [v4.0, v4.1, v4.2, v4.3] }
        return parseIPv6(String(text))
    }

    /// Closed whatever the settings: link-local (169.254/16 with the metadata service at
    /// 169.254.169.254, fe80::/10), unspecified (0/8, ::), multicast and broadcast, and the
    /// metadata services outside those ranges (100.100.100.200, fd00:ec2::254).
    static func isAlwaysRefused(_ bytes: [UInt8]) -> Bool {
        if bytes.count == 4 {
            switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
            case (0, _, _, _), (169, 254, _, _), (224...255, _, _, _), (100, 100, 100, 200): return true
            default: return false
            }
        }
        guard bytes.count == 16 else { return true }
        let zeros = [UInt8](repeating: 0, count: 16)
        if bytes == zeros { return true }  // ::
        if bytes == zeros.dropLast() + [1] { return false }  // ::1, loopback
        // IPv4 inside IPv6 (mapped ::ffff:0:0/96, compatible ::/96, NAT64 64:ff9b::/96): as the IPv4 address.
        let mapped: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]
        let nat64: [UInt8] = [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0]
        if bytes.starts(with: mapped) || bytes.starts(with: nat64) || bytes.starts(with: zeros.prefix(12)) {
            return isAlwaysRefused(Array(bytes[12...]))
        }
        if bytes[0] == 0xfe, bytes[1] & 0xc0 == 0x80 { return true }  // fe80::/10
        if bytes[0] == 0xff { return true }  // multicast
        return bytes == [0xfd, 0x00, 0x0e, 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54]  // fd00:ec2::254
    }

    /// Whether `address` (textual IPv4 dotted quad or IPv6, optionally in brackets or with a `%zone`)
    /// is a public unicast address. Anything that does not parse is not public. Pure: no I/O.
    public static func isPublic(_ address: String) -> Bool {
        var text = Substring(address)
        if text.hasPrefix("["), text.hasSuffix("]") {
            text = text.dropFirst().dropLast()
        }
        if let percent = text.firstIndex(of: "%") {
            text = text[..<percent]
        }
        if let v4 = parseIPv4(String(text)) {
            return isPublicIPv4(v4)
        }
        if let v6 = parseIPv6(String(text)) {
            return isPublicIPv6(v6)
        }
        return false
    }

    static func parseIPv4(_ text: String) -> (UInt8, UInt8, UInt8, UInt8)? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: address) { ($0[0], $0[1], $0[2], $0[3]) }
    }

    static func parseIPv6(_ text: String) -> [UInt8]? {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: address) { Array($0) }
    }

    static func isPublicIPv4(_ a: (UInt8, UInt8, UInt8, UInt8)) -> Bool {
        switch (a.0, a.1, a.2) {
        case (0, _, _): false  // "this network" 0.0.0.0/8
        case (10, _, _): false  // private 10/8
        case (100, 64...127, _): false  // CGNAT 100.64/10
        case (127, _, _): false  // loopback 127/8
        case (169, 254, _): false  // link-local 169.254/16
        case (172, 16...31, _): false  // private 172.16/12
        case (192, 0, 0): false  // IETF protocol assignments 192.0.0/24
        case (192, 0, 2): false  // TEST-NET-1
        case (192, 88, 99): false  // 6to4 relay anycast
        case (192, 168, _): false  // private 192.168/16
        case (198, 18...19, _): false  // benchmarking 198.18/15
        case (198, 51, 100): false  // TEST-NET-2
        case (203, 0, 113): false  // TEST-NET-3
        case (224...239, _, _): false  // multicast 224/4
        case (240...255, _, _): false  // reserved 240/4, broadcast 255.255.255.255
        default: true
        }
    }

    static func isPublicIPv6(_ b: [UInt8]) -> Bool {
        precondition(b.count == 16)
        func prefix(_ bytes: [UInt8]) -> Bool { b.starts(with: bytes) }
        func embeddedIPv4(at i: Int) -> (UInt8, UInt8, UInt8, UInt8) { (b[i], b[i + 1], b[i + 2], b[i + 3]) }

        // ::ffff:a.b.c.d (IPv4-mapped): judged as the IPv4 address.
        if prefix([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]) { return isPublicIPv4(embeddedIPv4(at: 12)) }
        // 64:ff9b::/96 (NAT64 well-known prefix): judged as the embedded IPv4 address.
        if prefix([0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0]) { return isPublicIPv4(embeddedIPv4(at: 12)) }
        // 2002::/16 (6to4): judged as the embedded IPv4 address.
        if prefix([0x20, 0x02]) { return isPublicIPv4(embeddedIPv4(at: 2)) }
        // Only global unicast 2000::/3 can be public; this excludes ::, ::1, ::/96 (IPv4-compatible),
        // 64:ff9b:1::/48 (local NAT64), 100::/64 (discard), fc00::/7 (ULA), fe80::/10 (link-local),
        // fec0::/10 (site-local) and ff00::/8 (multicast).
        guard b[0] & 0xe0 == 0x20 else { return false }
        // 2001::/23: IETF protocol assignments (Teredo 2001::/32, benchmarking, ORCHID…).
        if b[0] == 0x20, b[1] == 0x01, b[2] & 0xfe == 0 { return false }
        // 2001:db8::/32: documentation.
        if prefix([0x20, 0x01, 0x0d, 0xb8]) { return false }
        // 3fff::/20: documentation (RFC 9637).
        if b[0] == 0x3f, b[1] == 0xff, b[2] & 0xf0 == 0 { return false }
        return true
    }
}
