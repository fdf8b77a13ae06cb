import Crypto

/// "sha256:<hex>" of the raw bytes, and the short id derived from it for articles that
/// have no file name to be named after.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> String {
        "sha256:"
            + SHA256.hash(data: bytes).map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }.joined()
    }

    /// The first 16 hex digits: stable for the same content, short enough for URLs.
    static func articleID(for hash: String) -> String {
        String(hash.dropFirst("sha256:".count).prefix(16))
    }
}
