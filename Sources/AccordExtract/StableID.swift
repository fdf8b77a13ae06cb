import Crypto
import Foundation

/// Ids that survive restarts: a hash of what identifies the record, never a counter or a clock.
enum StableID {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func make(_ parts: [String]) -> String {
        let joined = parts.joined(separator: "\u{1F}")
        let digest = SHA256.hash(data: Data(joined.utf8))
        // Lowercase hex of the first 8 bytes, by table: `String(format:)` is slow.
        return String(unsafeUninitializedCapacity: 16) { buffer in
            var written = 0
            for byte in digest.prefix(8) {
                buffer[written] = hexDigits[Int(byte >> 4)]
                buffer[written + 1] = hexDigits[Int(byte & 0x0F)]
                written += 2
            }
            return written
        }
    }
}
