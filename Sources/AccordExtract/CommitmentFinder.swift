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
    }

    let text: ArticleText
    let pack: LanguagePack
    let knowledge: Knowledge
    let parties: [String]
    let reference: CivilDate?
    let fallbackCategory: String

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

    private static let coordinators: Set<String> = ["dan", "and", ",", "&", "serta"]
    private static let fillerWords: Set<String> = [
        "bahwa", "that", "pihaknya", "it", "they", "juga", "also", "akan", "will", "pun", "kini",
    ]

    func find() -> [Found] {
        var found: [Found] = []
        var lastPersonCountry: String?
        for sentence in text.sentences where sentence.kind == .body {
            let mentions = ActorMention.find(text.tokens, in: sentence.tokens, knowledge: knowledge, pack: pack)
            defer {
                if let person = mentions.first(where: { if case .person = $0.kind { true } else { false } }),
                    case .person(let index) = person.kind
                {
                    lastPersonCountry = knowledge.people[index].country
                }
            }
            if sentence.isQuote || pack.noDealCues.contains(text.tokens, in: sentence.tokens) { continue }
            found += commitments(in: sentence, mentions: mentions, lastPersonCountry: lastPersonCountry)
        }
        return found
    }

    private func commitments(
        in sentence: ArticleText.Sentence, mentions: [ActorMention], lastPersonCountry: String?
    ) -> [Found] {
        let tokens = text.tokens
        var clauses = split(sentence.tokens).map { Clause(tokens: $0, cue: nil, actors: nil) }
        var subject: [ActorMention]?
        for index in clauses.indices {
            guard let cue = cue(in: clauses[index].tokens) else { continue }
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
            var chosen: [ActorMention]?
            if cue.isWelcome {
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
                chosen = subject
            }
            if effectOfAgreement(clause: clauses[index].tokens, cue: cue, actors: chosen) {
                clauses[index].cue = nil; continue
            }
            clauses[index].actors = resolve(chosen ?? [], lastPersonCountry: lastPersonCountry)
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
        let dates = DateReader(pack: pack)
        let amounts = AmountReader(pack: pack)
        return kept.compactMap { group in
            guard case .parties(let codes) = group.actors else { return nil }
            let range = kept.count == 1 ? sentence.tokens : group.range
            let phrase =
                kept.count == 1
                ? text.text(of: sentence)
                : text.string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
            let deadline = dates.deadline(tokens, in: range, reference: reference)
            let quantities = amounts.amounts(tokens, in: range, text: text.scalars)
            let amount =
                quantities.first(where: { !$0.isCount })
                ?? quantities.first(where: { $0.tokenRange.lowerBound >= group.cue })
            let scores = TopicClassifier.scores(tokens, in: range, emphasisFrom: group.cue, pack: pack)
            return Found(
                parties: codes.sorted(), text: phrase,
                category: TopicClassifier.best(scores) ?? fallbackCategory,
                due: deadline?.due,
                dueText: deadline.map {
                    text.string(tokens[$0.range.lowerBound].start..<tokens[$0.range.upperBound - 1].end)
                },
                amount: amount?.amount, evidence: sentence.scalars)
        }
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
        var isWelcome: Bool
    }

    /// The first unhedged, unnegated commitment cue of a clause.
    private func cue(in clause: Range<Int>) -> Cue? {
        let tokens = text.tokens
        if agreementActsDirectly(clause) {
            return Cue(start: clause.lowerBound, end: clause.lowerBound, isWelcome: false)
        }
        var index = clause.lowerBound
        while index < clause.upperBound {
            if let welcome = pack.welcomeCues.match(tokens, at: index, limit: clause.upperBound) {
                let window = welcome.range.upperBound..<min(welcome.range.upperBound + 4, clause.upperBound)
                if window.contains(where: { pack.decisionNouns.contains(tokens[$0].key) }) {
                    return Cue(start: index, end: welcome.range.upperBound, isWelcome: true)
                }
            }
            if let hit = pack.commitmentCues.match(tokens, at: index, limit: clause.upperBound) {
                if pack.hedges.contains(tokens, in: clause.lowerBound..<hit.range.upperBound) { return nil }
                let before = max(clause.lowerBound, index - 2)..<index
                let after = hit.range.upperBound..<min(hit.range.upperBound + 1, clause.upperBound)
                if pack.negations.contains(tokens, in: before) || pack.negations.contains(tokens, in: after) {
                    return nil
                }
                return Cue(start: index, end: hit.range.upperBound, isWelcome: false)
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
                || Self.fillerWords.contains(text.tokens[index].key)
        {
            index += 1
            determiners += 1
        }
        guard determiners > 0, index < clause.upperBound else { return false }
        let verb = text.tokens[index].key
        return pack.activeVerbPrefixes.contains(where: { verb.hasPrefix($0) }) && !pack.effectVerbs.contains(verb)
    }

    /// "kesepakatan ini akan membantu …": a claim about the agreement's effect, not a promise.
    private func effectOfAgreement(clause: Range<Int>, cue: Cue, actors: [ActorMention]?) -> Bool {
        var index = cue.end
        while index < clause.upperBound, Self.fillerWords.contains(text.tokens[index].key) { index += 1 }
        guard index < clause.upperBound, pack.effectVerbs.contains(text.tokens[index].key) else { return false }
        let subjectStart = actors?.last.map(\.tokens.upperBound) ?? clause.lowerBound
        return pack.agreementNouns.contains(text.tokens, in: subjectStart..<cue.start)
    }

    /// "X menyebut isu tersebut akan …": X reports on another subject, so X is not the one committing.
    private func reportsSomeoneElse(from start: Int, to cue: Int) -> Bool {
        guard start < cue else { return false }
        let tokens = text.tokens
        guard let verb = (start..<cue).first(where: { pack.reportingVerbs.contains(tokens[$0].key) }) else {
            return false
        }
        return ((verb + 1)..<cue).contains { tokens[$0].kind == .word && !Self.fillerWords.contains(tokens[$0].key) }
    }

    /// The last mention before `end`, widened to a coordination ("Jepang dan AS", "London and Berlin").
    /// With `from`, the first such group instead (the sentence subject).
    private func group(endingBefore end: Int, mentions: [ActorMention], from first: Bool) -> [ActorMention]? {
        guard !mentions.isEmpty else { return nil }
        let tokens = text.tokens
        func joined(_ left: ActorMention, _ right: ActorMention) -> Bool {
            let gap = left.tokens.upperBound..<right.tokens.lowerBound
            return gap.count <= 2 && gap.allSatisfy { Self.coordinators.contains(tokens[$0].key) }
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

    private func resolve(_ mentions: [ActorMention], lastPersonCountry: String?) -> Actors {
        var codes = Set<String>()
        var outsiders = 0
        for mention in mentions {
            switch mention.kind {
            case .country(let code, let strength):
                if parties.contains(code) {
                    codes.insert(code)
                } else if strength != .weak {
                    outsiders += 1
                }
            case .person(let index):
                let code = knowledge.people[index].country
                if parties.contains(code) { codes.insert(code) } else { outsiders += 1 }
            case .bothParties:
                codes.formUnion(parties)
            case .pronoun:
                if let code = lastPersonCountry {
                    if parties.contains(code) { codes.insert(code) } else { outsiders += 1 }
                }
            }
        }
        if codes.isEmpty, outsiders > 0 { return .thirdParty }
        return .parties(codes.isEmpty ? Set(parties) : codes)
    }
}
