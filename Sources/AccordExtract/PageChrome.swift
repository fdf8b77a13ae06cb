/// What a saved or pasted page carries around its story, whatever the story's language: lines
/// that are not the story ("Baca juga:", bylines, photo credits, comment prompts, share lines),
/// and the abbreviations whose full stop does not end a sentence ("Maj. Gen.", "H.E.", "Jl.").
struct PageChrome: Sendable {
    /// A line opening with one of these is not the story.
    let linePrefixes: [String]
    /// Lowercased, without their final full stop.
    let abbreviations: Set<String>

    /// Words a line may have at most to be dropped for a marker: a long paragraph quoting a
    /// credit line is still the story.
    static let markerLineWords = 40
    /// Words a line may have at most to be dropped for its opening: page furniture is short, and a
    /// story paragraph may well open with "By 2030" or "Sumber:".
    static let prefixLineWords = 80
    /// Emphasis and quote marks that may open a chrome line ("*Related coverage:", "> Share").
    static let leadingMarks: Set<Character> = ["*", "_", ">", "#", "|", "[", "("]

    /// A short line holding one of these is not the story ("ANTARA FOTO/", "©"), as bytes searched
    /// for in a line's UTF-8 (Foundation's `contains` cost half of all extraction time).
    private let markerBytes: [[UInt8]]

    init(linePrefixes: [String], lineMarkers: [String], abbreviations: Set<String>) {
        self.linePrefixes = linePrefixes
        self.abbreviations = abbreviations
        markerBytes = lineMarkers.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    func isChrome(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        var words = 1
        for byte in bytes where byte == UInt8(ascii: " ") {
            words += 1
            if words > Self.prefixLineWords { return false }
        }
        let opening = line.drop { Self.leadingMarks.contains($0) || $0 == " " }
        if linePrefixes.contains(where: { opening.hasPrefix($0) }) { return true }
        if words > Self.markerLineWords { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            markerBytes.contains { Self.occurs($0, in: haystack) }
        }
    }

    private static func occurs(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
