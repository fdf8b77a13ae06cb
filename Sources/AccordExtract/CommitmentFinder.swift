import AccordModel

/// Finds what each party promised: clauses with a commitment cue, their committing party, and the
/// deadline, amount and topic they state.
struct CommitmentFinder {
    struct Found {
        var parties: [String]
        var text: String
        var category: String
        var due: String?
        var dueText: String?
        var amount: Amount?
        var evidence: Range<Int>
        /// Index of the agreement it belongs to.
        var agreement: Int
    }

    /// What a commitment is measured against: the agreement's parties, date and main topic.
    struct Target {
        var parties: [String]
        var reference: CivilDate?
        var fallbackCategory: String
        /// Scalars of the sentence stating the agreement: the story is about it from there on.
        var statement: Range<Int>? = nil
    }

    let text: ArticleText
    let pack: LanguagePack
    let knowledge: Knowledge
    let cast: ArticleCast
    let targets: [Target]
    /// Every party of every agreement: a country outside these is a third party.
    private let parties: [String]
    /// One category chooser per target, knowing what that agreement is about.
    private let choosers: [CategoryChooser]

    init(text: ArticleText, pack: LanguagePack, knowledge: Knowledge, cast: ArticleCast, targets: [Target]) {
        self.text = text
        self.pack = pack
        self.knowledge = knowledge
        self.cast = cast
        self.targets = targets
        var all: [String] = []
        for target in targets { for code in target.parties where !all.contains(code) { all.append(code) } }
        parties = all
        // What the agreement is about: its headline and lead, ranked by how much the article says.
        let profile = CategoryChooser.profile(of: text, pack: pack)
        var lead = Set(pack.topics.matches(text.titleTokens, in: 0..<text.titleTokens.count).map(\.value))
        if let first = text.sentences.first(where: { $0.kind == .body }) {
            lead.formUnion(pack.topics.matches(text.tokens, in: first.tokens).map(\.value))
        }
        // Subjects the article dwells on count too: at least half as many keywords as the most frequent.
        let dwelt = Set(profile.filter { 2 * $0.value >= (profile.values.max() ?? 0) }.keys)
        choosers = targets.map { target in
            let topics = lead.isEmpty ? dwelt.union([target.fallbackCategory]) : lead.union(dwelt)
            let main =
                topics.max { (profile[$0] ?? 0, $1) < (profile[$1] ?? 0, $0) } ?? target.fallbackCategory
            return CategoryChooser(agreementTopics: topics, mainTopic: main, rules: knowledge.topicRules)
        }
    }

    private enum Actors: Equatable {
        case parties(Set<String>)
        /// Only countries outside the agreement act: not a commitment under it.
        case thirdParty
    }

    private struct Clause {
        var tokens: Range<Int>
        var cue: Int?
        var actors: Actors?
    }

    func find() -> [Found] {
        var found: [Found] = []
        var previousSubject: String?
        var context = 0
        // Parties that only one agreement has: naming one moves the story to that agreement.
        // List items after the story began are part of it; a summary box above the lead is not.
        let storyStart = text.sentences.first { $0.kind == .body }?.scalars.upperBound ?? Int.max
        let shared = targets.dropFirst().reduce(Set(targets.first?.parties ?? [])) { $0.intersection($1.parties) }
        let lists = Enumerations(text: text, pack: pack)
        var listParties: [String]?
        var listGrants = false
        for (position, sentence) in text.sentences.enumerated()
        where sentence.kind != .title && sentence.kind != .skipped {
            let mentions = ActorMention.find(
                text.tokens, in: sentence.tokens, knowledge: knowledge, pack: pack, cast: cast)
            if targets.count > 1, let stated = targets.firstIndex(where: { $0.statement == sentence.scalars }) {
                context = stated
            } else if targets.count > 1 {
                // "Bangkok and Washington will …": the one agreement whose parties are all those named;
                // else the one agreement that alone has a party named.
                let all = Set(mentions.compactMap(country))
                let holding = targets.indices.filter { all.count >= 2 && all.isSubset(of: targets[$0].parties) }
                let named = all.subtracting(shared)
                let hits = targets.indices.filter { !named.isDisjoint(with: targets[$0].parties) }
                if holding.count == 1 {
                    context = holding[0]
                } else if hits.count == 1 {
                    context = hits[0]
                }
            }
            defer {
                if let person = mentions.first(where: { if case .person = $0.kind { true } else { false } }),
                    case .person(let index) = person.kind
                {
                    previousSubject = cast.people[index].country
                }
            }
            let isItem = lists.itemSentences.contains(position)
            guard
                sentence.kind == .body || isItem
                    || sentence.kind == .bullet && sentence.scalars.lowerBound >= storyStart
            else {
                continue
            }
            if sentence.isQuote || pack.noDealCues.contains(text.tokens, in: sentence.tokens)
                || recallsEarlierYears(sentence, context: context)
            {
                continue
            }
            // "The summit builds on arrangements including A and B": instruments of the past are no items.
            let listsHere = lists.inlineItems[position] != nil || lists.instrumentSentences[position] != nil
            let isBackground = listsHere && pack.backgroundMarkers.contains(text.tokens, in: sentence.tokens)
            // "The two deals, one on energy and one on palm oil, were signed …": in a report of several
            // deals, a list in a sentence stating none of them names the deals, not one's instruments.
            let ownStatement = targets.contains { $0.statement == sentence.scalars }
            if let items = lists.inlineItems[position], !isBackground, targets.count == 1 || ownStatement {
                found += items.map {
                    item($0, of: sentence, parties: targets[context].parties, context: context)
                }
                continue
            }
            // "Reaffirmed …", "Stressed their commitment to …": an item taking a stance undertakes nothing.
            if isItem || sentence.kind == .bullet, opensWithStance(sentence) { continue }
            // An item with no subject of its own is undertaken by whoever its header names.
            let stated = commitments(
                in: sentence, mentions: mentions, previousSubject: previousSubject, context: context,
                defaults: isItem ? listParties : nil)
            if lists.listSentences.contains(position) {
                // A header ("Indonesia berkomitmen untuk:") names who undertakes its items.
                listParties = stated.count == 1 ? stated[0].parties : nil
                listGrants = pack.permissionCues.contains(text.tokens, in: sentence.tokens)
                continue
            }
            // Instruments count as a package's items only when the article reports one agreement: in
            // a report of several deals, each instrument is a deal of its own.
            if targets.count == 1, !isBackground, let subject = lists.instrumentSentences[position],
                !ActorMention.namesOnlyCompanies(
                    text.tokens, in: sentence.tokens.lowerBound..<subject, mentions: mentions, pack: pack),
                stated.isEmpty || isSigning(stated, sentence)
            {
                // One instrument of a package: a joint undertaking on its subject.
                var instrument = item(
                    subject..<sentence.tokens.upperBound, of: sentence, parties: targets[context].parties,
                    context: context)
                instrument.text = text.text(of: sentence)
                found.append(instrument)
                continue
            }
            if isItem && stated.isEmpty {
                let body = itemBody(sentence)
                if body.isEmpty { continue }  // a marker alone ("6.") undertakes nothing
                let undertaking = grantor(
                    of: .parties(Set(listParties ?? targets[context].parties)), clause: body, mentions: mentions,
                    context: context, granted: listGrants)
                guard case .parties(let parties) = undertaking else { continue }
                found.append(item(body, of: sentence, parties: parties.sorted(), context: context))
            } else {
                found += stated
            }
            if !isItem {
                listParties = nil
                listGrants = false
            }
        }
        return found
    }

