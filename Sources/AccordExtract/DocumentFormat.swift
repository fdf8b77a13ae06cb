import Foundation

/// How a raw document is encoded; decides how `DocumentReader` reduces it to plain text.
public enum DocumentFormat: String, Sendable {
    case text, markdown, html

    public init?(fileExtension: String) {
        switch fileExtension.lowercased().trimmingPrefix(".") {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }

    /// Accepts a full Content-Type value; parameters such as `charset` are ignored.
    public init?(mediaType: String) {
        let essence = mediaType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        switch essence.trimmingCharacters(in: .whitespaces).lowercased() {
        case "text/plain": self = .text
        case "text/markdown", "text/x-markdown": self = .markdown
        case "text/html", "application/xhtml+xml": self = .html
        default: return nil
        }
    }
}
