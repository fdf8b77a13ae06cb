import Foundation

/// An article's text cut into lines and sentences, tokenized once, with scalar offsets throughout.
struct ArticleText {
    enum Kind { case title, body, heading, bullet, skipped }

    struct Sentence {
        var scalars: Range<Int>
        var tokens: Range<Int>
        var kind: Kind
        /// Index of the line (paragraph) it belongs to, counting body paragraphs only.
        var paragraph: Int
        /// Opens with a quotation mark: someone's words, not the reporter's account.
        var isQuote: Bool
    }

    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    private(set) var sentences: [Sentence] = []
    private(set) var dateline: Dateline?
    /// Short lines above the story that carry a number: where a page puts its date ("Monday,
    /// October 6, 2025", "Washington, October 20, 2025", "Selasa, 23 Sep 2025 21:10 WITA").
    private(set) var openingLines: [Sentence] = []
    /// Tokens of the dateline opening the first paragraph ("Washington, April 11, 2024 —"), which the
    /// sentences leave out.
    private(set) var datelineTokens: Range<Int>?
    /// Words such a line may have at most.
    static let openingLineWords = 12
    let titleTokens: [Token]

    private static let openingQuotes: Set<Unicode.Scalar> = ["“", "\"", "«", "„", "‘"]
    private static let closingQuotes: Set<Unicode.Scalar> = ["”", "\"", "»", "’"]
    private static let bulletMarks: Set<Unicode.Scalar> = ["-", "•", "*", "–", "—", "·"]
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?"]
    private static let terminalMarks: Set<Unicode.Scalar> = [".", "!", "?", "”", "\"", ")", "’", "…", ":", ";"]
    private let chrome: PageChrome

