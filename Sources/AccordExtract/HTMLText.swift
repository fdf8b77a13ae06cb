import Foundation

/// An HTML page reduced to its main text and the metadata its head declares.
struct HTMLText {
    var text: String
    var title: String?
    var published: String?
    var publisher: String?
    var url: String?

    private static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template", "iframe",
        "button", "select", "figure",
    ]
    private static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "main",
        "tr", "table", "blockquote", "hr", "dd", "dt", "pre", "body",
    ]

    init(_ html: String) {
        let scalars = Array(html.unicodeScalars)
        var meta: [String: String] = [:]
        var jsonLD: [String] = []
        var titleText: String?
        var canonical: String?
        // Text collected from the whole body, and separately from <article> or <main> when present.
        var all = String.UnicodeScalarView()
        var main = String.UnicodeScalarView()
        var mainDepth = 0
        var sawMain = false
        var index = 0
        var firstHeading: String?
        var headingBuffer: String.UnicodeScalarView?

        func appendText(_ scalar: Unicode.Scalar) {
            all.append(scalar)
            if mainDepth > 0 { main.append(scalar) }
            headingBuffer?.append(scalar)
        }

        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<" else {
                appendText(scalar)
                index += 1
                continue
            }
            if Self.hasPrefix(scalars, at: index, "<!--") {
                index = Self.find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count
                continue
            }
            guard let close = Self.find(scalars, ">", from: index + 1) else { break }
            let tag = Self.string(scalars[(index + 1)..<close])
            index = close + 1
            let isEnd = tag.hasPrefix("/")
            let name = String(
                tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased())
            if name.isEmpty { continue }
            let attributes = isEnd ? [:] : Self.attributes(tag)
            if !isEnd, Self.skippedElements.contains(name) || name == "title" {
                // Raw content up to the matching end tag.
                let end = Self.find(scalars, "</\(name)", from: index, caseInsensitive: true) ?? scalars.count
                let content = Self.string(scalars[index..<end])
                if name == "title" { titleText = Self.decode(content) }
                if name == "script", attributes["type"]?.lowercased() == "application/ld+json" {
                    jsonLD.append(content)
                }
                index = Self.find(scalars, ">", from: end).map { $0 + 1 } ?? scalars.count
                continue
            }
            switch name {
            case "meta":
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
                if !key.isEmpty, let content = attributes["content"], meta[key] == nil { meta[key] = content }
            case "link":
                if attributes["rel"]?.lowercased() == "canonical" { canonical = attributes["href"] }
            case "article", "main":
                if isEnd { mainDepth = max(0, mainDepth - 1) } else { mainDepth += 1; sawMain = true }
            case "h1":
                if isEnd, let buffer = headingBuffer {
                    if firstHeading == nil { firstHeading = Self.decode(String(buffer)) }
                    headingBuffer = nil
                } else if !isEnd, firstHeading == nil {
                    headingBuffer = String.UnicodeScalarView()
                }
            default: break
            }
            if Self.blockElements.contains(name) { appendText("\n") }
        }
        let chosen = sawMain && !String(main).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? main : all
        text = Self.lines(Self.decode(String(chosen)))
        let ld = Self.jsonLDFields(jsonLD)
        title =
            Self.clean(meta["og:title"]) ?? Self.clean(ld.headline) ?? Self.clean(titleText) ?? Self.clean(firstHeading)
        published =
            Self.clean(meta["article:published_time"]) ?? Self.clean(ld.datePublished)
            ?? Self.clean(meta["datepublished"]) ?? Self.clean(meta["date"]) ?? Self.clean(meta["pubdate"])
            ?? Self.clean(meta["og:published_time"])
        publisher = Self.clean(meta["og:site_name"]) ?? Self.clean(ld.publisher)
        url = Self.clean(canonical) ?? Self.clean(meta["og:url"])
    }

    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = decode(value).trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// One paragraph per line, runs of spaces folded.
    private static func lines(_ text: String) -> String {
        text.split(separator: "\n").map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
                .joined(separator: " ")
        }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private struct LinkedData { var headline, datePublished, publisher: String? }

    private static func jsonLDFields(_ blocks: [String]) -> LinkedData {
        var found = LinkedData()
        func visit(_ value: Any) {
            if let list = value as? [Any] {
                list.forEach(visit)
            } else if let object = value as? [String: Any] {
                if found.headline == nil, let headline = object["headline"] as? String { found.headline = headline }
                if found.datePublished == nil, let date = object["datePublished"] as? String {
                    found.datePublished = date
                }
                if found.publisher == nil, let publisher = object["publisher"] as? [String: Any],
                    let name = publisher["name"] as? String
                {
                    found.publisher = name
                }
                if let graph = object["@graph"] { visit(graph) }
            }
        }
        for block in blocks {
            if let data = block.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data) {
                visit(value)
            }
        }
        return found
    }

    private static func attributes(_ tag: String) -> [String: String] {
        var result: [String: String] = [:]
        let scalars = Array(tag.unicodeScalars)
        var index = scalars.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) ?? scalars.count
        while index < scalars.count {
            while index < scalars.count, scalars[index].properties.isWhitespace || scalars[index] == "/" { index += 1 }
            let nameStart = index
            while index < scalars.count, scalars[index] != "=", !scalars[index].properties.isWhitespace,
                scalars[index] != ">"
            {
                index += 1
            }
            let name = string(scalars[nameStart..<index]).lowercased()
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            guard index < scalars.count, scalars[index] == "=" else {
                if !name.isEmpty { result[name] = "" }
                continue
            }
            index += 1
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            var value = ""
            if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                let quote = scalars[index]
                let end = scalars[(index + 1)...].firstIndex(of: quote) ?? scalars.count
                value = string(scalars[(index + 1)..<end])
                index = end + 1
            } else {
                let start = index
                while index < scalars.count, !scalars[index].properties.isWhitespace { index += 1 }
                value = string(scalars[start..<index])
            }
            if !name.isEmpty { result[name] = decode(value) }
        }
        return result
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”", "hellip": "…", "copy": "©", "eacute": "é",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semi])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = entities[name]
                }
                if let replacement {
                    output += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            output += "&"
            rest = after
        }
        output += rest
        return output
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], at index: Int, _ prefix: String) -> Bool {
        var cursor = index
        for scalar in prefix.unicodeScalars {
            guard cursor < scalars.count, scalars[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    private static func find(
        _ scalars: [Unicode.Scalar], _ needle: String, from start: Int, caseInsensitive: Bool = false
    ) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard let first = pattern.first, start < scalars.count else { return nil }
        var index = start
        while index + pattern.count <= scalars.count {
            if equal(scalars[index], first, caseInsensitive) {
                var matched = true
                for offset in 1..<pattern.count where !equal(scalars[index + offset], pattern[offset], caseInsensitive)
                {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private static func equal(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ caseInsensitive: Bool) -> Bool {
        if a == b { return true }
        guard caseInsensitive, a.isASCII, b.isASCII else { return false }
        return a.properties.lowercaseMapping == b.properties.lowercaseMapping
    }
}
