import Foundation

/// Turns a raw document into the plain text extraction works on, with its metadata.
public enum DocumentReader {
    /// Pure. Front matter at the top of text or markdown is parsed and removed. Metadata precedence:
    /// what the document itself says first, then `metadata`, then the dateline ("Jakarta, IDN Times –").
    /// `furniture`: the class words of saved pages' clutter (`Knowledge.furniture`, from `Config/`).
    public static func read(
        _ raw: String, format: DocumentFormat, metadata: DocumentMetadata = .init(),
        furniture: PageFurniture = .none
    ) -> Document {
        var source = unixLineEnds(raw)
        if source.hasPrefix("\u{FEFF}") { source.removeFirst() }
        var own = DocumentMetadata()
        var text: String
        var heading: String?
        switch format {
        case .html:
            let page = HTMLText(source, furniture: furniture)
            text = page.text
            own = DocumentMetadata(
                title: page.title, published: page.published, publisher: page.publisher, url: page.url)
        case .text, .markdown:
            if let front = FrontMatter(source) {
                source = front.body
                own = DocumentMetadata(
                    title: front.fields["title"],
                    published: front.fields["published"] ?? front.fields["date"],
                    publisher: front.fields["publisher"] ?? front.fields["source"],
                    url: front.fields["url"] ?? front.fields["link"])
            }
            if format == .markdown {
                (text, heading) = MarkdownText.plain(source)
            } else {
                text = source
            }
        }
        text = trimTrailingWhitespace(text)
        let (firstLine, opening) = openingLines(text, count: 8)
        let title =
            own.title ?? heading ?? metadata.title
            ?? firstLine.map { $0.trimmingScalars(in: .whitespaces) } ?? ""
        let dateline = opening.lazy.compactMap(Dateline.init(line:)).first
        return Document(
            text: text,
            title: title,
            publisher: own.publisher ?? metadata.publisher ?? dateline?.publisher,
            published: normalizedDate(own.published) ?? normalizedDate(metadata.published),
            url: own.url ?? metadata.url)
    }

    /// The first line that is not blank, and the first `count` non-empty lines: only the opening
    /// matters, so the text is not split whole.
    private static func openingLines(_ text: String, count: Int) -> (firstLine: Substring?, opening: [Substring]) {
        var firstLine: Substring?
        var opening: [Substring] = []
        var rest = text[...]
        while firstLine == nil || opening.count < count, !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            guard !line.isEmpty else { continue }
            if opening.count < count { opening.append(line) }
            if firstLine == nil, !line.trimmingScalars(in: .whitespaces).isEmpty { firstLine = line }
        }
        return (firstLine, opening)
    }

    /// "\r\n" and a lone "\r" become "\n". Most texts have no "\r": they skip Foundation's costly search.
    private static func unixLineEnds(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Trailing blank lines carry nothing and would only shift nothing; drop them.
    private static func trimTrailingWhitespace(_ text: String) -> String {
        var scalars = Substring(text)
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    private static let monthNumbers: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// ISO dates (and timestamps) keep their date part; RFC 2822 and "July 17, 2025" are converted.
    /// Dates that do not exist ("2025-02-30", day -3, a five-digit year) are dropped.
    static func normalizedDate(_ value: String?) -> String? {
        guard let value = value?.trimmingScalars(in: .whitespaces), !value.isEmpty else { return nil }
        let scalars = Array(value.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= scalars.count && range.allSatisfy { Tokenizer.isDigit(scalars[$0]) }
        }
        if digits(0..<4) {
            if scalars.count >= 10, scalars[4] == "-", digits(5..<7), scalars[7] == "-", digits(8..<10) {
                let date = String(value.prefix(10))
                return CivilDate(iso: date)?.isValid == true ? date : nil
            }
            if scalars.count == 7, scalars[4] == "-", digits(5..<7) {
                return CivilDate(year: Int(value.prefix(4))!, month: Int(value.suffix(2))!, day: 1).isValid
                    ? value : nil
            }
            if scalars.count == 4 { return CivilDate(year: Int(value)!, month: 1, day: 1).isValid ? value : nil }
        }
        let words = value.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words {
            // Only plain digits: "+0700" is a zone offset, not a year.
            if word.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(word) {
                if word.count == 4 { year = year ?? number } else if day == nil { day = number }
            } else if let found = monthNumbers[String(word.lowercased().prefix(3))], month == nil {
                month = found
            }
        }
        guard let year, let month, let day else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        return date.isValid ? date.iso : nil
    }
}