    init(document: Document, chrome: PageChrome) {
        self.chrome = chrome
        scalars = Array(document.text.unicodeScalars)
        tokens = Tokenizer.tokens(scalars[...])
        titleTokens = Tokenizer.tokens(document.title)
        let titleKey = document.title.trimmingScalars(in: .whitespaces)
        var lineStart = 0
        var sawTitle = false
        var paragraph = 0
        var bodyLines = 0
        while lineStart <= scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            var start = lineStart
            var end = lineEnd
            while start < end, Tokenizer.isWhitespace(scalars[start]) { start += 1 }
            while end > start, Tokenizer.isWhitespace(scalars[end - 1]) { end -= 1 }
            if start < end {
                let line = string(start..<end)
                let kind = classify(line, start: start, end: end)
                if !sawTitle,
                    line == titleKey || kind != .body && bodyLines == 0 && line.count < 200 && !line.hasPrefix("-")
                {
                    sawTitle = true
                    add(start..<end, kind: .title, paragraph: -1, isQuote: false)
                } else if kind != .body {
                    sawTitle = true
                    add(start..<end, kind: kind, paragraph: -1, isQuote: false)
                    if bodyLines < 2, kind != .skipped, line.split(separator: " ").count <= Self.openingLineWords,
                        line.unicodeScalars.contains(where: Tokenizer.isDigit)
                    {
                        openingLines.append(sentences[sentences.count - 1])
                        // "Washington, October 20, 2025": a dateline with no dash, on a line of its own.
                        if dateline == nil, let found = Dateline(cityAndDate: Substring(line)) { dateline = found }
                    }
                } else {
                    sawTitle = true
                    var bodyStart = start
                    if bodyLines == 0, dateline == nil,
                        let found = Dateline(line: Substring(line)) ?? Dateline(capitalsAndColon: Substring(line))
                    {
                        dateline = found
                        bodyStart = start + found.length
                        datelineTokens = tokenIndex(atOrAfter: start)..<tokenIndex(atOrAfter: bodyStart)
                    }
                    splitSentences(bodyStart..<end, paragraph: paragraph)
                    paragraph += 1
                    bodyLines += 1
                }
            }
            lineStart = lineEnd + 1
        }
    }

    func string(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

    /// The day the article reports from: its published date, else the first full date printed above
    /// the story, in its dateline or in its first three sentences. Office holders' titles, weekdays and
    /// recalled years are read against it.
    func reportDay(published: String?, pack: LanguagePack) -> CivilDate? {
        if let published, let date = CivilDate(iso: String(published.prefix(10))) { return date }
        let reader = DateReader(pack: pack)
        let ranges =
            openingLines.map(\.tokens) + (datelineTokens.map { [$0] } ?? [])
            + sentences.filter({ $0.kind == .body }).prefix(3).map(\.tokens)
        for range in ranges {
            if let found = reader.firstFullDate(tokens, in: range) { return CivilDate(iso: found.date.iso) }
        }
        return nil
    }

    func text(of sentence: Sentence) -> String { string(sentence.scalars) }

    /// Index of the first token starting at or after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func classify(_ line: String, start: Int, end: Int) -> Kind {
        if chrome.isChrome(line) { return .skipped }
        let first = scalars[start]
        if Self.bulletMarks.contains(first), start + 1 < end, scalars[start + 1] == " " { return .bullet }
        // "1. Heading" or "2) MoU tentang …;"; a numbered line ending as a sentence does ("4. The leaders
        // agreed to … by 2030.") is running text.
        var cursor = start
        while cursor < end, Tokenizer.isDigit(scalars[cursor]) { cursor += 1 }
        if cursor > start, cursor < end - 1, scalars[cursor] == "." || scalars[cursor] == ")",
            scalars[cursor + 1] == " ", !Self.sentenceEnds.contains(scalars[end - 1])
        {
            return .heading
        }
        let hasLowercase = scalars[start..<end].contains(where: Tokenizer.isLowercase)
        if !hasLowercase { return .heading }
        if !Self.terminalMarks.contains(scalars[end - 1]), line.split(separator: " ").count <= 60 { return .heading }
        return .body
    }

    private mutating func add(_ range: Range<Int>, kind: Kind, paragraph: Int, isQuote: Bool) {
        let tokenRange = tokenIndex(atOrAfter: range.lowerBound)..<tokenIndex(atOrAfter: range.upperBound)
        sentences.append(
            Sentence(scalars: range, tokens: tokenRange, kind: kind, paragraph: paragraph, isQuote: isQuote))
    }

    /// Sentence ends are ".", "!" or "?" (with any closing quote) before a capital, outside quotations.
    private mutating func splitSentences(_ range: Range<Int>, paragraph: Int) {
        var sentenceStart = range.lowerBound
        var index = range.lowerBound
        var quoteDepth = 0
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar == "“" || scalar == "«" || scalar == "„" {
                quoteDepth += 1
            } else if scalar == "”" || scalar == "»" {
                quoteDepth = max(0, quoteDepth - 1)
            } else if scalar == "\"" {
                quoteDepth = quoteDepth > 0 ? 0 : 1
            }
            if scalar == "." || scalar == "!" || scalar == "?" {
                var end = index + 1
                while end < range.upperBound, Self.closingQuotes.contains(scalars[end]) {
                    end += 1
                    quoteDepth = max(0, quoteDepth - 1)
                }
                // "4. The leaders agreed …": a paragraph's number is not a sentence of its own.
                let isNumber = index > sentenceStart && scalars[sentenceStart..<index].allSatisfy(Tokenizer.isDigit)
                if quoteDepth == 0, end < range.upperBound, scalars[end] == " ", startsSentence(at: end + 1),
                    !isAbbreviation(before: index), !isNumber
                {
                    addSentence(sentenceStart..<end, paragraph: paragraph)
                    sentenceStart = end + 1
                    index = end + 1
                    continue
                }
                index = end
                continue
            }
            index += 1
        }
        addSentence(sentenceStart..<range.upperBound, paragraph: paragraph)
    }

    private func startsSentence(at index: Int) -> Bool {
        guard index < scalars.count else { return false }
        let scalar = scalars[index]
        return Tokenizer.isUppercase(scalar) || Tokenizer.isDigit(scalar) || Self.openingQuotes.contains(scalar)
    }

    private func isAbbreviation(before index: Int) -> Bool {
        var start = index
        while start > 0, Tokenizer.isLetter(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
        let word = string(start..<index).lowercased()
        if word.count == 1 { return true }
        return chrome.abbreviations.contains(word)
    }

    private mutating func addSentence(_ range: Range<Int>, paragraph: Int) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, Tokenizer.isWhitespace(scalars[start]) { start += 1 }
        while end > start, Tokenizer.isWhitespace(scalars[end - 1]) { end -= 1 }
        guard start < end else { return }
        add(start..<end, kind: .body, paragraph: paragraph, isQuote: Self.openingQuotes.contains(scalars[start]))
    }
}
