/// Chooses one topic slug for a commitment from where its topic keywords occur.
///
/// The promised action decides: the first keyword after the cue (the action or the head of its
/// object, "menyalurkan investasi … untuk pembangkit listrik") outweighs later ones (purposes,
/// beneficiaries), and words before the cue (framing, subject) weigh least. Some slugs only say
/// how something is exchanged (buying, transferring know-how, talking): when one of them leads,
/// the subject it carries wins if that subject is what the agreement is about, or if the
/// agreement is about neither and the action carries one subject only ("membuka impor sapi" in a
/// farm deal is agriculture; buying "soybeans, gas and trucks" in a minerals deal is trade).
/// Military subject matter is defense whatever the action. With no keyword at all, the
/// agreement's main topic.
struct CategoryChooser {
    /// Weights of the first, second, third … keyword after the cue; words before it weigh `framing`.
    static let actionWeights: [Double] = [4, 3, 2]
    static let framing: Double = 1
    /// Each further hit of a slug adds this much to its best weight.
    static let repeatBonus: Double = 0.1
    /// How far (in tokens) after an exchange word its subject may stand; within `directObject` it is
    /// the exchange's object itself ("membeli energi"), further on a complement ("buying 20,000
    /// tonnes of tea").
    static let carriedWindow = 8
    static let directObject = 2
    /// A slug the agreement is about wins close calls.
    static let agreementBonus: Double = 0.5

    /// Slugs the agreement is about (its headline and lead), and the one it is mostly about.
    let agreementTopics: Set<String>
    let mainTopic: String
    let rules: TopicRules

    init(agreementTopics: Set<String>, mainTopic: String, rules: TopicRules) {
        self.agreementTopics = agreementTopics
        self.mainTopic = mainTopic
        self.rules = rules
    }

    /// Topic profile of an article: keyword counts over its title (weighted) and story sentences.
    static func profile(of text: ArticleText, pack: LanguagePack) -> [String: Int] {
        var counts: [String: Int] = [:]
        for hit in pack.topics.matches(text.titleTokens, in: 0..<text.titleTokens.count) {
            counts[hit.value, default: 0] += 3
        }
        for sentence in text.sentences where sentence.kind == .body || sentence.kind == .bullet {
            for hit in pack.topics.matches(text.tokens, in: sentence.tokens) { counts[hit.value, default: 0] += 1 }
        }
        return counts
    }

    func choose(_ tokens: [Token], in range: Range<Int>, cue: Int, pack: LanguagePack) -> String {
        var best: [String: Double] = [:]
        var hits: [String: Int] = [:]
        // Where each slug first occurs in the promised action, in order of appearance.
        var action: [(slug: String, at: Int)] = []
        for hit in pack.topics.matches(tokens, in: range) {
            let slug = hit.value
            let weight: Double
            if hit.range.lowerBound >= cue {
                weight = Self.actionWeights[min(action.count, Self.actionWeights.count - 1)]
                if !action.contains(where: { $0.slug == slug }) { action.append((slug, hit.range.lowerBound)) }
            } else {
                weight = Self.framing
            }
            best[slug] = max(best[slug] ?? 0, weight)
            hits[slug, default: 0] += 1
        }
        guard !best.isEmpty else { return mainTopic }
        if let slug = rules.dominant.first(where: { slug in action.contains { $0.slug == slug } }) { return slug }
        var scores: [String: Double] = [:]
        for (slug, weight) in best {
            scores[slug] =
                weight + Self.repeatBonus * Double((hits[slug] ?? 1) - 1)
                + (agreementTopics.contains(slug) ? Self.agreementBonus : 0)
        }
        let leader = top(scores)
        guard rules.carriers.contains(leader), let from = action.first(where: { $0.slug == leader })?.at else {
            return leader
        }
        // The subjects the leading exchange carries: named right after it ("membeli energi", "impor
        // sapi hidup", "market access for vaccines"), not in a later purpose or relative clause.
        let carried = action.filter {
            !rules.carriers.contains($0.slug) && $0.at > from && $0.at - from <= Self.carriedWindow
        }
        guard carried.count == 1, let subject = carried.first else { return leader }
        if agreementTopics.contains(subject.slug) { return subject.slug }
        if agreementTopics.contains(leader), subject.at - from > Self.directObject { return leader }
        return subject.slug
    }

    /// The highest score; ties go to the more specific slug.
    private func top(_ scores: [String: Double]) -> String {
        guard let high = scores.values.max() else { return rules.fallback }
        return rules.priority.first { scores[$0] == high }
            ?? scores.filter { $0.value == high }.keys.sorted().first ?? rules.fallback
    }
}