    /// "In 2019 and 2020, Indonesia complained that promised payments …": a sentence framed by years
    /// before the agreement is background. A year after the promise ("will install radars, paid for
    /// from a credit extended in 2017") only tells its history, unless nothing in the sentence
    /// promises: "NICFI was established in 2008", "set up a commission under a 2017 memorandum".
    private func recallsEarlierYears(_ sentence: ArticleText.Sentence, context: Int) -> Bool {
        guard let year = targets[context].reference?.year else { return false }
        let tokens = text.tokens
        func isEarlierYear(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.kind == .number, token.text.count == 4, let value = Int(token.text) else { return false }
            return (1900..<year).contains(value)
        }
        let firstCue =
            sentence.tokens.first {
                pack.commitmentCues.match(tokens, at: $0, limit: sentence.tokens.upperBound) != nil
            }
            ?? sentence.tokens.upperBound
        if (sentence.tokens.lowerBound..<firstCue).contains(where: isEarlierYear) { return true }
        return !pack.promiseMarkers.isEmpty && sentence.tokens.contains(where: isEarlierYear)
            && !pack.promiseMarkers.contains(tokens, in: sentence.tokens)
    }

    /// Commitments read off a sentence that only reports the signing itself.
    private func isSigning(_ stated: [Found], _ sentence: ArticleText.Sentence) -> Bool {
        stated.count == 1 && pack.signingCues.contains(text.tokens, in: sentence.tokens)
    }

    /// "- Stressed that …", "3. Reaffirmed …": a list line whose first word (after its marker) takes
    /// a stance.
    private func opensWithStance(_ sentence: ArticleText.Sentence) -> Bool {
        var start = itemBody(sentence).lowerBound
        let end = sentence.tokens.upperBound
        if start < end, text.tokens[start].kind == .symbol { start += 1 }
        return start < end && pack.stanceVerbs.match(text.tokens, at: start, limit: end) != nil
    }

    /// An item without its marker: "1." or an ordinal and its comma.
    private func itemBody(_ sentence: ArticleText.Sentence) -> Range<Int> {
        var start = sentence.tokens.lowerBound
        let tokens = text.tokens
        if Enumerations.ordinal(opening: sentence, tokens: tokens, pack: pack) != nil {
            start += 2
        } else if start < sentence.tokens.upperBound, tokens[start].kind == .number,
            start + 1 < sentence.tokens.upperBound, tokens[start + 1].key == "." || tokens[start + 1].key == ")"
        {
            start += 2
        }
        return min(start, sentence.tokens.upperBound)..<sentence.tokens.upperBound
    }

