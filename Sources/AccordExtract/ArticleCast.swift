/// The office holders of one article: the gazetteer's people plus those the article introduces by
/// title ("Perdana Menteri Selandia Baru Christopher Luxon", "Chile's President Gabriel Boric").
struct ArticleCast {
    /// Gazetteer people first (same indices as `Knowledge.people`), with the titles of the article's
    /// day, then the ones found here.
    struct People {
        fileprivate let gazetteer: [KnownPerson]
        fileprivate let day: String?
        fileprivate var found: [KnownPerson] = []

        var count: Int { gazetteer.count + found.count }

        // Titles are read off the terms when asked: an article names a handful of the gazetteer's
        // thousand people, so copying all of them for each article would cost more than the rest.
        subscript(index: Int) -> KnownPerson {
            index < gazetteer.count ? gazetteer[index].asOf(day) : found[index - gazetteer.count]
        }
    }

    private(set) var people: People
    /// Names of the people found here (full name and surname) → index into `people`.
    private(set) var names = PhraseIndex<Int>()
    /// Each gazetteer bloc's members on the article's day.
    let blocMembers: [[String]]

    /// How far past a long title ("Menteri Hubungan Internasional dan Kerja Sama Afrika Selatan") a country may be.
    private static let titleReach = 8

    /// `day`: the article's date (ISO), which decides office holders' titles and bloc membership.
    init(text: ArticleText, knowledge: Knowledge, pack: LanguagePack, day: String?) {
        people = People(gazetteer: knowledge.people, day: day)
        blocMembers = knowledge.blocs.map { $0.members(asOf: day) }
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            guard let role = pack.roles.match(tokens, at: index), tokens[index].kind == .word else {
                index += 1
                continue
            }
            let country = countryBefore(role.range.lowerBound, tokens: tokens, knowledge: knowledge)
            var nameStart = role.range.upperBound
            var code = country
            if let after = countryAfter(nameStart, tokens: tokens, knowledge: knowledge, pack: pack) {
                code = code ?? after.code
                if country == nil || country == after.code { nameStart = after.end }
            }
            index = role.range.upperBound
            guard let code, let name = nameRun(from: nameStart, tokens: tokens, knowledge: knowledge, pack: pack)
            else { continue }
            add(
                name: text.string(tokens[name.lowerBound].start..<tokens[name.upperBound - 1].end),
                surname: tokens[name.upperBound - 1].text, country: code, role: role.value,
                rank: knowledge.roleRanks[role.value] ?? 3)
            index = name.upperBound
        }
    }

    private mutating func add(name: String, surname: String, country: String, role: String, rank: Int) {
        let tokens = Tokenizer.tokens(name)
        if names.match(tokens, at: 0)?.range.upperBound == tokens.count { return }
        let index = people.count
        people.found.append(KnownPerson(name: name, country: country, role: role, rank: rank))
        names.add(name, index)
        if surname.unicodeScalars.count >= 3, surname != name { names.add(surname, index) }
    }

    /// "Chile's President", "Kenyan Trade Minister", "New Zealand Prime Minister".
    private func countryBefore(_ roleStart: Int, tokens: [Token], knowledge: Knowledge) -> String? {
        var end = roleStart
        if end >= 2, tokens[end - 1].key == "s", tokens[end - 2].text == "'" || tokens[end - 2].text == "’" {
            end -= 2
        }
        for length in 1...4 where end - length >= 0 {
            if let hit = knowledge.actors.match(tokens, at: end - length, limit: end),
                hit.range.upperBound == end, case .country(let code, .name) = hit.value
            {
                return code
            }
        }
        return nil
    }

    /// The country that completes a title ("Perdana Menteri Selandia Baru …"), possibly after a longer
    /// portfolio name of capitalised words.
    private func countryAfter(
        _ start: Int, tokens: [Token], knowledge: Knowledge, pack: LanguagePack
    )
        -> (code: String, end: Int)?
    {
        var index = start
        while index < min(tokens.count, start + Self.titleReach) {
            if let hit = knowledge.actors.match(tokens, at: index) {
                guard case .country(let code, .name) = hit.value else { return nil }
                return (code, hit.range.upperBound)
            }
            let token = tokens[index]
            let connector = token.kind == .word && (pack.stopwords.contains(token.key) || token.key == "of")
            guard token.isCapitalized || connector || token.key == "," else { return nil }
            index += 1
        }
        return nil
    }

    /// One to four capitalised words that are not a country, a known person, or another title.
    private func nameRun(from start: Int, tokens: [Token], knowledge: Knowledge, pack: LanguagePack) -> Range<Int>? {
        var end = start
        while end < tokens.count, end - start < 4 {
            let token = tokens[end]
            if end > start, token.start - tokens[end - 1].end > 1 { break }
            let afterHyphen = end > start && tokens[end - 1].text == "-"
            let isName =
                token.kind == .word && (token.isCapitalized || afterHyphen)
                || end > start && knowledge.nameParticles.contains(token.key) || end > start && token.text == "-"
            guard isName, knowledge.actors.match(tokens, at: end) == nil || end > start,
                pack.roles.match(tokens, at: end) == nil, pack.months[token.key] == nil,
                pack.weekdays[token.key] == nil
            else { break }
            end += 1
        }
        while end > start, tokens[end - 1].text == "-" || knowledge.nameParticles.contains(tokens[end - 1].key) {
            end -= 1
        }
        guard end > start, knowledge.actors.match(tokens, at: start) == nil else { return nil }
        return start..<end
    }
}
