import Foundation

/// A news feed (RSS 2.0 or Atom) reduced to what a watcher needs: each item's link, title and date.
///
/// Read with a tolerant tag scanner rather than an XML parser: feeds in the wild are often
/// not well-formed (stray `&`, HTML in titles, truncated files), and a strict parser would lose
/// every item for one bad byte. Pure: text in, items out.
public struct Feed: Sendable, Equatable {
    public enum Format: String, Sendable { case rss, atom }

    public struct Item: Sendable, Equatable {
        /// The article's address: RSS `<link>` (or a permalink `<guid>`), Atom `<link rel="alternate" href>`.
        public var link: String
        public var title: String?
        /// As the feed wrote it (RFC 822 in RSS, RFC 3339 in Atom); `DocumentReader` normalises it.
        public var published: String?

        public init(link: String, title: String?, published: String?) {
            self.link = link
            self.title = title
            self.published = published
        }
    }

    public var format: Format
    public var title: String?
    public var items: [Item]

    /// nil when the text is neither an RSS nor an Atom feed.
    public static func parse(_ text: String) -> Feed? {
        let start = text.prefix(4096).lowercased()
        if start.contains("<rss") || start.contains("<rdf:rdf") {
            return Feed(
                format: .rss, title: channelTitle(text, before: "<item"),
                items: elements("item", in: text).compactMap(rssItem))
        }
        if start.contains("<feed") {
            return Feed(
                format: .atom, title: channelTitle(text, before: "<entry"),
                items: elements("entry", in: text).compactMap(atomItem))
        }
        return nil
    }

    private static func rssItem(_ item: Substring) -> Item? {
        var link = firstElement("link", in: item).map(cleanText)
        if link?.isEmpty ?? true, let guid = firstElementWithAttributes("guid", in: item),
            guid.attributes["ispermalink"]?.lowercased() != "false"
        {
            link = cleanText(guid.content)
        }
        guard let link, isWebAddress(link) else { return nil }
        let date = firstElement("pubDate", in: item) ?? firstElement("dc:date", in: item)
        return Item(link: link, title: firstElement("title", in: item).map(cleanText), published: date.map(cleanText))
    }

    private static func atomItem(_ entry: Substring) -> Item? {
        var link: String?
        for tag in tags("link", in: entry) {
            let attributes = attributes(of: tag)
            let relation = attributes["rel"]?.lowercased() ?? "alternate"
            if relation == "alternate", let href = attributes["href"] {
                link = decodeEntities(href)
                break
            }
        }
        guard let link, isWebAddress(link) else { return nil }
        let date = firstElement("published", in: entry) ?? firstElement("updated", in: entry)
        return Item(link: link, title: firstElement("title", in: entry).map(cleanText), published: date.map(cleanText))
    }

    private static func channelTitle(_ text: String, before itemTag: String) -> String? {
        let head = text.range(of: itemTag).map { text[..<$0.lowerBound] } ?? Substring(text)
        return firstElement("title", in: head).map(cleanText)
    }

    private static func isWebAddress(_ link: String) -> Bool {
        let lower = link.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    // MARK: Scanning

    /// The contents of every `<name …>…</name>`.
    private static func elements(_ name: String, in text: String) -> [Substring] {
        var found: [Substring] = []
        var rest = Substring(text)
        while let element = nextElement(name, in: rest) {
            found.append(element.content)
            rest = rest[element.end...]
        }
        return found
    }

    private static func firstElement(_ name: String, in text: Substring) -> String? {
        nextElement(name, in: text).map { String($0.content) }
    }

    private static func firstElementWithAttributes(
        _ name: String, in text: Substring
    ) -> (content: String, attributes: [String: String])? {
        nextElement(name, in: text).map { (String($0.content), attributes(of: $0.openTag)) }
    }

    /// The next `<name …>content</name>` (case-insensitive name, not matching longer names).
    private static func nextElement(
        _ name: String, in text: Substring
    ) -> (openTag: Substring, content: Substring, end: Substring.Index)? {
        var rest = text
        while let open = openTag(name, in: rest) {
            if open.tag.hasSuffix("/>") {  // <link/> holds nothing
                rest = rest[open.tag.endIndex...]
                continue
            }
            let body = rest[open.tag.endIndex...]
            guard let close = body.range(of: "</" + name + ">", options: .caseInsensitive) else { return nil }
            return (open.tag, body[..<close.lowerBound], close.upperBound)
        }
        return nil
    }

    /// Every `<name …>` or `<name …/>` tag.
    private static func tags(_ name: String, in text: Substring) -> [Substring] {
        var found: [Substring] = []
        var rest = text
        while let open = openTag(name, in: rest) {
            found.append(open.tag)
            rest = rest[open.tag.endIndex...]
        }
        return found
    }

    private static func openTag(_ name: String, in text: Substring) -> (tag: Substring, start: Substring.Index)? {
        var rest = text
        while let start = rest.range(of: "<" + name, options: .caseInsensitive) {
            let after = rest[start.upperBound...]
            guard let next = after.first else { return nil }
            if next == ">" || next == "/" || next.isWhitespace, let end = after.firstIndex(of: ">") {
                return (rest[start.lowerBound...end], start.lowerBound)
            }
            rest = after
        }
        return nil
    }

    /// `name="value"` pairs of a tag, names lower-cased.
    private static func attributes(of tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = tag.drop { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            var value = rest[rest.index(after: equals)...].drop { $0 == " " }
            guard let quote = value.first, quote == "\"" || quote == "'" else { break }
            value = value.dropFirst()
            guard let close = value.firstIndex(of: quote) else { break }
            result[name] = String(value[..<close])
            rest = value[value.index(after: close)...]
        }
        return result
    }

    /// Element text: CDATA unwrapped, tags inside dropped, entities decoded, space collapsed.
    private static func cleanText(_ raw: String) -> String {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let isCDATA = text.hasPrefix("<![CDATA[") && text.hasSuffix("]]>")
        // Escaped markup (`&lt;b&gt;`) becomes markup here and is dropped below; CDATA holds it raw.
        text = isCDATA ? String(text.dropFirst(9).dropLast(3)) : decodeEntities(text)
        var plain = ""
        var inTag = false
        for character in text {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
                plain.append(" ")
            } else if !inTag {
                plain.append(character)
            }
        }
        return (isCDATA ? decodeEntities(plain) : plain).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func decodeEntities(_ text: String) -> String { HTMLText.decode(text) }
}
