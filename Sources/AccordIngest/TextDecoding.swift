import Foundation

/// Bytes as received → text. UTF-8 first (with or without BOM); Windows-1252 otherwise,
/// which every byte sequence decodes as, so odd encodings are read rather than refused.
enum TextDecoding {
    static func decode(_ bytes: [UInt8]) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        return String(bytes: body, encoding: .windowsCP1252)
    }
}
