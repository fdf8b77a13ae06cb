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
    private static let voidElements: Set<String> = [
        "br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track",
    ]

    /// Whether an element is page furniture: by its ARIA role, or by a class or id word.
    static func isBoilerplate(_ attributes: [String: String], furniture: PageFurniture) -> Bool {
        for key in ["class", "id", "role"] {
            guard let value = attributes[key]?.lowercased(), !value.isEmpty else { continue }
            if key == "role", ["navigation", "banner", "contentinfo", "complementary"].contains(value) { return true }
            if furniture.names(value) { return true }
        }
        return false
    }

    /// Index just past the end tag that closes the element opened before `start`, counting nesting.
    private static func skipElement(_ name: String, _ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var depth = 1
        var index = start
        while let open = find(scalars, "<", from: index) {
            guard let close = find(scalars, ">", from: open + 1) else { return scalars.count }
            let tag = string(scalars[(open + 1)..<close])
            let isEnd = tag.hasPrefix("/")
            let tagName = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
            if tagName == name, !tag.hasSuffix("/") {
                depth += isEnd ? -1 : 1
                if depth == 0 { return close + 1 }
            }
            index = close + 1
        }
        return scalars.count
    }

    private static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "main",
        "tr", "table", "blockquote", "hr", "dd", "dt", "pre", "body",
    ]

    init(_ html: String, furniture: PageFurniture) {
        let scalars = Array(html.unicodeScalars)
        var meta: [String: String] = [:]
        var jsonLD: [String] = []
        var titleText: String?
        var canonical: String?
        // Text collected from the whole body, and separately from <article> or <main> when present.
        var all: [Unicode.Scalar] = []
        var main: [Unicode.Scalar] = []
        all.reserveCapacity(scalars.count / 2)
        var mainDepth = 0
        var sawMain = false
        var index = 0
        var firstHeading: String?
        var headingBuffer: [Unicode.Scalar]?

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
            let tagScalars = scalars[(index + 1)..<close]
            let tag = Self.string(tagScalars)
            index = close + 1
            let isEnd = tag.hasPrefix("/")
            let name = String(
                tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased())
            if name.isEmpty { continue }
            let attributes = isEnd ? [:] : Self.attributes(Array(tagScalars))
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
            if !isEnd, !Self.voidElements.contains(name), !tag.hasSuffix("/"),
                Self.isBoilerplate(attributes, furniture: furniture)
            {
                index = Self.skipElement(name, scalars, from: index)
                appendText("\n")
                continue
            }
            // List items keep a bullet so that a summary box reads as a list, not as the story.
            if !isEnd, name == "li" {
                appendText("\n")
                for scalar in "• ".unicodeScalars { appendText(scalar) }
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
                    if firstHeading == nil { firstHeading = Self.decode(Self.string(buffer[...])) }
                    headingBuffer = nil
                } else if !isEnd, firstHeading == nil {
                    headingBuffer = []
                }
            default: break
            }
            if Self.blockElements.contains(name) { appendText("\n") }
        }
        let mainText = Self.string(main[...])
        let chosen =
            sawMain && !mainText.trimmingScalars(in: .whitespacesAndNewlines).isEmpty ? mainText : Self.string(all[...])
        text = Self.lines(Self.decode(chosen))
        let ld = Self.jsonLDFields(jsonLD)
        publisher = Self.clean(meta["og:site_name"]) ?? Self.clean(ld.publisher)
        title =
            Self.clean(ld.headline) ?? Self.clean(meta["og:title"])
            ?? Self.clean(titleText).map { Self.withoutSiteName($0, site: publisher) } ?? Self.clean(firstHeading)
        // Modified dates never stand in for the published one.
        published =
            Self.clean(ld.datePublished) ?? Self.clean(meta["article:published_time"])
            ?? Self.clean(meta["og:published_time"]) ?? Self.clean(meta["datepublished"])
            ?? Self.clean(meta["pubdate"]) ?? Self.clean(meta["publishdate"]) ?? Self.clean(meta["date"])
            ?? Self.clean(meta["dc.date.issued"]) ?? Self.clean(meta["sailthru.date"])
        url = Self.clean(canonical) ?? Self.clean(meta["og:url"])
    }

    /// "Headline - Site", "Headline | Site": the headline alone.
    static func withoutSiteName(_ title: String, site: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let tail = title[range.upperBound...].trimmingScalars(in: .whitespaces)
            let head = title[..<range.lowerBound].trimmingScalars(in: .whitespaces)
            if let site, tail.caseInsensitiveCompare(site) == .orderedSame { return head }
            if site == nil, tail.split(separator: " ").count <= 4, head.split(separator: " ").count >= 3 { return head }
        }
        return title
    }

    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = decode(value).trimmingScalars(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// One paragraph per line, runs of spaces folded.
    private static func lines(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy(isCharacterOfItsOwn) else { return linesByCharacter(text) }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.unicodeScalars.count)
        var lineHasWord = false
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                lineHasWord = false
                pendingSpace = false
            } else if scalar == " " || scalar == "\t" || scalar == "\u{A0}" {
                pendingSpace = lineHasWord
            } else {
                if !lineHasWord {
                    if !output.isEmpty { output.append("\n") }
                    lineHasWord = true
                } else if pendingSpace {
                    output.append(" ")
                }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return string(output[...])
    }

    /// Below U+0300 (but "\r", which joins a following "\n") and in General Punctuation and Currency Symbols
    /// (but the zero-width joiners) no scalar combines with its neighbours. Text made of these alone
    /// can be worked on scalar by scalar with the same result as character by character.
    private static func isCharacterOfItsOwn(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D, 0x200C, 0x200D: false
        case 0..<0x300, 0x2000..<0x20D0: true
        default: false
        }
    }

    private static func linesByCharacter(_ text: String) -> String {
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

    /// The attributes of a tag's text (what is between "<" and ">").
    private static func attributes(_ scalars: [Unicode.Scalar]) -> [String: String] {
        var result: [String: String] = [:]
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
        "middot": "·", "bull": "•", "rsaquo": "›", "lsaquo": "‹", "raquo": "»", "laquo": "«", "euro": "€",
        "pound": "£", "yen": "¥", "cent": "¢", "reg": "®", "trade": "™", "times": "×", "deg": "°", "sbquo": "‚",
        "bdquo": "„", "thinsp": " ", "ensp": " ", "emsp": " ", "shy": "", "zwnj": "", "zwj": "",
        "aacute": "á", "agrave": "à", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "ccedil": "ç",
        "egrave": "è", "ecirc": "ê", "euml": "ë", "iacute": "í", "icirc": "î", "iuml": "ï", "ntilde": "ñ",
        "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "uacute": "ú", "ugrave": "ù",
        "ucirc": "û", "uuml": "ü", "yacute": "ý", "szlig": "ß", "Eacute": "É", "Aacute": "Á", "Oacute": "Ó",
        "Uuml": "Ü", "Ouml": "Ö", "Auml": "Ä", "Ccedil": "Ç", "Oslash": "Ø", "Aring": "Å", "scaron": "š",
        "Scaron": "Š", "ccaron": "č", "Ccaron": "Č", "zcaron": "ž", "Zcaron": "Ž",
    ]

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
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

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(scalars: slice) }

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
        // ASCII lowercase mapping by arithmetic: the property lookup builds a string per call.
        func lower(_ value: UInt32) -> UInt32 { (65...90).contains(value) ? value + 32 : value }
        return lower(a.value) == lower(b.value)
    }
}
