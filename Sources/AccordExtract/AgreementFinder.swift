/// Decides whether an article reports a bilateral agreement and, if so, between whom, when, where,
/// signed by whom, and what else the article names and cites.
struct AgreementFinder {
    struct Found {
        var parties: [String]
        var evidence: ArticleText.Sentence?
        var date: String?
        var location: String?
        var signatories: [(person: KnownPerson, order: Int)]
        var mentions: [String]
        var headlineTopics: Set<String>
        var cites: [String]
    }

    let text: ArticleText
    let pack: LanguagePack
    let knowledge: Knowledge
    let published: String?

    private var body: [ArticleText.Sentence] { text.sentences.filter { $0.kind == .body } }

    /// The opening sentences, where news states who, when and where.
    private var lead: [ArticleText.Sentence] { Array(body.prefix(3)) }

    private func mentions(_ tokens: [Token], _ range: Range<Int>) -> [ActorMention] {
        ActorMention.find(tokens, in: range, knowledge: knowledge, pack: pack)
    }

    private func countries(_ mentions: [ActorMention]) -> [String] {
        var codes: [String] = []
        for mention in mentions {
            switch mention.kind {
            case .country(let code, let strength) where strength != .weak: codes.append(code)
            case .person(let index): codes.append(knowledge.people[index].country)
            default: break
            }
        }
        return codes
    }

    func find() -> Found? {
        let titleTokens = text.titleTokens
        let titleRange = 0..<titleTokens.count
        if pack.noDealCues.contains(titleTokens, in: titleRange)
            || lead.prefix(2).contains(where: { pack.noDealCues.contains(text.tokens, in: $0.tokens) })
        {
            return nil
        }
        // Score countries named where the agreement is stated; the headline and lead count most.
        var scores: [String: Double] = [:]
        var firstSeen: [String: Int] = [:]
        var order = 0
        func score(_ codes: [String], _ weight: Double) {
            for code in Set(codes) { scores[code, default: 0] += weight }
            for code in codes where firstSeen[code] == nil {
                firstSeen[code] = order
                order += 1
            }
        }
        if pack.agreementCues.contains(titleTokens, in: titleRange) {
            score(countries(mentions(titleTokens, titleRange)), 3)
        }
        for (position, sentence) in body.enumerated() where !sentence.isQuote {
            let found = countries(mentions(text.tokens, sentence.tokens))
            if pack.agreementCues.contains(text.tokens, in: sentence.tokens) {
                score(found, position < 3 ? 2 : 1)
            } else {
                score(found, 0.1)
            }
        }
        let ranked = scores.filter { $0.value >= 1 }.sorted {
            $0.value != $1.value ? $0.value > $1.value : firstSeen[$0.key, default: 0] < firstSeen[$1.key, default: 0]
        }
        guard ranked.count >= 2 else { return nil }
        let parties = [ranked[0].key, ranked[1].key].sorted()

        let evidence = evidenceSentence(parties: parties)
        return Found(
            parties: parties, evidence: evidence, date: date(evidence: evidence), location: location(),
            signatories: signatories(parties: parties, evidence: evidence),
            mentions: mentioned(excluding: parties), headlineTopics: headlineTopics(evidence: evidence),
            cites: cites())
    }

    /// The first sentence with an agreement cue that names both parties (or "kedua negara").
    private func evidenceSentence(parties: [String]) -> ArticleText.Sentence? {
        var fallback: ArticleText.Sentence?
        for sentence in body where !sentence.isQuote && pack.agreementCues.contains(text.tokens, in: sentence.tokens) {
            let found = mentions(text.tokens, sentence.tokens)
            let codes = Set(countries(found))
            let both = found.contains { if case .bothParties = $0.kind { true } else { false } }
            if both || parties.allSatisfy(codes.contains) { return sentence }
            if fallback == nil, !codes.isDisjoint(with: parties) { fallback = sentence }
        }
        return fallback ?? body.first
    }

    /// A date in the lead; else a weekday or "today" counted back from publication; else publication.
    private func date(evidence: ArticleText.Sentence?) -> String? {
        let reader = DateReader(pack: pack)
        var candidates = lead
        if let evidence, !candidates.contains(where: { $0.scalars == evidence.scalars }) { candidates.append(evidence) }
        for sentence in candidates {
            if let found = reader.firstFullDate(text.tokens, in: sentence.tokens) { return found.date.iso }
        }
        let publishedDate = published.flatMap(CivilDate.init(iso:))
        if let publishedDate {
            for sentence in candidates {
                if let weekday = reader.firstWeekday(text.tokens, in: sentence.tokens) {
                    let back = (publishedDate.weekday - weekday + 7) % 7
                    return publishedDate.adding(days: -back).iso
                }
                if let offset = reader.firstRelativeDay(text.tokens, in: sentence.tokens) {
                    return publishedDate.adding(days: offset).iso
                }
            }
            return publishedDate.iso
        }
        return published
    }

