import CCurlShim

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A URL vetted for fetching, parsed by libcurl's own URL parser so that the host we vet is the host
/// libcurl connects to.
struct FetchTarget: Equatable {
    /// Normalised absolute URL (fragment dropped, IDN host in punycode) handed to libcurl.
    var url: String
    var scheme: String
    /// Host as libcurl sees it: punycode, IPv6 literals without brackets.
    var host: String
    var port: Int
    /// The host is an IP literal (libcurl will not resolve it).
    var isIPLiteral: Bool

    static func parse(_ raw: String) throws(FetchError) -> FetchTarget {
        let text = String(raw.trimmingASCIIWhitespace())
        // Scheme first, so that `ftp:`, `file:`, `javascript:` … get a precise error.
        guard let colon = text.firstIndex(of: ":") else { throw .invalidURL(raw) }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") })
        else { throw .invalidURL(raw) }
        let lowerScheme = scheme.lowercased()
        guard lowerScheme == "http" || lowerScheme == "https" else { throw .unsupportedScheme(lowerScheme) }

        // An authority must follow: `http://host…`. (libcurl, like browsers, would read `http:///x`
        // and `http:host` leniently; we refuse them.)
        let afterScheme = text[text.index(after: colon)...]
        guard afterScheme.hasPrefix("//"), let hostStart = afterScheme.dropFirst(2).first, hostStart != "/",
            hostStart != "\\"
        else { throw .invalidURL(raw) }

        guard let handle = curl_url() else { throw .transport("curl_url() failed") }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, text, 0) == CURLUE_OK else { throw .invalidURL(raw) }

        func part(_ which: CURLUPart, _ flags: Int32 = 0) -> String? {
            var out: UnsafeMutablePointer<CChar>?
            guard curl_url_get(handle, which, &out, UInt32(flags)) == CURLUE_OK, let out else { return nil }
            defer { curl_free(out) }
            return String(cString: out)
        }

        guard let parsedScheme = part(CURLUPART_SCHEME)?.lowercased(), parsedScheme == lowerScheme else {
            throw .invalidURL(raw)
        }
        // No credentials in URLs: `http://trusted.example@10.0.0.1/` style tricks are refused outright.
        if part(CURLUPART_USER) != nil || part(CURLUPART_PASSWORD) != nil || part(CURLUPART_OPTIONS) != nil {
            throw .invalidURL(raw)
        }
        // No scoped (zone id) IPv6 literals.
        if part(CURLUPART_ZONEID) != nil { throw .invalidURL(raw) }
        guard var host = part(CURLUPART_HOST, CURLU_PUNYCODE), !host.isEmpty else { throw .invalidURL(raw) }
        guard let portText = part(CURLUPART_PORT, CURLU_DEFAULT_PORT), let port = Int(portText),
            (1...65535).contains(port)
        else { throw .invalidURL(raw) }
        // Fragments are never sent; drop them so the effective URL is clean.
        _ = curl_url_set(handle, CURLUPART_FRAGMENT, nil, 0)
        guard let url = part(CURLUPART_URL, CURLU_PUNYCODE) else { throw .invalidURL(raw) }

        var isIPLiteral = false
        if host.hasPrefix("["), host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
            isIPLiteral = true
        } else if AddressPolicy.parseIPv4(host) != nil {
            isIPLiteral = true
        }
        return FetchTarget(url: url, scheme: parsedScheme, host: host, port: port, isIPLiteral: isIPLiteral)
    }

    /// Resolves the host with getaddrinfo; numeric addresses in canonical (inet_ntop) form, deduplicated,
    /// in resolver order. Blocking.
    func resolve() throws(FetchError) -> [String] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0, let list else { throw .unresolvableHost(host) }
        defer { freeaddrinfo(list) }
        var addresses: [String] = []
        var entry: UnsafeMutablePointer<addrinfo>? = list
        while let current = entry {
            if let text = Self.numericAddress(current.pointee), !addresses.contains(text) {
                addresses.append(text)
            }
            entry = current.pointee.ai_next
        }
        guard !addresses.isEmpty else { throw .unresolvableHost(host) }
        return addresses
    }

    private static func numericAddress(_ info: addrinfo) -> String? {
        guard let socketAddress = info.ai_addr else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        let length = socklen_t(buffer.count)
        switch info.ai_family {
        case AF_INET:
            return socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { address in
                var raw = address.pointee.sin_addr
                guard inet_ntop(AF_INET, &raw, &buffer, length) != nil else { return nil }
                return decodeCString(buffer)
            }
        case AF_INET6:
            return socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { address in
                var raw = address.pointee.sin6_addr
                guard inet_ntop(AF_INET6, &raw, &buffer, length) != nil else { return nil }
                return decodeCString(buffer)
            }
        default:
            return nil
        }
    }
}

/// A NUL-terminated C string in an array, decoded as UTF-8.
func decodeCString(_ buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
