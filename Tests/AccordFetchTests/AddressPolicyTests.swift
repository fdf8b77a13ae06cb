import Testing

@testable import AccordFetch

@Suite struct AddressPolicyTests {
    @Test(arguments: [
        "8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
        "192.167.255.255", "169.253.0.1", "223.255.255.255", "11.0.0.1",
        "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e", "[2606:4700::1]",
        "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:0808:0808::1",
    ])
    func publicAddresses(_ address: String) {
        #expect(AddressPolicy.isPublic(address), "\(address) should be public")
    }

    @Test(arguments: [
        // IPv4 special-purpose ranges.
        "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254", "127.0.0.1",
        "127.255.255.254", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.10",
        "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.1",
        "239.255.255.250", "240.0.0.1", "255.255.255.255",
        // IPv6.
        "::", "::1", "[::1]", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:7f00:1", "::127.0.0.1",
        "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::1", "100::1", "2001::1", "2001:db8::1", "2002:7f00:1::1",
        "2002:c0a8:0101::1", "3fff::1", "fc00::1", "fd12:3456:789a::1", "fe80::1", "fe80::1%eth0", "febf::1",
        "fec0::1", "ff02::1", "ff05::1:3",
        // Not addresses at all.
        "", "localhost", "example.com", "127.1", "0x7f.0.0.1", "2130706433", "1.2.3.4.5", "::g", "[::1",
    ])
    func nonPublicAddresses(_ address: String) {
        #expect(!AddressPolicy.isPublic(address), "\(address) should not be public")
    }

    @Test(arguments: [
        "127.0.0.1", "[::1]", "::1", "10.1.2.3", "192.168.0.10", "172.20.0.1", "100.64.0.1", "fd12:3456::1",
        "::ffff:127.0.0.1", "8.8.8.8",
    ])
    func privateAddressesOpenWhenAllowed(_ address: String) {
        #expect(AddressPolicy.isAllowed(address, allowPrivate: true), "\(address) should open with allowPrivate")
    }

    @Test(arguments: [
        "169.254.169.254", "169.254.0.1", "[::ffff:169.254.169.254]", "::ffff:a9fe:a9fe", "64:ff9b::a9fe:a9fe",
        "::169.254.169.254", "fe80::1", "fe80::1%eth0", "[fe80::a9fe:a9fe]", "fd00:ec2::254", "100.100.100.200",
        "0.0.0.0", "0.1.2.3", "::", "[::]", "::ffff:0.0.0.0", "224.0.0.1", "255.255.255.255", "ff02::1",
        "localhost", "2130706433", "",
    ])
    func linkLocalMetadataAndUnspecifiedStayClosed(_ address: String) {
        #expect(!AddressPolicy.isAllowed(address, allowPrivate: true), "\(address) must stay closed")
        #expect(!AddressPolicy.isAllowed(address, allowPrivate: false))
    }
}
