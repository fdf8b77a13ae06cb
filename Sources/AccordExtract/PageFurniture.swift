/// The class and id words saved pages give the furniture around a story (menus, cookie notices,
/// share bars, ads, related-link boxes, sidebars), as each language's sites name it ("related",
/// "baca-juga", "iklan"). Only HTML reading uses it; the elements and roles HTML itself reserves for
/// furniture (`nav`, `footer`, `role="banner"`) are dropped whatever the language.
public struct PageFurniture: Sendable {
    /// Markers that are whole words of a class name ("sidebar").
    let words: Set<String>
    /// Markers with a hyphen, found inside a class name ("read-also" in "box-read-also").
    let hyphenated: [String]

    /// No class words: only what HTML's own structure marks as furniture is dropped.
    public static let none = PageFurniture(markers: [])

    init(markers: [String]) {
        let lowered = markers.map { $0.lowercased() }
        words = Set(lowered.filter { !$0.contains("-") })
        hyphenated = lowered.filter { $0.contains("-") }
    }

    /// Whether a class or id value names furniture; words are split on "-", "_" and spaces.
    func names(_ value: String) -> Bool {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
        if words.contains(where: self.words.contains) { return true }
        // A hyphenated marker needs a hyphen in the value.
        guard value.utf8.contains(UInt8(ascii: "-")) else { return false }
        let classes = value.split(separator: " ").map(String.init)
        return hyphenated.contains { marker in classes.contains { $0.contains(marker) } }
    }
}
