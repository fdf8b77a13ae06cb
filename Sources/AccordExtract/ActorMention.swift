/// A place in the text that names who acts: a country, its seat of government, a person, a pronoun,
/// or a phrase for both parties ("kedua negara", "the two countries").
struct ActorMention {
    enum Kind {
        case country(String, ActorReference.Strength)
        /// Index into `ArticleCast.people`.
        case person(Int)
        /// The bloc's members on the article's day.
        case bloc([String])
        case bothParties
        case pronoun
    }

    var kind: Kind
    var tokens: Range<Int>

    /// Every mention in `range`, left to right, longest phrases first.
    static func find(
        _ tokens: [Token], in range: Range<Int>, knowledge: Knowledge, pack: LanguagePack, cast: ArticleCast? = nil
    ) -> [ActorMention] {
        var found: [ActorMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let both = pack.bothParties.match(tokens, at: index, limit: range.upperBound) {
                found.append(ActorMention(kind: .bothParties, tokens: both.range))
                index = both.range.upperBound
                continue
            }
            // "Pemerintah juga berjanji …": the press of a language writes "the government" for its own,
            // unless a name follows ("Pemerintah Jepang").
            if let own = pack.ownGovernment, let hit = own.words.match(tokens, at: index, limit: range.upperBound),
                hit.range.upperBound >= range.upperBound || !tokens[hit.range.upperBound].isCapitalized
            {
                found.append(ActorMention(kind: .country(own.country, .name), tokens: hit.range))
                index = hit.range.upperBound
                continue
            }
            if let hit = knowledge.actors.match(tokens, at: index, limit: range.upperBound) {
                if !isCurrency(tokens, hit.range, pack: pack), !isCommonWord(tokens[index], hit.value, pack: pack) {
                    switch hit.value {
                    case .country(let code, let strength):
                        found.append(ActorMention(kind: .country(code, strength), tokens: hit.range))
                    case .person(let person):
                        found.append(ActorMention(kind: .person(person), tokens: hit.range))
                    case .bloc(let bloc):
                        let members = cast?.blocMembers[bloc] ?? knowledge.blocs[bloc].members(asOf: nil)
                        found.append(ActorMention(kind: .bloc(members), tokens: hit.range))
                    }
                }
                index = hit.range.upperBound
                continue
            }
            if let cast, tokens[index].isCapitalized,
                let hit = cast.names.match(tokens, at: index, limit: range.upperBound)
            {
                found.append(ActorMention(kind: .person(hit.value), tokens: hit.range))
                index = hit.range.upperBound
                continue
            }
            if tokens[index].kind == .word, pack.personPronouns.contains(tokens[index].key) {
                found.append(ActorMention(kind: .pronoun, tokens: index..<(index + 1)))
            }
            index += 1
        }
        return found
    }

    /// A capital is a name only when written as one, and never when it is a word of the language
    /// ("lima MoU" is five memorandums, not Peru).
    private static func isCommonWord(_ token: Token, _ reference: ActorReference, pack: LanguagePack) -> Bool {
        guard case .country(_, .metonym) = reference else { return false }
        return !token.isCapitalized || pack.numberWords[token.key] != nil
    }

    /// "US$" and "dolar AS" name a currency, not a country.
    private static func isCurrency(_ tokens: [Token], _ range: Range<Int>, pack: LanguagePack) -> Bool {
        let after = range.upperBound
        if after < tokens.count, tokens[after].text == "$", tokens[after].start == tokens[after - 1].end { return true }
        return range.lowerBound > 0 && pack.currencyNouns.contains(tokens[range.lowerBound - 1].key)
    }

    /// "Sao Viet Motors JSC and PT Kencana Surya signed …": `range` names a company by its legal form
    /// and no state firm, official or leader, so what it signs or promises is no state's.
    static func namesOnlyCompanies(
        _ tokens: [Token], in range: Range<Int>, mentions: [ActorMention], pack: LanguagePack
    ) -> Bool {
        guard !pack.companyMarkers.isEmpty, range.contains(where: { pack.companyMarkers.contains(tokens[$0].text) })
        else { return false }
        return !mentions.contains { mention in
            guard range.contains(mention.tokens.lowerBound) else { return false }
            switch mention.kind {
            case .person: return true
            case .country(_, let strength): return strength == .metonym
            default: return false
            }
        }
    }
}
