import Foundation

/// A `--- key: value ---` block at the top of a text or markdown document.
struct FrontMatter {
    var fields: [String: String]
    /// The document with the block removed.
    var body: String

    /// Nil when the document does not start with a front-matter block.
    init?(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        guard
            let close = lines.indices.dropFirst().first(where: {
                let line = lines[$0].trimmingCharacters(in: .whitespaces)
                return line == "---" || line == "..."
            })
        else { return nil }
        var fields: [String: String] = [:]
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty, !value.isEmpty { fields[key] = value }
        }
        self.fields = fields
        var rest = lines[(close + 1)...]
        while let line = rest.first, line.trimmingCharacters(in: .whitespaces).isEmpty { rest = rest.dropFirst() }
        body = rest.joined(separator: "\n")
    }
}
