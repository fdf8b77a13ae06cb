/// What a saved or pasted page carries around its story, whatever the story's language: lines
/// that are not the story ("Baca juga:", bylines, photo credits, comment prompts, share lines),
/// and the abbreviations whose full stop does not end a sentence ("Maj. Gen.", "H.E.", "Jl.").
struct PageChrome: Sendable {
    /// A line opening with one of these is not the story.
    var linePrefixes: [String]
    /// A short line holding one of these is not the story ("ANTARA FOTO/", "©").
    var lineMarkers: [String]
    /// Lowercased, without their final full stop.
    var abbreviations: Set<String>

    /// Words a line may have at most to be dropped for a marker: a long paragraph quoting a
    /// credit line is still the story.
    static let markerLineWords = 40
    /// Emphasis and quote marks that may open a chrome line ("*Related coverage:", "> Share").
    static let leadingMarks: Set<Character> = ["*", "_", ">", "#", "|", "[", "("]

    func isChrome(_ line: String) -> Bool {
        let opening = line.drop { Self.leadingMarks.contains($0) || $0 == " " }
        if linePrefixes.contains(where: { opening.hasPrefix($0) }) { return true }
        guard lineMarkers.contains(where: { line.contains($0) }) else { return false }
        return line.split(separator: " ").count <= Self.markerLineWords
    }
}
