/// Decides whether an article reports a bilateral agreement and, if so, between whom, when, where,
/// signed by whom, and what else the article names and cites.
struct AgreementFinder {
    struct Found {
        var parties: [String]
        var evidence: ArticleText.Sentence?
        var date: String?
        var location: String?
        var signatories: [KnownPerson]
        var mentions: [String]
        var headlineTopics: Set<String>
        var cites: [String]
    }

    let text: ArticleText
    let pack: LanguagePack
    let knowledge: Knowledge
    let published: String?
    let cast: ArticleCast
    private let body: [ArticleText.Sentence]
    /// The opening sentences, where news states who, when and where.
    private let lead: [ArticleText.Sentence]
    private let mentions: ArticleMentions
    /// Token ranges of the body sentences that state an agreement.
    private let agreementSentences: Set<Range<Int>>
    /// The day the article reports from: the published date, else the first full date printed above
    /// the story or in its lead. Weekdays count back from it; a year or month before it recalls.
    private let reportDay: CivilDate?
    private let conclusion: ConcludedStatement
    /// Token ranges of the agreement sentences (not quotes) that report a deal made, not planned or
    /// recalled (`ConcludedStatement`).
    private let concludedSentences: Set<Range<Int>>

    /// `reportDay`: `ArticleText.reportDay`, which the cast is dated by too.
    init(
        text: ArticleText, pack: LanguagePack, knowledge: Knowledge, published: String?, reportDay: CivilDate?,
        cast: ArticleCast
    ) {
        self.text = text
        self.pack = pack
        self.knowledge = knowledge
        self.published = published
        self.cast = cast
        body = text.sentences.filter { $0.kind == .body }
        lead = Array(body.prefix(3))
        mentions = ArticleMentions(text: text, knowledge: knowledge, pack: pack, cast: cast)
        agreementSentences = Set(
            body.filter {
                pack.agreementCues.contains(text.tokens, in: $0.tokens)
                    && !pack.noDealCues.contains(text.tokens, in: $0.tokens)
            }.map(\.tokens))
        let day = reportDay
        self.reportDay = day
        let conclusion = ConcludedStatement(pack: pack, articleYear: day?.year, articleMonth: day?.month)
        self.conclusion = conclusion
        let stating = agreementSentences
        let mentions = self.mentions
        concludedSentences = Set(
            body.filter { sentence in
                !sentence.isQuote && stating.contains(sentence.tokens)
                    && conclusion.isConcluded(text.tokens, in: sentence.tokens)
                    && !Self.companiesConclude(sentence, text: text, mentions: mentions.of(sentence), pack: pack)
            }.map(\.tokens))
    }

    /// "PT Sipirok Arabika meneken kontrak …", "Hung Long Textile JSC and PT Benang Mas signed …": what
    /// stands before the signing verb names companies only, so no state concluded anything.
    private static func companiesConclude(
        _ sentence: ArticleText.Sentence, text: ArticleText, mentions: [ActorMention], pack: LanguagePack
    ) -> Bool {
        let tokens = text.tokens
        guard
            let verb = sentence.tokens.first(where: {
                pack.concludingCues.match(tokens, at: $0, limit: sentence.tokens.upperBound) != nil
            })
        else { return false }
        return ActorMention.namesOnlyCompanies(
            tokens, in: sentence.tokens.lowerBound..<verb, mentions: mentions, pack: pack)
    }

    /// The states named; a bloc ("ASEAN") counts with its members only where it concludes a
    /// multilateral deal, since a summit's or an organisation's name is no party.
    private func countries(_ mentions: [ActorMention], expandingBlocs: Bool = false) -> [String] {
        var codes: [String] = []
        for mention in mentions {
            switch mention.kind {
            case .country(let code, let strength) where strength != .weak: codes.append(code)
            case .person(let index): codes.append(cast.people[index].country)
            case .bloc(let members) where expandingBlocs: codes += members
            default: break
            }
        }
        return codes
    }

