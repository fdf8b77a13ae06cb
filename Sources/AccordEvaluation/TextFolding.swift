/// Case, accent and spacing folded away, as the shared scorer compares keywords: NFKD,
/// combining marks dropped, lower case, runs of whitespace as one space.
enum TextFolding {
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass == .notReordered {
            scalars.append(scalar)
        }
        return String(scalars).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
