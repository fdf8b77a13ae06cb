/// The lists an agreement is reported through: a package of instruments named in one sentence
/// ("signed seven memorandums covering A, B and C", "lima MoU, yakni …"), a header and the items
/// under it ("The agreement is set to enable:" then bullets, numbered lines or short paragraphs),
/// and ordinal runs ("Pertama, … Kedua, …"). Each item is something the agreement's parties
/// undertake; the sentence introducing them is not.
struct Enumerations {
    struct Item {
        /// Index into `ArticleText.sentences`.
        var sentence: Int
        var tokens: Range<Int>
    }

    /// Sentences whose whole content is a list of items (the package sentence) or a header.
    private(set) var listSentences: Set<Int> = []
    /// Items of inline lists, by sentence.
    private(set) var inlineItems: [Int: [Range<Int>]] = [:]
    /// Sentences that are items of a header or an ordinal run.
    private(set) var itemSentences: Set<Int> = []
    /// In a package (several instruments signed together), sentences that each name one signed
    /// instrument and its subject ("… juga menandatangani MoU mengenai Kerja Sama Perkeretaapian"),
    /// with where the subject begins.
    private(set) var instrumentSentences: [Int: Int] = [:]

    /// How far past an instrument noun its subject may begin ("Persetujuan antara Pemerintah RI dan
    /// Pemerintah Kerajaan Yordania mengenai …").
    static let subjectReach = 25
    /// Words between an instrument noun and a lowercase subject at most ("memorandum of
    /// understanding on critical minerals").
    static let nearSubject = 3

    /// How many items a header may gather at most, and how long (in tokens) a plain paragraph may be
    /// to count as one: longer paragraphs are the story going on.
    static let maxItems = 15
    static let maxParagraphItemTokens = 45
    /// How far past the instrument noun the word introducing its subjects may come
    /// ("memorandums of understanding yesterday covering …").
    static let introducerReach = 8

    init(text: ArticleText, pack: LanguagePack) {
        let tokens = text.tokens
        let sentences = text.sentences
        for (index, sentence) in sentences.enumerated() where sentence.kind == .body && !sentence.isQuote {
            if let items = Self.inlinePackage(tokens, in: sentence.tokens, pack: pack), items.count >= 2 {
                inlineItems[index] = items
                listSentences.insert(index)
            }
        }
        var isPackage = false
        var named: [Int: Int] = [:]
        for (index, sentence) in sentences.enumerated() where sentence.kind == .body && !sentence.isQuote {
            if Self.countsInstruments(tokens, in: sentence.tokens, pack: pack) { isPackage = true }
            if inlineItems[index] == nil, let subject = Self.instrumentSubject(tokens, in: sentence.tokens, pack: pack)
            {
                named[index] = subject
            }
        }
        if isPackage || named.count >= 2 { instrumentSentences = named }
        // Headers: a line ending with ":" that announces what was agreed, then its items.
        var index = 0
        while index < sentences.count {
            let sentence = sentences[index]
            guard sentence.kind != .title, sentence.kind != .skipped, !sentence.isQuote,
                text.scalars[sentence.scalars.upperBound - 1] == ":",
                Self.announces(tokens, in: sentence.tokens, pack: pack)
            else {
                index += 1
                continue
            }
            var next = index + 1
            var gathered: [Int] = []
            // "KEY TERMS: … committed to the following:" then "Tariffs and Quotas" and its bullets: a
            // sub-heading groups items; after one, only marked items carry on.
            var underSubheading = false
            while next < sentences.count, gathered.count < Self.maxItems {
                let candidate = sentences[next]
                if candidate.kind == .skipped {
                    next += 1
                    continue
                }
                if candidate.kind == .heading, !Self.isNumbered(candidate, text), next + 1 < sentences.count,
                    sentences[next + 1].kind == .bullet || Self.isNumbered(sentences[next + 1], text)
                {
                    underSubheading = true
                    next += 1
                    continue
                }
                let isMarked =
                    candidate.kind == .bullet
                    || (candidate.kind == .heading || candidate.kind == .body) && Self.isNumbered(candidate, text)
                let isShortParagraph =
                    candidate.kind == .body && !candidate.isQuote
                    && candidate.tokens.count <= Self.maxParagraphItemTokens
                    && (gathered.isEmpty || sentences[gathered.last!].paragraph != candidate.paragraph
                        || candidate.paragraph < 0)
                guard
                    isMarked
                        || !underSubheading && isShortParagraph && gathered.allSatisfy({ sentences[$0].kind == .body })
                else {
                    break
                }
                // A paragraph that opens with a reporting clause or names a new agreement ends the list.
                if !isMarked, pack.agreementCues.contains(tokens, in: candidate.tokens),
                    pack.signingCues.contains(tokens, in: candidate.tokens)
                {
                    break
                }
                gathered.append(next)
                next += 1
            }
            if !gathered.isEmpty {
                listSentences.insert(index)
                itemSentences.formUnion(gathered)
            }
            index = max(next, index + 1)
        }
        // Ordinal runs: at least a first and a second sentence opening with an ordinal word. The
        // sentence before a run that counts what follows ("menyepakati tiga langkah") is its header.
        var run: [Int] = []
        var expected = 1
        func close() {
            guard run.count >= 2 else { return }
            itemSentences.formUnion(run)
            if let header = (0..<run[0]).last(where: { sentences[$0].kind == .body }),
                Self.counts(tokens, in: sentences[header].tokens, pack: pack)
            {
                listSentences.insert(header)
            }
        }
        for (position, sentence) in sentences.enumerated() where sentence.kind == .body || sentence.kind == .bullet {
            guard let ordinal = Self.ordinal(opening: sentence, tokens: tokens, pack: pack) else { continue }
            if ordinal == 1 {
                close()
                run = [position]
                expected = 2
            } else if ordinal == expected || ordinal == 0 && !run.isEmpty {
                run.append(position)
                expected += 1
            }
        }
        close()
    }

