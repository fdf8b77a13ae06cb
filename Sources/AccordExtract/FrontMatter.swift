import Foundation

/// A `--- key: value ---` block at the top of a text or markdown document.
struct FrontMatter {
    var fields: [String: String]
    /// The document with the block removed.
    var body: String

    /// Nil when the document does not start with a front-matter block.
    init?(_ text: String) {
        // Lines are found one at a time: most documents have no block, and the body is the rest of the text
        // as it stands, so neither needs the whole text split. "\n" is always a character of its own.
        var rest = text[...]
        func nextLine() -> Substring? {
            guard !rest.isEmpty else { return nil }
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            return line
        }
        guard let first = nextLine(), first.trimmingScalars(in: .whitespaces) == "---" else { return nil }
        var block: [Substring] = []
        var closed = false
        while let line = nextLine() {
            let trimmed = line.trimmingScalars(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." {
                closed = true
                break
            }
            block.append(line)
        }
        guard closed else { return nil }
        var fields: [String: String] = [:]
        for line in block {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingScalars(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingScalars(in: .whitespaces)
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty, !value.isEmpty { fields[key] = value }
        }
        self.fields = fields
        // Blank lines after the block are dropped; the body is everything from the first other line.
        var bodyStart = rest
        while let line = nextLine(), line.trimmingScalars(in: .whitespaces).isEmpty { bodyStart = rest }
        body = String(bodyStart)
    }
}