    /// A bare dateline ("LONDON –") names where the story happened; otherwise "di Tokyo", "in Riyadh",
    /// or "di Turnberry, Skotlandia" in the lead.
    private func location() -> String? {
        if let dateline = text.dateline, dateline.publisher == nil {
            let tokens = Tokenizer.tokens(dateline.city)
            if let place = knowledge.places.match(tokens, at: 0), place.range.upperBound == tokens.count {
                return place.value.name
            }
            return dateline.city.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
                .joined(separator: " ")
        }
        let tokens = text.tokens
        for sentence in lead {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound - 1 {
                defer { index += 1 }
                guard pack.locationPrepositions.contains(tokens[index].key), tokens[index].kind == .word else {
                    continue
                }
                let next = index + 1
                if let place = knowledge.places.match(tokens, at: next, limit: sentence.tokens.upperBound),
                    !place.value.isRegion
                {
                    return place.value.name
                }
                // An unknown capitalised name followed by ", <known region or country>".
                var end = next
                while end < sentence.tokens.upperBound, tokens[end].kind == .word, tokens[end].isCapitalized,
                    end - next < 3
                {
                    end += 1
                }
                if end > next, end + 1 < sentence.tokens.upperBound, tokens[end].key == ",",
                    knowledge.places.match(tokens, at: end + 1, limit: sentence.tokens.upperBound) != nil
                        || knowledge.actors.match(tokens, at: end + 1, limit: sentence.tokens.upperBound) != nil,
                    knowledge.actors.match(tokens, at: next, limit: end) == nil
                {
                    return text.string(tokens[next].start..<tokens[end - 1].end)
                }
            }
        }
        return nil
    }

    /// Per party, the highest-ranking office holder named in the headline, lead or agreement sentences.
    private func signatories(parties: [String], evidence: ArticleText.Sentence?) -> [(person: KnownPerson, order: Int)]
    {
        var seen: [(index: Int, order: Int)] = []
        var order = 0
        func collect(_ tokens: [Token], _ range: Range<Int>) {
            for mention in mentions(tokens, range) {
                if case .person(let index) = mention.kind {
                    seen.append((index, order))
                    order += 1
                }
            }
        }
        collect(text.titleTokens, 0..<text.titleTokens.count)
        for sentence in body where !sentence.isQuote {
            let isLead = lead.contains { $0.scalars == sentence.scalars }
            if isLead || pack.agreementCues.contains(text.tokens, in: sentence.tokens) {
                collect(text.tokens, sentence.tokens)
            }
        }
        var chosen: [(person: KnownPerson, order: Int)] = []
        for party in parties {
            let candidates = seen.filter { knowledge.people[$0.index].country == party }
            if let best = candidates.min(by: {
                let a = knowledge.people[$0.index]
                let b = knowledge.people[$1.index]
                return a.rank != b.rank ? a.rank < b.rank : $0.order < $1.order
            }) {
                chosen.append((knowledge.people[best.index], best.order))
            }
        }
        return chosen.sorted { $0.order < $1.order }
    }

    /// Countries named (by name or demonym, not by capital) that are not parties.
    private func mentioned(excluding parties: [String]) -> [String] {
        var codes = Set<String>()
        var ranges: [([Token], Range<Int>)] = [(text.titleTokens, 0..<text.titleTokens.count)]
        ranges += text.sentences.filter { $0.kind != .title }.map { (text.tokens, $0.tokens) }
        for (tokens, range) in ranges {
            for mention in mentions(tokens, range) {
                switch mention.kind {
                case .country(let code, .name): codes.insert(code)
                case .person(let index): codes.insert(knowledge.people[index].country)
                default: break
                }
            }
        }
        return codes.subtracting(parties).sorted()
    }

    private func headlineTopics(evidence: ArticleText.Sentence?) -> Set<String> {
        var topics = Set(pack.topics.matches(text.titleTokens, in: 0..<text.titleTokens.count).map(\.value))
        if let evidence { topics.formUnion(pack.topics.matches(text.tokens, in: evidence.tokens).map(\.value)) }
        return topics
    }

    /// Outlets and institutions after "dikutip dari", "according to", "told", …: a run of capitalised words.
    private func cites() -> [String] {
        var found: [String] = []
        let tokens = text.tokens
        let connectors: Set<String> = ["of", "the", "for", "and", "de", "al"]
        for sentence in text.sentences where sentence.kind == .body {
            for cue in pack.citeCues.matches(tokens, in: sentence.tokens) {
                var end = cue.range.upperBound
                let start = end
                while end < sentence.tokens.upperBound {
                    let token = tokens[end]
                    if token.kind == .word, token.isCapitalized {
                        end += 1
                    } else if token.kind == .word, connectors.contains(token.key), end > start,
                        end + 1 < sentence.tokens.upperBound, tokens[end + 1].isCapitalized
                    {
                        end += 1
                    } else {
                        break
                    }
                }
                guard end > start else { continue }
                // A known person is a speaker, not an outlet.
                if let actor = knowledge.actors.match(tokens, at: start, limit: end), actor.range.upperBound == end,
                    case .person = actor.value
                {
                    continue
                }
                let name = text.string(tokens[start].start..<tokens[end - 1].end)
                if !found.contains(name) { found.append(name) }
            }
        }
        return found
    }
}
