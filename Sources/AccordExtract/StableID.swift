import Crypto
import Foundation

/// Ids that survive restarts: a hash of what identifies the record, never a counter or a clock.
enum StableID {
    static func make(_ parts: [String]) -> String {
        let joined = parts.joined(separator: "\u{1F}")
        let digest = SHA256.hash(data: Data(joined.utf8))
        return digest.prefix(8).map { String(format: "%02x", $0) }.joined()
    }
}
