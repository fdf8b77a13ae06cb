import Foundation

/// Markdown reduced to the words a reader sees: heading marks, emphasis and link targets removed.
enum MarkdownText {
    static func plain(_ markdown: String) -> (text: String, firstHeading: String?) {
        var heading: String?
        var lines: [String] = []
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            let hashes = line.prefix(while: { $0 == "#" }).count
            if hashes > 0, hashes <= 6, line.dropFirst(hashes).first == " " {
                line = String(line.dropFirst(hashes + 1))
                if heading == nil { heading = inline(line).trimmingScalars(in: .whitespaces) }
            }
            if line.hasPrefix("> ") { line.removeFirst(2) }
            lines.append(inline(line))
        }
        return (lines.joined(separator: "\n"), heading)
    }

    private static let markupBytes: Set<UInt8> = Set("![*`_".utf8)

    /// `[text](url)` → text, `![alt](src)` → nothing, `**`/`__`/`` ` `` dropped.
    private static func inline(_ line: String) -> String {
        // Most lines have no markup at all: then there is nothing to rebuild.
        guard line.utf8.contains(where: markupBytes.contains) else { return line }
        var output = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "!" || character == "[" {
                let isImage = character == "!"
                let open = isImage ? line.index(after: index) : index
                if open < line.endIndex, line[open] == "[",
                    let close = line[open...].firstIndex(of: "]"),
                    line.index(after: close) < line.endIndex, line[line.index(after: close)] == "(",
                    let end = line[close...].firstIndex(of: ")")
                {
                    if !isImage { output += line[line.index(after: open)..<close] }
                    index = line.index(after: end)
                    continue
                }
            }
            if character == "*" || character == "`" {
                index = line.index(after: index)
                continue
            }
            if character == "_", line[index...].hasPrefix("__") {
                index = line.index(index, offsetBy: 2)
                continue
            }
            output.append(character)
            index = line.index(after: index)
        }
        return output
    }
}
