import Testing

@testable import AccordFetch

@Suite struct URLValidationTests {
    @Test func refusesOtherSchemes() async {
        let fetcher = Fetcher(configuration: FetchConfiguration())
        await #expect(throws: FetchError.unsupportedScheme("ftp")) { try await fetcher.fetch("ftp://example.com/file") }
        await #expect(throws: FetchError.unsupportedScheme("file")) { try await fetcher.fetch("file:///etc/passwd") }
        await #expect(throws: FetchError.unsupportedScheme("gopher")) { try await fetcher.fetch("gopher://x/") }
        await #expect(throws: FetchError.unsupportedScheme("javascript")) {
            try await fetcher.fetch("javascript:alert(1)")
        }
    }

    @Test(arguments: [
        "", "not a url", "http://", "http:///path", "https://:443/", "http://user:pass@example.com/",
        "http://example.com@127.0.0.1/", "http://@example.com/", "http://exa mple.com/", "http://[::1/",
        "http://[fe80::1%25eth0]/", "http://example.com:99999/", "://example.com", "http:example.com/",
        "http:/example.com/", "http:\\\\example.com/",
    ])
    func refusesInvalid(_ url: String) {
        #expect(throws: FetchError.invalidURL(url)) { try FetchTarget.parse(url) }
    }

    @Test func parsesAndNormalises() throws {
        let target = try FetchTarget.parse("  HTTP://Example.COM:8080/a/b?c=d#fragment ")
        #expect(target.scheme == "http")
        #expect(target.host.lowercased() == "example.com")
        #expect(target.port == 8080)
        #expect(!target.isIPLiteral)
        #expect(!target.url.contains("#"))
        #expect(target.url.hasSuffix(":8080/a/b?c=d"))

        let v6 = try FetchTarget.parse("https://[2001:db8::1]/x")
        #expect(v6.host == "2001:db8::1")
        #expect(v6.port == 443)
        #expect(v6.isIPLiteral)

        let v4 = try FetchTarget.parse("http://127.0.0.1/")
        #expect(v4.host == "127.0.0.1")
        #expect(v4.port == 80)
        #expect(v4.isIPLiteral)
    }

    @Test func obfuscatedLoopbackIsRefused() async {
        // libcurl normalises or getaddrinfo decodes these numeric forms; either way they are loopback.
        // Nothing listens on port 9 and the refusal happens before any connection.
        let fetcher = Fetcher(configuration: FetchConfiguration())
        for url in ["http://0x7f.1:9/", "http://2130706433:9/", "http://127.1:9/", "http://[::ffff:127.0.0.1]:9/"] {
            // Only IP literals go further, so that no DNS query can leave the machine.
            guard let target = try? FetchTarget.parse(url), target.isIPLiteral else {
                Issue.record("\(url) is not parsed as an IP literal")
                continue
            }
            do {
                _ = try await fetcher.fetch(url)
                Issue.record("\(url) was fetched")
            } catch {
                guard case .forbiddenAddress = error else {
                    Issue.record("\(url): \(error)")
                    continue
                }
            }
        }
    }

    @Test func environmentSwitch() {
        setenv("ACCORD_FETCH_ALLOW_PRIVATE", "1", 1)
        #expect(FetchConfiguration.fromEnvironment().allowPrivateAddresses)
        unsetenv("ACCORD_FETCH_ALLOW_PRIVATE")
        #expect(!FetchConfiguration.fromEnvironment().allowPrivateAddresses)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