    /// A number of two or more, in digits or words ("tiga langkah", "five points").
    private static func counts(_ tokens: [Token], in range: Range<Int>, pack: LanguagePack) -> Bool {
        range.contains { index in
            let token = tokens[index]
            if token.kind == .number, let value = Int(token.text) { return (2...20).contains(value) }
            return pack.numberWords[token.key].map { $0 >= 2 && $0 <= 20 } ?? false
        }
    }

    /// "empat MoU", "15 dokumen", "seven memorandums", "sejumlah nota kesepahaman": several instruments.
    private static func countsInstruments(_ tokens: [Token], in range: Range<Int>, pack: LanguagePack) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if let noun = pack.packageNouns.match(tokens, at: index, limit: range.upperBound) {
                if noun.value || isCounted(tokens, before: index, from: range.lowerBound, pack: pack) { return true }
                index = noun.range.upperBound
            } else {
                index += 1
            }
        }
        return false
    }

    /// A number, a number word or a counting word right before an instrument noun.
    private static func isCounted(_ tokens: [Token], before index: Int, from start: Int, pack: LanguagePack) -> Bool {
        guard index > start else { return false }
        let previous = tokens[index - 1]
        if let value = Int(previous.text), value == 1 { return false }
        return previous.kind == .number || (pack.numberWords[previous.key].map { $0 >= 2 } ?? false)
            || pack.packageCounters.contains(previous.key)
    }

    /// Where the subject of a signed instrument named in the sentence begins: an instrument noun, then
    /// within reach a word introducing its subject ("mengenai", "tentang", "on"), in a sentence that
    /// reports a signing.
    private static func instrumentSubject(_ tokens: [Token], in range: Range<Int>, pack: LanguagePack) -> Int? {
        guard pack.signingCues.contains(tokens, in: range) || pack.concludingCues.contains(tokens, in: range) else {
            return nil
        }
        var index = range.lowerBound
        while index < range.upperBound {
            guard
                let noun = pack.agreementNouns.match(tokens, at: index, limit: range.upperBound)
                    ?? pack.packageNouns.match(tokens, at: index, limit: range.upperBound).map({
                        .init(range: $0.range, value: true)
                    })
            else {
                index += 1
                continue
            }
            let reach = min(range.upperBound - 1, noun.range.upperBound + Self.subjectReach)
            var cursor = noun.range.upperBound
            while cursor < reach {
                // "signed … after Israel carried out a strike on …": the clause has moved on.
                if tokens[cursor].key == "," || tokens[cursor].key == ";"
                    || pack.subjectStops.contains(tokens[cursor].key)
                {
                    break
                }
                if let marker = pack.instrumentSubjectMarkers.match(tokens, at: cursor, limit: range.upperBound),
                    marker.range.upperBound < range.upperBound
                {
                    let next = tokens[marker.range.upperBound]
                    // A title ("mengenai Kerja Sama Teknis") or a subject right after the noun ("a
                    // memorandum on critical minerals"); never a date ("on Monday").
                    let near = cursor - noun.range.upperBound <= Self.nearSubject
                    if next.kind == .word, !Self.startsDate(next, pack: pack), next.isCapitalized || near {
                        return marker.range.upperBound
                    }
                }
                cursor += 1
            }
            index = noun.range.upperBound
        }
        return nil
    }

    /// "1. MoU tentang …", "2) Kerja sama …": a numbered line.
    /// "1. …", "2) …".
    private static func isNumbered(_ sentence: ArticleText.Sentence, _ text: ArticleText) -> Bool {
        guard let first = sentence.tokens.first, sentence.tokens.count > 2 else { return false }
        let marker = text.tokens[first + 1].key
        return text.tokens[first].kind == .number && (marker == "." || marker == ")")
    }

    /// The ordinal an item opens with ("Pertama,", "Second,"); 0 for "finally"/"terakhir".
    static func ordinal(opening sentence: ArticleText.Sentence, tokens: [Token], pack: LanguagePack) -> Int? {
        let start = sentence.tokens.lowerBound
        guard sentence.tokens.count > 3, tokens[start].isCapitalized,
            let value = pack.ordinalWords[tokens[start].key],
            tokens[start + 1].key == "," || tokens[start + 1].key == ":"
        else { return nil }
        return value
    }

    /// A header line: it names an agreement, a signing or what an agreement does ("enable",
    /// "mengatur", "sepakat", "agreed to").
    private static func announces(_ tokens: [Token], in range: Range<Int>, pack: LanguagePack) -> Bool {
        pack.agreementCues.contains(tokens, in: range) || pack.listHeaderCues.contains(tokens, in: range)
            || pack.commitmentCues.contains(tokens, in: range)
    }

    /// The subjects of a package of instruments signed together: after a counted or plural
    /// instrument noun and a word that introduces them, the phrases between commas and "and".
    static func inlinePackage(_ tokens: [Token], in range: Range<Int>, pack: LanguagePack) -> [Range<Int>]? {
        var index = range.lowerBound
        while index < range.upperBound {
            guard let noun = pack.packageNouns.match(tokens, at: index, limit: range.upperBound) else {
                index += 1
                continue
            }
            guard Self.isCounted(tokens, before: index, from: range.lowerBound, pack: pack) || noun.value else {
                index = noun.range.upperBound
                continue
            }
            let reach = min(range.upperBound, noun.range.upperBound + Self.introducerReach)
            var cursor = noun.range.upperBound
            while cursor < reach {
                if let introducer = pack.listIntroducers.match(tokens, at: cursor, limit: range.upperBound),
                    introducer.range.upperBound < range.upperBound,
                    !Self.startsDate(tokens[introducer.range.upperBound], pack: pack)
                {
                    let items = Self.items(tokens, in: introducer.range.upperBound..<range.upperBound, pack: pack)
                    return items.count >= 2 ? items : nil
                }
                // A clause break before any introducer: the sentence goes on about something else.
                if tokens[cursor].key == "." || tokens[cursor].key == ";" { break }
                cursor += 1
            }
            index = noun.range.upperBound
        }
        return nil
    }

    /// "on Monday", "on 5 March": a date, not a subject.
    private static func startsDate(_ token: Token, pack: LanguagePack) -> Bool {
        token.kind == .number || pack.weekdays[token.key] != nil || pack.months[token.key] != nil
    }

    /// Phrases separated by "," and ";", the last one split at its "and"/"dan" ("A, B dan C"); a
    /// single phrase is split at its "and" ("on education and health"). Each must hold a word.
    private static func items(_ tokens: [Token], in range: Range<Int>, pack: LanguagePack) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let key = tokens[index].key
            if key == "(" { depth += 1 } else if key == ")" { depth = max(0, depth - 1) }
            if depth == 0, key == "," || key == ";" {
                pieces.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        pieces.append(start..<range.upperBound)
        // The sentence goes on after its list with where and when: "…, di Vientiane, Senin (4/9)".
        while let last = pieces.last, last.isEmpty || isPlaceOrDate(last, tokens, pack) { pieces.removeLast() }
        pieces = pieces.map { trimmed($0, tokens, pack) }.filter { !$0.isEmpty }
        // "energi baru dan terbarukan" is one subject: split only where the right side is a phrase
        // of its own or the left a single word.
        if let last = pieces.last, let joiner = last.first(where: { pack.listJoiners.contains(tokens[$0].key) }),
            last.upperBound - joiner > 2 || joiner - last.lowerBound == 1
        {
            pieces.removeLast()
            pieces += [last.lowerBound..<joiner, (joiner + 1)..<last.upperBound].map { trimmed($0, tokens, pack) }
                .filter { !$0.isEmpty }
        }
        return pieces
    }

    /// "di Vientiane", "in Hanoi", "Senin (4/9/2023)", "on Tuesday": a piece naming place or time.
    private static func isPlaceOrDate(_ range: Range<Int>, _ tokens: [Token], _ pack: LanguagePack) -> Bool {
        guard let first = range.first else { return false }
        if startsDate(tokens[first], pack: pack) { return true }
        let next = first + 1
        if pack.locationPrepositions.contains(tokens[first].key), next < range.upperBound,
            tokens[next].isCapitalized
        {
            return true
        }
        return pack.listIntroducers.contains(tokens, in: first..<min(range.upperBound, next))
            && next < range.upperBound && startsDate(tokens[next], pack: pack)
    }

    /// Without the punctuation and filler words ("on", "the", "tentang") around an item.
    private static func trimmed(_ range: Range<Int>, _ tokens: [Token], _ pack: LanguagePack) -> Range<Int> {
        var first = range.lowerBound
        var last = range.upperBound
        while first < last, tokens[first].kind == .symbol || pack.listItemFillers.contains(tokens[first].key) {
            first += 1
        }
        while last > first, tokens[last - 1].kind == .symbol { last -= 1 }
        return first..<last
    }
}