    /// One item of a list: an undertaking of `parties` (by default, all of the agreement's).
    private func item(_ range: Range<Int>, of sentence: ArticleText.Sentence, parties: [String], context: Int) -> Found
    {
        let tokens = text.tokens
        // "MoU tentang Perkeretaapian antara Kementerian Perhubungan …": the subject is what comes
        // before the signing bodies, whose portfolios say nothing of it.
        let subjectEnd =
            range.first { pack.itemPartyMarkers.match(tokens, at: $0, limit: range.upperBound) != nil }
            ?? range.upperBound
        // Its deadline and amount may stand anywhere in the item.
        return found(
            range: range, categoryRange: range.lowerBound..<max(subjectEnd, range.lowerBound + 1),
            cue: range.lowerBound, codes: Set(parties), agreement: context, sentence: sentence,
            phrase: text.string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end))
    }

    /// A commitment of `codes` stated by the tokens `range` of `sentence`, with its deadline and amount
    /// read there and its category in `categoryRange` (by default the same).
    private func found(
        range: Range<Int>, categoryRange: Range<Int>? = nil, cue: Int, codes: Set<String>, agreement: Int,
        sentence: ArticleText.Sentence, phrase: String
    ) -> Found {
        let tokens = text.tokens
        let deadline = DateReader(pack: pack).deadline(tokens, in: range, reference: targets[agreement].reference)
        let quantities = AmountReader(pack: pack).amounts(tokens, in: range, text: text.scalars)
        // "halve its 150% tariff to 75%", "from 20% to 10%", "menjadi 15 persen": the new level.
        let measures = quantities.filter { !$0.isCount }
        let target = measures.count >= 2 ? measures.first { isTarget($0.tokenRange.lowerBound) } : nil
        let amount =
            target ?? measures.first
            ?? quantities.first(where: { $0.tokenRange.lowerBound >= cue })
        return Found(
            parties: codes.sorted(), text: phrase,
            category: sectorFrame(of: sentence)
                ?? choosers[agreement].choose(tokens, in: categoryRange ?? range, cue: cue, pack: pack),
            due: deadline?.due,
            dueText: deadline.map {
                text.string(tokens[$0.range.lowerBound].start..<tokens[$0.range.upperBound - 1].end)
            },
            amount: amount?.amount, evidence: sentence.scalars, agreement: agreement)
    }

    private func partyNamedWeakly(_ mention: ActorMention) -> String? {
        guard case .country(let code, _) = mention.kind, parties.contains(code) else { return nil }
        return code
    }

    private func country(_ mention: ActorMention) -> String? {
        switch mention.kind {
        case .country(let code, let strength) where strength != .weak: code
        case .person(let index): cast.people[index].country
        default: nil
        }
    }

    /// `defaults`: who acts when the clause names nobody (else the agreement's parties).
    private func commitments(
        in sentence: ArticleText.Sentence, mentions: [ActorMention], previousSubject: String?, context: Int,
        defaults: [String]? = nil
    ) -> [Found] {
        let tokens = text.tokens
        var clauses = split(sentence.tokens).map { Clause(tokens: $0, cue: nil, actors: nil) }
        var subject: [ActorMention]?
        for index in clauses.indices {
            guard let cue = cue(in: clauses[index].tokens, sentence: sentence.tokens) else { continue }
            clauses[index].cue = cue.start
            if subject == nil {
                subject = group(
                    endingBefore: sentence.tokens.upperBound,
                    mentions: mentions.filter {
                        $0.tokens.upperBound <= cue.start
                    }, from: true)
            }
            let clauseMentions = mentions.filter {
                $0.tokens.lowerBound >= clauses[index].tokens.lowerBound && $0.tokens.upperBound <= cue.start
            }
            if cue.reported {
                guard let last = clauseMentions.last, last.tokens.upperBound == cue.start,
                    case .country(_, let strength) = last.kind, strength != .weak
                else {
                    clauses[index].cue = nil
                    continue
                }
            }
            // "Garment maker Hung Long JSC will invest …": a company promises nothing for its state.
            if ActorMention.namesOnlyCompanies(
                text.tokens, in: clauses[index].tokens.lowerBound..<cue.start, mentions: mentions, pack: pack)
            {
                clauses[index].cue = nil
                continue
            }
            // "made by Hanwha Aerospace, which will act as the main contractor": a relative clause speaks
            // of the name before it, a party only when that name is one.
            if pack.relativePronouns.contains(text.tokens[clauses[index].tokens.lowerBound].key) {
                var end = clauses[index].tokens.lowerBound
                while end > sentence.tokens.lowerBound, text.tokens[end - 1].kind == .symbol { end -= 1 }
                guard mentions.contains(where: { $0.tokens.upperBound == end && country($0) != nil }) else {
                    clauses[index].cue = nil
                    continue
                }
            }
            var chosen: [ActorMention]?
            if cue.actorFollows {
                let after = mentions.filter {
                    $0.tokens.lowerBound >= cue.end
                        && $0.tokens.lowerBound < min(cue.end + 5, clauses[index].tokens.upperBound)
                }
                chosen = after.first.map { [$0] }
            } else if let nearest = group(endingBefore: cue.start, mentions: clauseMentions, from: false) {
                chosen = reportsSomeoneElse(from: nearest.last!.tokens.upperBound, to: cue.start) ? [] : nearest
            } else if let subject, let first = subject.first,
                first.tokens.upperBound <= clauses[index].tokens.lowerBound
            {
                // "…, but officials say output from ageing fields will not keep pace": a clause reporting
                // on a subject of its own that is no party promises nothing for the sentence's subject.
                if reportsSomeoneElse(from: clauses[index].tokens.lowerBound, to: cue.start) {
                    clauses[index].cue = nil
                    continue
                }
                chosen = subject
            }
            // "will be erased by the EU": a passive's agent acts, whatever stands before the cue.
            let agents = agents(of: cue, in: clauses[index].tokens, mentions: mentions)
            if agents.isEmpty && effectOfAgreement(clause: clauses[index].tokens, cue: cue, actors: chosen)
                || clauseMentions.isEmpty && !cue.actorFollows
                    && inheritsHedge(sentence: sentence.tokens, clause: clauses[index].tokens)
                || chosen == nil && agents.isEmpty && !cue.actorFollows
                    && describesThing(clause: clauses[index].tokens, cue: cue)
                || isNoUndertaking(sentence: sentence.tokens, clause: clauses[index].tokens, cue: cue)
            {
                clauses[index].cue = nil; continue
            }
            if !agents.isEmpty { chosen = agents }
            var actors = resolve(
                chosen ?? [], in: mentions, previousSubject: previousSubject,
                defaults: defaults ?? targets[context].parties)
            if chosen?.isEmpty ?? true {
                actors = exporterAside(
                    actors, after: cue.end, clause: clauses[index].tokens, mentions: mentions, context: context)
            }
            clauses[index].actors = grantor(
                of: imposer(of: actors, clause: clauses[index].tokens, mentions: mentions, context: context),
                clause: clauses[index].tokens, mentions: mentions, context: context)
        }
        // Group clauses by committing party; clauses without a cue join their neighbours.
        var groups: [(range: Range<Int>, cue: Int, actors: Actors)] = []
        var pendingStart: Int?
        for clause in clauses {
            if let cue = clause.cue, let actors = clause.actors {
                if let last = groups.last, last.actors == actors {
                    groups[groups.count - 1].range = last.range.lowerBound..<clause.tokens.upperBound
                } else {
                    let start = pendingStart ?? clause.tokens.lowerBound
                    groups.append((start..<clause.tokens.upperBound, cue, actors))
                }
                pendingStart = nil
            } else if let last = groups.last {
                groups[groups.count - 1].range = last.range.lowerBound..<clause.tokens.upperBound
            } else if pendingStart == nil {
                pendingStart = clause.tokens.lowerBound
            }
        }
        let kept = groups.filter { $0.actors != .thirdParty }
        return kept.flatMap { group -> [Found] in
            guard case .parties(let all) = group.actors else { return [] }
            let codes =
                all.intersection(targets[context].parties).isEmpty ? all : all.intersection(targets[context].parties)
            let agreement =
                codes.isSubset(of: targets[context].parties)
                ? context : targets.firstIndex { codes.isSubset(of: $0.parties) } ?? context
            // "membeli energi senilai US$15 miliar, produk pertanian senilai US$4,5 miliar, dan 50
            // pesawat Boeing": one cue, several purchases each with its own amount.
            let pieces = amountPieces(after: group.cue, in: group.range)
            if pieces.count >= 2 {
                return pieces.map { piece in
                    found(
                        range: piece, cue: piece.lowerBound, codes: codes, agreement: agreement, sentence: sentence,
                        phrase: text.string(tokens[piece.lowerBound].start..<tokens[piece.upperBound - 1].end))
                }
            }
            let range = kept.count == 1 ? sentence.tokens : group.range
            let phrase =
                kept.count == 1
                ? text.text(of: sentence)
                : text.string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
            return [
                found(
                    range: range, cue: group.cue, codes: codes, agreement: agreement, sentence: sentence,
                    phrase: phrase)
            ]
        }
    }

    /// The pieces of a list after a cue that each carry an amount of their own, the first from the
    /// cue on; a piece with none ("termasuk tipe 777") stays with the one before. Fewer than two:
    /// no split.
    private func amountPieces(after cue: Int, in range: Range<Int>) -> [Range<Int>] {
        let tokens = text.tokens
        var cuts: [Int] = []
        for index in cue..<range.upperBound {
            let key = tokens[index].key
            if key == "," || key == ";" || pack.listJoiners.contains(key) { cuts.append(index) }
        }
        var pieces: [Range<Int>] = []
        var start = cue
        for cut in cuts + [range.upperBound] {
            if cut > start { pieces.append(start..<cut) }
            start = cut + 1
        }
        let amounts = AmountReader(pack: pack)
        var merged: [Range<Int>] = []
        for piece in pieces {
            let carries = !amounts.amounts(tokens, in: piece, text: text.scalars).isEmpty
            if carries || merged.isEmpty {
                merged.append(piece)
            } else {
                merged[merged.count - 1] = merged[merged.count - 1].lowerBound..<piece.upperBound
            }
        }
        let withAmounts = merged.filter { !amounts.amounts(tokens, in: $0, text: text.scalars).isEmpty }
        // A list ends with "dan"/"and" before its last piece; ", down from the 49% rate" compares.
        guard withAmounts.count >= 2, withAmounts.count == merged.count, let last = merged.last,
            cuts.contains(where: {
                pack.listJoiners.contains(tokens[$0].key) && $0 < last.lowerBound && $0 >= last.lowerBound - 2
            })
        else { return [] }
        return merged
    }

    /// An amount right after "to"/"menjadi", perhaps with a hedge between ("to nearly $1 trillion").
    private func isTarget(_ start: Int) -> Bool {
        let tokens = text.tokens
        for back in 1...2 where start - back >= 0 {
            if pack.targetMarkers.contains(tokens[start - back].key) { return true }
            if tokens[start - back].kind != .word { return false }
        }
        return false
    }

    /// "Di sektor pertanian, Indonesia akan …", "In agriculture, Japan will …": the field a sentence
    /// opens with is the topic of what it promises.
    private func sectorFrame(of sentence: ArticleText.Sentence) -> String? {
        let tokens = text.tokens
        guard
            let frame = pack.sectorFrames.match(
                tokens, at: sentence.tokens.lowerBound, limit: sentence.tokens.upperBound),
            let comma = (frame.range.upperBound..<sentence.tokens.upperBound).prefix(Self.sectorFrameReach)
                .first(where: { tokens[$0].key == "," })
        else { return nil }
        return pack.topics.matches(tokens, in: frame.range.upperBound..<comma).first?.value
    }

    /// Words a sector frame may have before its comma.
    static let sectorFrameReach = 6

    /// The parties named right after a passive agent's word ("by the EU", "by the Philippine Senate
    /// and by Japan's parliament", "oleh Indonesia"). Where the language marks its passives, the agent
    /// follows the cue's own passive closely: in "will keep oil available for purchase by Japan" and
    /// "will be channelled through a trust managed by Peru's bank", the one named does not act.
    private func agents(of cue: Cue, in clause: Range<Int>, mentions: [ActorMention]) -> [ActorMention] {
        let tokens = text.tokens
        var found: [ActorMention] = []
        for index in cue.end..<clause.upperBound where pack.agentMarkers.contains(tokens[index].key) {
            // "by the Philippine Senate and by Japan's parliament": later agents join the first.
            guard
                pack.passiveMarkers.isEmpty || !found.isEmpty
                    || (max(cue.start, index - 3)..<index).contains(where: {
                        pack.passiveMarkers.contains(tokens[$0].key)
                    })
            else { continue }
            var next = index + 1
            while next < clause.upperBound, pack.coordinationFillers.contains(tokens[next].key) { next += 1 }
            if let mention = mentions.first(where: { $0.tokens.lowerBound == next }), country(mention) != nil {
                found.append(mention)
            }
        }
        return found
    }

    /// "will eliminate tariffs on 99 percent of imports from Japan": with no subject named, the party
    /// whose goods are meant is not the one acting; the other party is.
    private func exporterAside(
        _ actors: Actors, after start: Int, clause: Range<Int>, mentions: [ActorMention], context: Int
    ) -> Actors {
        let parties = targets[context].parties
        guard let code = originParty(in: start..<clause.upperBound, mentions: mentions, where: parties.contains)
        else { return actors }
        let others = Set(parties).subtracting([code])
        return others.isEmpty ? actors : .parties(others)
    }

    /// "Imports from Japan will face a 15% tariff", "Indonesia dikenai tarif 19 persen": the party named
    /// faces the tariff; the other party of the agreement imposes it, and so commits to it.
    private func imposer(of actors: Actors, clause: Range<Int>, mentions: [ActorMention], context: Int) -> Actors {
        guard case .parties(var named) = actors else { return actors }
        // "Their 35 percent tariff on European cars will be phased out": the goods' origin, named right
        // after the tariff, is not the state that levies it.
        let all = Set(targets[context].parties)
        func bothNamed() -> Bool {
            mentions.contains {
                guard case .bothParties = $0.kind else { return false }
                return clause.contains($0.tokens.lowerBound)
            }
        }
        if let origin = originParty(in: clause, mentions: mentions, markers: pack.leviedOnMarkers),
            named == [origin] || named == all && !bothNamed()
        {
            let others = all.subtracting([origin])
            return others.isEmpty ? actors : .parties(others)
        }
        guard pack.tariffFacingCues.contains(text.tokens, in: clause),
            pack.topics.matches(text.tokens, in: clause).contains(where: { $0.value == Topic.tariffs.rawValue })
        else { return actors }
        // "barang asal Indonesia yang masuk ke Amerika Serikat akan dikenakan tarif": the goods'
        // origin faces it, whatever place is named after.
        if let origin = originParty(in: clause, mentions: mentions) { named = [origin] }
        let others = Set(targets[context].parties).subtracting(named)
        return others.isEmpty ? actors : .parties(others)
    }

    /// "The pact will allow Singapore's troops to train in Queensland", "the air force will be able to
    /// use a base in Singapore", "Australian beef to enter Britain": a permission is granted by the
    /// state whose soil or market it opens, the party named after a destination word, else the party
    /// other than the one allowed. A party named as granting ("Australia will allow …") keeps it.
    /// `granted`: the clause is an item of a header that grants ("The agreement is set to enable:"),
    /// its subject the one allowed.
    private func grantor(
        of actors: Actors, clause: Range<Int>, mentions: [ActorMention], context: Int, granted: Bool = false
    ) -> Actors {
        let tokens = text.tokens
        guard case .parties(let named) = actors else { return actors }
        var permission: PhraseIndex<Bool>.Match?
        for index in clause {
            permission = pack.permissionCues.match(tokens, at: index, limit: clause.upperBound)
            if permission != nil { break }
        }
        guard granted || permission != nil else { return actors }
        let parties = Set(targets[context].parties)
        let allowedFollows = permission?.value ?? false
        if allowedFollows && named != parties { return actors }
        var destination: String?
        var allowed: Set<String> = []
        for mention in mentions
        where mention.tokens.lowerBound >= clause.lowerBound && mention.tokens.upperBound <= clause.upperBound {
            guard let code = country(mention), parties.contains(code) else { continue }
            var start = mention.tokens.lowerBound
            while start > clause.lowerBound, pack.articles.contains(tokens[start - 1].key) { start -= 1 }
            let afterMarker = (max(clause.lowerBound, start - 3)..<start).contains {
                pack.destinationMarkers.match(tokens, at: $0, limit: start)?.range.upperBound == start
            }
            if afterMarker {
                if destination == nil { destination = code }
                continue
            }
            // The one allowed stands after an "allow", before a "be able to".
            let side = permission.map { mention.tokens.lowerBound >= $0.range.upperBound } ?? false
            if side == allowedFollows { allowed.insert(code) }
        }
        if let destination, !allowed.contains(destination) { return .parties([destination]) }
        if destination == nil, allowed.count == 1, parties.count == 2 { return .parties(parties.subtracting(allowed)) }
        return actors
    }

    /// The first party named right after an origin word in `range` ("asal Indonesia", "imports from
    /// Japan") that `accept` takes.
    private func originParty(
        in range: Range<Int>, mentions: [ActorMention], markers: PhraseIndex<Bool>? = nil,
        where accept: (String) -> Bool = { _ in true }
    ) -> String? {
        let tokens = text.tokens
        let markers = markers ?? pack.originMarkers
        var index = range.lowerBound
        while index < range.upperBound {
            guard let origin = markers.match(tokens, at: index, limit: range.upperBound) else {
                index += 1
                continue
            }
            // A weak name ("European cars") counts when it names a party of the agreement.
            if let mention = mentions.first(where: { $0.tokens.lowerBound == origin.range.upperBound }),
                let code = country(mention) ?? partyNamedWeakly(mention), accept(code)
            {
                return code
            }
            index = origin.range.upperBound
        }
        return nil
    }

    /// Clause boundaries: punctuation, contrast words, and "and" before a new cue ("dan berjanji").
    private func split(_ range: Range<Int>) -> [Range<Int>] {
        let tokens = text.tokens
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            var boundary = false
            if token.kind == .symbol, [",", ";", ":", "(", ")", "–", "—"].contains(token.key) {
                // Punctuation ends a clause and belongs to neither side.
                if index > start { result.append(start..<index) }
                start = index + 1
                index += 1
                continue
            } else if pack.clauseBreaks.match(tokens, at: index, limit: range.upperBound) != nil {
                boundary = true
            } else if pack.clauseCueJoiners.contains(token.key),
                pack.commitmentCues.match(tokens, at: index + 1, limit: range.upperBound) != nil
            {
                boundary = true
            }
            if boundary, index > start {
                result.append(start..<index)
                start = index
            }
            index += 1
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    private struct Cue {
        var start: Int
        var end: Int
        /// "welcomed the decision of X", "commits London to": the party acting is named after the cue.
        var actorFollows: Bool
        /// "said Saudi Arabia would raise …": counts only with a country named right before it.
        var reported = false
    }

    /// The first unhedged, unnegated commitment cue of a clause of `sentence`.
    private func cue(in clause: Range<Int>, sentence: Range<Int>) -> Cue? {
        let tokens = text.tokens
        if agreementActsDirectly(clause) {
            return Cue(start: clause.lowerBound, end: clause.lowerBound, actorFollows: false)
        }
        var index = clause.lowerBound
        while index < clause.upperBound {
            if let welcome = pack.welcomeCues.match(tokens, at: index, limit: clause.upperBound) {
                let window = welcome.range.upperBound..<min(welcome.range.upperBound + 4, clause.upperBound)
                if window.contains(where: { pack.decisionNouns.contains(tokens[$0].key) }) {
                    return Cue(start: index, end: welcome.range.upperBound, actorFollows: true)
                }
            }
            if let binding = pack.objectCommitmentCues.match(tokens, at: index, limit: clause.upperBound) {
                if pack.hedges.contains(tokens, in: clause.lowerBound..<index) { return nil }
                return Cue(start: index, end: binding.range.upperBound, actorFollows: true)
            }
            // "the crown prince said Saudi Arabia would raise …": reported speech turns "will" into "would".
            // "…, Kiuchi told reporters": the attribution may follow the reported clause.
            if let reported = pack.reportedFutureCues.match(tokens, at: index, limit: clause.upperBound),
                (clause.lowerBound..<index).contains(where: { pack.reportingVerbs.contains(tokens[$0].key) })
                    || (clause.upperBound..<sentence.upperBound).contains(where: {
                        pack.reportingVerbs.contains(tokens[$0].key)
                    })
            {
                if pack.hedges.contains(tokens, in: clause.lowerBound..<index) { return nil }
                return Cue(start: index, end: reported.range.upperBound, actorFollows: false, reported: true)
            }
            if let hit = pack.commitmentCues.match(tokens, at: index, limit: clause.upperBound) {
                // "akan mempelajari", "will study": a hedge may be the cue with its verb.
                if pack.hedges.contains(tokens, in: clause.lowerBound..<hit.range.upperBound)
                    || pack.hedges.match(tokens, at: index, limit: clause.upperBound) != nil
                {
                    return nil
                }
                // "did not agree to", "belum sepakat" void the cue; "will not impose quotas", "committed
                // not to ban" is a promise to refrain, which counts.
                let before = max(clause.lowerBound, index - 2)..<index
                if pack.negations.contains(tokens, in: before) { return nil }
                return Cue(start: index, end: hit.range.upperBound, actorFollows: false)
            }
            index += 1
        }
        return nil
    }

    /// "Perjanjian tersebut juga mempercepat …": the agreement itself does something (an active verb).
    private func agreementActsDirectly(_ clause: Range<Int>) -> Bool {
        guard !pack.activeVerbPrefixes.isEmpty,
            let noun = pack.agreementNouns.match(text.tokens, at: clause.lowerBound, limit: clause.upperBound)
        else { return false }
        var index = noun.range.upperBound
        var determiners = 0
        while index < clause.upperBound, determiners < 3,
            pack.agreementDeterminers.contains(text.tokens[index].key)
                || pack.fillerWords.contains(text.tokens[index].key)
        {
            index += 1
            determiners += 1
        }
        guard determiners > 0, index < clause.upperBound else { return false }
        let verb = text.tokens[index].key
        return pack.activeVerbPrefixes.contains(where: { verb.hasPrefix($0) }) && !pack.effectVerbs.contains(verb)
    }

    /// "menyepakati sejumlah nota kesepahaman", "agreed a framework", "sepakat menandatangani": the
    /// cue names the agreement or its signing, which is the record itself, not a promise under it.
    private func statesTheDeal(from start: Int, clause: Range<Int>) -> Bool {
        let tokens = text.tokens
        var index = start
        while index < clause.upperBound,
            tokens[index].kind == .number || pack.numberWords[tokens[index].key] != nil
                || pack.packageCounters.contains(tokens[index].key)
                || pack.agreementDeterminers.contains(tokens[index].key)
                || pack.articles.contains(tokens[index].key)
        {
            index += 1
        }
        guard index < clause.upperBound else { return false }
        if pack.signingCues.match(tokens, at: index, limit: clause.upperBound) != nil { return true }
        // "agreed a critical minerals partnership": the noun may follow a few words naming its field,
        // but not a verb or a preposition ("agreed to cut …", "sepakat memperkuat …").
        for word in index..<min(clause.upperBound, index + Self.dealNounReach) {
            if pack.agreementNouns.match(tokens, at: word, limit: clause.upperBound) != nil
                || pack.packageNouns.match(tokens, at: word, limit: clause.upperBound) != nil
            {
                return true
            }
            let key = tokens[word].key
            if tokens[word].kind != .word || pack.stopwords.contains(key) || pack.fillerWords.contains(key)
                || pack.activeVerbPrefixes.contains(where: { key.hasPrefix($0) })
            {
                return false
            }
        }
        return false
    }

    /// Words naming a deal's field that may stand before its noun ("a critical minerals partnership").
    static let dealNounReach = 4

    /// How far past the verb a phrase of benefit may begin.
    static let benefitReach = 6

    /// Benefits ("will give farmers more access", "akan membuka peluang"), itineraries ("will fly
    /// to Hanoi") and what oppositions, parliaments or critics will do are not undertakings.
    private func isNoUndertaking(sentence: Range<Int>, clause: Range<Int>, cue: Cue) -> Bool {
        let tokens = text.tokens
        var verb = cue.end
        while verb < clause.upperBound, pack.fillerWords.contains(tokens[verb].key) { verb += 1 }
        // Only a cue that reports the deal made ("menyepakati", "agreed"): a signing still to come
        // ("akan ditandatangani secara resmi pada Januari") is a step both sides undertake.
        if cue.end > cue.start, pack.concludingCues.match(text.tokens, at: cue.start, limit: cue.end) != nil,
            statesTheDeal(from: verb, clause: clause)
        {
            return true
        }
        // The benefit is what the verb brings ("akan membuka peluang", "give farmers more access"), not
        // the purpose of a promise further on ("membentuk mekanisme … untuk memudahkan eksportir").
        let benefitStarts = verb..<min(clause.upperBound, verb + Self.benefitReach)
        if benefitStarts.contains(where: { pack.benefitPhrases.match(tokens, at: $0, limit: clause.upperBound) != nil })
        {
            return true
        }
        // "will meet every year in a new dialogue" is a mechanism, not a trip.
        if verb < clause.upperBound, pack.itineraryPhrases.match(tokens, at: verb, limit: clause.upperBound) != nil,
            !pack.recurrenceWords.contains(tokens, in: verb..<clause.upperBound)
        {
            return true
        }
        return pack.nonPartySubjects.contains(tokens, in: sentence.lowerBound..<cue.start)
    }

    /// "kesepakatan ini akan membantu …": a claim about the agreement's effect, not a promise. (A
    /// passive with its agent, "has to be ratified by Ukraine's parliament", is a step: the caller
    /// asks only when the clause names no agent.)
    private func effectOfAgreement(clause: Range<Int>, cue: Cue, actors: [ActorMention]?) -> Bool {
        var index = cue.end
        while index < clause.upperBound, pack.fillerWords.contains(text.tokens[index].key) { index += 1 }
        guard index < clause.upperBound, pack.effectVerbs.contains(text.tokens[index].key) else { return false }
        let subjectStart = actors?.last.map(\.tokens.upperBound) ?? clause.lowerBound
        return pack.agreementNouns.contains(text.tokens, in: subjectStart..<cue.start)
    }

    /// "Pengamat …, Beni, menilai rudal itu akan …": a clause with no subject of its own takes the
    /// sentence's, hedges included.
    private func inheritsHedge(sentence: Range<Int>, clause: Range<Int>) -> Bool {
        clause.lowerBound > sentence.lowerBound
            && pack.hedges.contains(text.tokens, in: sentence.lowerBound..<clause.lowerBound)
    }

    /// "Investasi itu akan disalurkan …", "The payments will be channelled …", "The study will look
    /// at …": a thing named with a determiner, neither a party nor the agreement, is described
    /// (passive or effect verb). "Traktat itu akan ditandatangani …" stays a joint step.
    private func describesThing(clause: Range<Int>, cue: Cue) -> Bool {
        let tokens = text.tokens
        let subject = clause.lowerBound..<cue.start
        guard !subject.isEmpty, subject.contains(where: { pack.agreementDeterminers.contains(tokens[$0].key) }),
            !pack.agreementNouns.contains(tokens, in: subject)
        else { return false }
        var index = cue.end
        while index < clause.upperBound, pack.fillerWords.contains(tokens[index].key) { index += 1 }
        guard index < clause.upperBound, tokens[index].kind == .word else { return false }
        let verb = tokens[index].key
        if pack.effectVerbs.contains(verb) { return true }
        return !pack.activeVerbPrefixes.isEmpty && !pack.activeVerbPrefixes.contains { verb.hasPrefix($0) }
    }

    /// "X menyebut isu tersebut akan …": X reports on another subject, so X is not the one committing.
    private func reportsSomeoneElse(from start: Int, to cue: Int) -> Bool {
        guard start < cue else { return false }
        let tokens = text.tokens
        guard let verb = (start..<cue).first(where: { pack.reportingVerbs.contains(tokens[$0].key) }) else {
            return false
        }
        return ((verb + 1)..<cue).contains { tokens[$0].kind == .word && !pack.fillerWords.contains(tokens[$0].key) }
    }

    /// The last mention before `end`, widened to a coordination ("Jepang dan AS", "London and Berlin").
    /// With `from`, the first such group instead (the sentence subject).
    private func group(endingBefore end: Int, mentions: [ActorMention], from first: Bool) -> [ActorMention]? {
        guard !mentions.isEmpty else { return nil }
        let tokens = text.tokens
        func joined(_ left: ActorMention, _ right: ActorMention) -> Bool {
            ActorMention.areCoordinated(left, right, tokens: tokens, pack: pack)
        }
        if first {
            var result = [mentions[0]]
            var index = 1
            while index < mentions.count, joined(mentions[index - 1], mentions[index]) {
                result.append(mentions[index])
                index += 1
            }
            return result
        }
        var index = mentions.count - 1
        var result = [mentions[index]]
        while index > 0, joined(mentions[index - 1], mentions[index]) {
            index -= 1
            result.insert(mentions[index], at: 0)
        }
        return result
    }

    /// The committing countries of `mentions`; a pronoun is the last person named before it in the
    /// sentence, else the first person named in the latest sentence that named one.
    private func resolve(
        _ mentions: [ActorMention], in sentence: [ActorMention], previousSubject: String?, defaults: [String]
    ) -> Actors {
        var codes = Set<String>()
        var outsiders = 0
        func add(_ code: String) {
            if parties.contains(code) { codes.insert(code) } else { outsiders += 1 }
        }
        for mention in mentions {
            switch mention.kind {
            case .country(let code, let strength):
                if parties.contains(code) {
                    codes.insert(code)
                } else if strength != .weak {
                    outsiders += 1
                }
            case .person(let index):
                add(cast.people[index].country)
            case .bothParties:
                codes.formUnion(defaults)
            case .bloc(let members):
                // A bloc acts here only as a party itself ("observers from ASEAN" are no party).
                if Set(members).isSubset(of: parties) { codes.formUnion(members) } else { outsiders += 1 }
            case .pronoun:
                let earlier = sentence.last {
                    if case .person = $0.kind { $0.tokens.upperBound <= mention.tokens.lowerBound } else { false }
                }
                // "Menteri Perdagangan Malaysia mengatakan negaranya akan …": with no person named
                // before it, the speaker is known by the country of the title.
                let titled = sentence.last {
                    if case .country(_, let strength) = $0.kind {
                        strength != .weak && $0.tokens.upperBound <= mention.tokens.lowerBound
                    } else {
                        false
                    }
                }
                if let earlier, case .person(let index) = earlier.kind {
                    add(cast.people[index].country)
                } else if let titled, case .country(let code, _) = titled.kind {
                    add(code)
                } else if let previousSubject {
                    add(previousSubject)
                }
            }
        }
        if codes.isEmpty, outsiders > 0 { return .thirdParty }
        return .parties(codes.isEmpty ? Set(defaults) : codes)
    }
}