    /// Every agreement the article reports: one per partner of the country at its centre. A second
    /// partner counts only when the article says there were several agreements and names it about as
    /// often as the first.
    func find() -> [Found] {
        let titleTokens = text.titleTokens
        let titleRange = 0..<titleTokens.count
        let titleNoDeal = pack.noDealCues.contains(titleTokens, in: titleRange)
        let titleSigned = pack.signingCues.contains(titleTokens, in: titleRange)
        let opening = lead.prefix(2)
        let leadNoDeal = opening.contains { pack.noDealCues.contains(text.tokens, in: $0.tokens) }
        let leadSigned = opening.contains {
            pack.signingCues.contains(text.tokens, in: $0.tokens)
                && !pack.noDealCues.contains(text.tokens, in: $0.tokens)
        }
        // A failed earlier round does not hide a deal the headline or lead reports as signed.
        if titleNoDeal && !titleSigned || leadNoDeal && !titleSigned && !leadSigned { return [] }
        // Plans to sign and recalled old deals are not agreements: one sentence must report one made.
        let concluded =
            !titleNoDeal && conclusion.isConcluded(titleTokens, in: titleRange) || !concludedSentences.isEmpty
        guard concluded else { return [] }
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
            score(countries(mentions.title), 3)
        }
        var previous: [String] = []
        for (position, sentence) in body.enumerated() where !sentence.isQuote {
            let named = mentions.of(sentence)
            var found = countries(named)
            defer { previous = found }
            // "kedua pemimpin menandatangani …": the two are the ones the previous sentence named.
            if Set(found).count < 2, named.contains(where: { if case .bothParties = $0.kind { true } else { false } }) {
                found += previous
            }
            if isAgreementSentence(sentence) {
                score(found, position < 3 ? 2 : 1)
            } else {
                score(found, 0.1)
            }
        }
        let ranked = scores.filter { $0.value >= 1 }.sorted {
            $0.value != $1.value ? $0.value > $1.value : firstSeen[$0.key, default: 0] < firstSeen[$1.key, default: 0]
        }.map(\.key)
        guard ranked.count >= 2 else { return [] }
        if let group = multilateralParties() {
            let sideDeals = sideDeals(within: group.parties)
            var found = [
                record(
                    parties: group.parties.sorted(), evidence: group.evidence, others: [], several: !sideDeals.isEmpty)
            ]
            for deal in sideDeals {
                found.append(
                    record(
                        parties: deal.parties, evidence: deal.sentence,
                        others: group.parties.subtracting(deal.parties), several: true))
            }
            return found
        }
        let hub = ranked[0]
        var partners = [ranked[1]]
        let several = saysSeveralAgreements()
        let floor = max(2, scores[ranked[1], default: 0] * 0.5)
        partners += ranked.dropFirst(2).filter { candidate in
            several && scores[candidate, default: 0] >= floor
                || signsSeparately(candidate, hub: hub, rivals: Set(ranked).subtracting([hub, candidate]))
        }
        partners.sort { firstSeen[$0, default: 0] < firstSeen[$1, default: 0] }
        let pairs = partners.map { [hub, $0].sorted() }
        // "witnessed the signing by Anutin and Hun Manet of a joint declaration": two others sign
        // their own deal in the same report.
        let witnessed = signedBy().filter { !pairs.contains($0.parties) }
        let everyParty = Set(partners + [hub] + witnessed.flatMap(\.parties))
        let separate = partners.count + witnessed.count > 1
        var found = partners.map { partner in
            let parties = [hub, partner].sorted()
            let others = everyParty.subtracting(parties)
            let evidence = evidenceSentence(parties: parties, partner: partner, excluding: others)
            return record(parties: parties, evidence: evidence, others: others, several: separate)
        }
        for pair in witnessed {
            found.append(
                record(
                    parties: pair.parties, evidence: pair.sentence, others: everyParty.subtracting(pair.parties),
                    several: separate))
        }
        return found
    }

    /// "On the sidelines, Japan concluded a separate agreement with the Philippines": beside a
    /// multilateral deal, two of its parties conclude one of their own, in a sentence saying so.
    private func sideDeals(within group: Set<String>) -> [(parties: [String], sentence: ArticleText.Sentence)] {
        var deals: [(parties: [String], sentence: ArticleText.Sentence)] = []
        for sentence in body
        where concludedSentences.contains(sentence.tokens)
            && pack.sideDealCues.contains(text.tokens, in: sentence.tokens)
        {
            let pair = Set(countries(mentions.of(sentence))).sorted()
            guard pair.count == 2, Set(pair).isStrictSubset(of: group), !deals.contains(where: { $0.parties == pair })
            else { continue }
            deals.append((pair, sentence))
        }
        return deals
    }

    /// Pairs of states named as signers after a signing word and its agent's word ("the signing by
    /// Anutin and Hun Manet", "ditandatangani oleh Menlu Thailand dan Menlu Kamboja"), in signings
    /// reported as done.
    private func signedBy() -> [(parties: [String], sentence: ArticleText.Sentence)] {
        let tokens = text.tokens
        var pairs: [(parties: [String], sentence: ArticleText.Sentence)] = []
        for sentence in body where concludedSentences.contains(sentence.tokens) {
            let named = mentions.of(sentence)
            for signing in pack.signingCues.matches(tokens, in: sentence.tokens) {
                let after = signing.range.upperBound
                guard after < sentence.tokens.upperBound, pack.agentMarkers.contains(tokens[after].key) else {
                    continue
                }
                let signers = ActorMention.coordinatedGroups(
                    named.filter { $0.tokens.lowerBound > after }, tokens: tokens, pack: pack
                ).first
                let codes = Set(countries(signers ?? [])).sorted()
                if codes.count == 2, !pairs.contains(where: { $0.parties == codes }) { pairs.append((codes, sentence)) }
            }
        }
        return pairs
    }

    private func record(
        parties: [String], evidence: ArticleText.Sentence?, others: Set<String>, several: Bool
    )
        -> Found
    {
        Found(
            parties: parties, evidence: evidence, date: date(evidence: evidence),
            location: location(evidence: several ? evidence : nil),
            signatories: signatories(parties: parties, excluding: others),
            mentions: mentioned(excluding: parties), headlineTopics: headlineTopics(evidence: evidence),
            cites: cites())
    }

    /// How many of the first agreement sentences may state a multilateral deal: later ones are
    /// background or detail.
    static let multilateralLeadSentences = 4

    /// Three or more states concluding one agreement: named as one group where the agreement is
    /// stated ("Indonesia, Malaysia dan Thailand menandatangani …"), or named together with a word
    /// such as "trilateral" or "ketiga negara". Not when the article reports separate deals, nor a
    /// group that follows "with" (one state's partners in separate deals), unless such a word says so.
    private func multilateralParties() -> (parties: Set<String>, evidence: ArticleText.Sentence?)? {
        guard !saysSeveralAgreements() else { return nil }
        let tokens = text.tokens
        let stated = body.filter { !$0.isQuote && isAgreementSentence($0) }.prefix(Self.multilateralLeadSentences)
        var places: [(tokens: [Token], range: Range<Int>, mentions: [ActorMention], sentence: ArticleText.Sentence?)] =
            []
        let titleRange = 0..<text.titleTokens.count
        if pack.agreementCues.contains(text.titleTokens, in: titleRange) {
            places.append((text.titleTokens, titleRange, mentions.title, stated.first))
        }
        places += stated.map { (tokens, $0.tokens, mentions.of($0), $0) }
        for place in places {
            let cued = pack.multilateralCues.contains(place.tokens, in: place.range)
            let named = Set(countries(place.mentions))
            if cued, named.count >= 3 { return (named, place.sentence) }
            for group in ActorMention.coordinatedGroups(place.mentions, tokens: place.tokens, pack: pack) {
                let codes = Set(countries(group, expandingBlocs: true))
                guard codes.count >= 3, joinsBlocsByWord(group, tokens: place.tokens) else { continue }
                let before = group[0].tokens.lowerBound - 1
                if before >= place.range.lowerBound, pack.partnerPrepositions.contains(place.tokens[before].key) {
                    continue
                }
                // "Cambodia, Laos, Thailand and Vietnam adopted a declaration with Japan": the partner
                // named after "with" concludes it too.
                let after = group[group.count - 1].tokens.upperBound
                let partners = place.mentions.filter { mention in
                    let start = mention.tokens.lowerBound
                    return start > after && start - 1 >= place.range.lowerBound
                        && pack.partnerPrepositions.contains(place.tokens[start - 1].key)
                }
                return (codes.union(countries(partners)), place.sentence)
            }
        }
        return nil
    }

    /// "ASEAN dan Korea Selatan", "EU–Mercosur": a bloc is a party when a word joins it to the
    /// others; a bloc in a list of commas is more likely a summit's name ("di sela KTT ASEAN, …").
    private func joinsBlocsByWord(_ group: [ActorMention], tokens: [Token]) -> Bool {
        for (index, mention) in group.enumerated() {
            guard case .bloc = mention.kind else { continue }
            let neighbours = [
                index > 0 ? (group[index - 1], mention) : nil,
                index + 1 < group.count ? (mention, group[index + 1]) : nil,
            ]
            let joinedByWord = neighbours.compactMap { $0 }.contains { left, right in
                (left.tokens.upperBound..<right.tokens.lowerBound).contains {
                    tokens[$0].key != "," && pack.coordinators.contains(tokens[$0].key)
                }
            }
            if !joinedByWord { return false }
        }
        return true
    }

    /// States an agreement and is not a report that none was reached.
    private func isAgreementSentence(_ sentence: ArticleText.Sentence) -> Bool {
        agreementSentences.contains(sentence.tokens)
    }

    /// "Trump also signed a reciprocal trade agreement with Cambodian Prime Minister Hun Manet": a
    /// signing reported as done that names the hub and this partner and none of the others.
    private func signsSeparately(_ partner: String, hub: String, rivals: Set<String>) -> Bool {
        body.contains { sentence in
            guard concludedSentences.contains(sentence.tokens),
                pack.signingCues.contains(text.tokens, in: sentence.tokens)
            else { return false }
            let codes = Set(countries(mentions.of(sentence)))
            return codes.contains(partner) && codes.contains(hub) && codes.isDisjoint(with: rivals)
        }
    }

    /// "dua kesepakatan", "two separate agreements", "the second deal" in the headline or body.
    private func saysSeveralAgreements() -> Bool {
        if pack.severalAgreementsCues.contains(text.titleTokens, in: 0..<text.titleTokens.count) { return true }
        return text.sentences.contains { pack.severalAgreementsCues.contains(text.tokens, in: $0.tokens) }
    }

    /// The first agreement sentence naming both parties (or "kedua negara") and no other party;
    /// else the first naming the partner.
    private func evidenceSentence(
        parties: [String], partner: String, excluding others: Set<String>
    )
        -> ArticleText.Sentence?
    {
        var fallback: ArticleText.Sentence?
        for sentence in body where !sentence.isQuote && isAgreementSentence(sentence) {
            let found = mentions.of(sentence)
            let codes = Set(countries(found))
            if !codes.isDisjoint(with: others) { continue }
            let both = found.contains { if case .bothParties = $0.kind { true } else { false } }
            if (both && others.isEmpty) || parties.allSatisfy(codes.contains) { return sentence }
            let relevant = others.isEmpty ? !codes.isDisjoint(with: parties) : codes.contains(partner)
            if fallback == nil, relevant { fallback = sentence }
        }
        return fallback ?? body.first
    }

    /// A date in the agreement's own sentence, else in the lead ("paid a visit from 1 to 3 December"
    /// is the trip; "held talks on 2 December and adopted this statement" the deal); else a weekday
    /// or "today" counted back from publication; else publication.
    private func date(evidence: ArticleText.Sentence?) -> String? {
        let reader = DateReader(pack: pack)
        var candidates = lead
        if let evidence {
            candidates.removeAll { $0.scalars == evidence.scalars }
            candidates.insert(evidence, at: 0)
        }
        for sentence in candidates {
            if let found = reader.firstFullDate(text.tokens, in: sentence.tokens) { return found.date.iso }
        }
        // Without a published date, the date a page prints above its story is the report's day (a full
        // date in the lead was taken above).
        if let publishedDate = reportDay {
            // "announced the agreement on Tuesday": the agreement's own sentence says its day first.
            let ordered = evidence.map { own in [own] + candidates.filter { $0.scalars != own.scalars } } ?? candidates
            for sentence in ordered {
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

    /// Where the agreement's own sentence says it was signed ("di Tokyo", "in Riyadh", "di Istana
    /// Konstantinovsky, Saint Petersburg", "flew to Seoul and signed"); else a place after a preposition
    /// in the lead; else the dateline's city, when it is a place (never an outlet: "KOMPAS.com –").
    private func location(evidence: ArticleText.Sentence?) -> String? {
        if let evidence, let place = placeAfterPreposition(in: [evidence]) ?? capitalNamed(in: evidence) {
            return place
        }
        if let place = placeAfterPreposition(in: lead) { return place }
        if let place = arrival(in: lead) { return place }
        guard let dateline = text.dateline, !dateline.isNewsroom || namesCountry(dateline.publisher) else {
            return nil
        }
        let tokens = Tokenizer.tokens(dateline.city)
        if let place = knowledge.places.match(tokens, at: 0), place.range.upperBound == tokens.count {
            return place.value.name
        }
        // "AMERIKA SERIKAT –": a country is where the story is filed from, not a place of signing.
        guard !dateline.city.contains("."), !dateline.needsKnownPlace, !namesCountry(dateline.city) else { return nil }
        return dateline.city.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
            .joined(separator: " ")
    }

    /// "BUSAN, South Korea —": what follows the city is its country, not an outlet.
    private func namesCountry(_ name: String?) -> Bool {
        guard let name else { return false }
        let tokens = Tokenizer.tokens(name)
        guard let hit = knowledge.actors.match(tokens, at: 0), hit.range.upperBound == tokens.count,
            case .country = hit.value
        else { return false }
        return true
    }

    /// "di Tokyo", "in Riyadh", "at the Élysée Palace in Paris", "di Turnberry, Skotlandia".
    /// "Von der Leyen flew to Montevideo to announce the accord": where the lead has someone arrive,
    /// when it names no place of the signing itself.
    private func arrival(in sentences: [ArticleText.Sentence]) -> String? {
        let tokens = text.tokens
        for sentence in sentences {
            for phrase in pack.arrivalPhrases.matches(tokens, in: sentence.tokens) {
                var next = phrase.range.upperBound
                if next < sentence.tokens.upperBound, pack.articles.contains(tokens[next].key) { next += 1 }
                if let place = knowledge.places.match(tokens, at: next, limit: sentence.tokens.upperBound),
                    !place.value.isRegion
                {
                    return place.value.name
                }
            }
        }
        return nil
    }

    private func placeAfterPreposition(in sentences: [ArticleText.Sentence]) -> String? {
        let tokens = text.tokens
        for sentence in sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound - 1 {
                defer { index += 1 }
                guard pack.locationPrepositions.contains(tokens[index].key), tokens[index].kind == .word else {
                    continue
                }
                var next = index + 1
                // "in the Great Hall of the People": an article may stand before the name.
                if next < sentence.tokens.upperBound - 1, pack.articles.contains(tokens[next].key) { next += 1 }
                if let place = knowledge.places.match(tokens, at: next, limit: sentence.tokens.upperBound),
                    !place.value.isRegion
                {
                    return place.value.name
                }
                // An unknown capitalised name followed by ", <known city>" is a building in that city
                // ("di Istana Qasr Al Watan, Abu Dhabi"); followed by a region or country, it is the place.
                var end = next
                while end < sentence.tokens.upperBound, tokens[end].kind == .word, tokens[end].isCapitalized,
                    end - next < 5
                {
                    end += 1
                }
                if end > next, end + 1 < sentence.tokens.upperBound, tokens[end].key == ",",
                    let city = knowledge.places.match(tokens, at: end + 1, limit: sentence.tokens.upperBound),
                    !city.value.isRegion
                {
                    return city.value.name
                }
                if end > next, end - next <= 3, end + 1 < sentence.tokens.upperBound, tokens[end].key == ",",
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

    /// A capital named in the signing sentence ("flew to Seoul and signed …").
    private func capitalNamed(in sentence: ArticleText.Sentence) -> String? {
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            if let place = knowledge.places.match(text.tokens, at: index, limit: sentence.tokens.upperBound),
                !place.value.isRegion, text.tokens[index].isCapitalized
            {
                return place.value.name
            }
            index += 1
        }
        return nil
    }

    /// Per party, who is named with a verb of signing; else the highest-ranking office holder named in
    /// the headline, lead or agreement sentences. Sentences about another agreement do not count.
    private func signatories(parties: [String], excluding others: Set<String>) -> [KnownPerson] {
        var signing: [(index: Int, order: Int)] = []
        var seen: [(index: Int, order: Int)] = []
        var everywhere: [(index: Int, order: Int)] = []
        var order = 0
        var previousSubject: Int?
        func collect(_ found: [ActorMention], into list: inout [(index: Int, order: Int)]) {
            for mention in found {
                switch mention.kind {
                case .person(let index): list.append((index, order))
                case .pronoun: if let previousSubject { list.append((previousSubject, order)) }
                default: continue
                }
                order += 1
            }
        }
        collect(mentions.title, into: &seen)
        for sentence in body {
            let found = mentions.of(sentence)
            defer {
                for mention in found { if case .person(let index) = mention.kind { previousSubject = index; break } }
            }
            guard !sentence.isQuote else { continue }
            if isAgreementSentence(sentence) { collect(found, into: &everywhere) }
            guard Set(countries(found)).isDisjoint(with: others) else { continue }
            let isLead = lead.contains { $0.scalars == sentence.scalars }
            if isAgreementSentence(sentence), pack.signingCues.contains(text.tokens, in: sentence.tokens) {
                collect(found, into: &signing)
            }
            if isLead || isAgreementSentence(sentence) { collect(found, into: &seen) }
        }
        var chosen: [(person: KnownPerson, order: Int)] = []
        func inOffice(_ list: [(index: Int, order: Int)], _ party: String) -> [(index: Int, order: Int)] {
            // A former office holder named in the story did not sign this one.
            list.filter {
                cast.people[$0.index].country == party && cast.people[$0.index].rank < KnownPerson.outOfOfficeRank
            }
        }
        func best(_ list: [(index: Int, order: Int)]) -> (index: Int, order: Int)? {
            list.min {
                let a = cast.people[$0.index]
                let b = cast.people[$1.index]
                return a.rank != b.rank ? a.rank < b.rank : $0.order < $1.order
            }
        }
        for party in parties {
            // Everyone named signing, and the leader who concluded or witnessed it; else the
            // highest-ranking person named where the agreement is stated. The same leader may sign
            // several agreements: then any sentence naming them will do.
            var picked: [(index: Int, order: Int)] = []
            for signer in inOffice(signing, party) where !picked.contains(where: { $0.index == signer.index }) {
                picked.append(signer)
            }
            let seenHere = inOffice(seen, party)
            if let leader = best(seenHere), picked.isEmpty || cast.people[leader.index].rank == 1,
                !picked.contains(where: { $0.index == leader.index })
            {
                picked.append(leader)
            }
            if picked.isEmpty, let fallback = best(inOffice(everywhere, party)) { picked.append(fallback) }
            for person in picked.sorted(by: { $0.order < $1.order }).prefix(Self.maxSignatoriesPerParty) {
                chosen.append((cast.people[person.index], person.order))
            }
        }
        return chosen.sorted { $0.order < $1.order }.map(\.person)
    }

    /// Signers and witnessing leaders kept per party at most: more names are a list of attendees.
    static let maxSignatoriesPerParty = 3

    /// Countries named (by name or demonym, not by capital) that are not parties.
    private func mentioned(excluding parties: [String]) -> [String] {
        var codes = Set<String>()
        let found = [mentions.title] + text.sentences.filter { $0.kind != .title }.map(mentions.of)
        for sentenceMentions in found {
            for mention in sentenceMentions {
                switch mention.kind {
                case .country(let code, .name): codes.insert(code)
                case .person(let index): codes.insert(cast.people[index].country)
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
        for sentence in text.sentences where sentence.kind == .body {
            for cue in pack.citeCues.matches(tokens, in: sentence.tokens) {
                var end = cue.range.upperBound
                let start = end
                while end < sentence.tokens.upperBound {
                    let token = tokens[end]
                    if token.kind == .word, token.isCapitalized {
                        end += 1
                    } else if token.kind == .word, pack.citeConnectors.contains(token.key), end > start,
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
