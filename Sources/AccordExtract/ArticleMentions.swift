/// Who the headline and each sentence of an article name, found once: deciding on agreements,
/// evidence, signatories and mentions reads the same sentences again and again.
struct ArticleMentions {
    let title: [ActorMention]
    /// By sentence token range; sentences with equal ranges name the same actors.
    private let bySentence: [Range<Int>: [ActorMention]]

    init(text: ArticleText, knowledge: Knowledge, pack: LanguagePack, cast: ArticleCast) {
        title = ActorMention.find(
            text.titleTokens, in: 0..<text.titleTokens.count, knowledge: knowledge, pack: pack, cast: cast)
        var bySentence: [Range<Int>: [ActorMention]] = [:]
        for sentence in text.sentences where sentence.kind != .title && bySentence[sentence.tokens] == nil {
            bySentence[sentence.tokens] = ActorMention.find(
                text.tokens, in: sentence.tokens, knowledge: knowledge, pack: pack, cast: cast)
        }
        self.bySentence = bySentence
    }

    /// The mentions of a sentence other than a title line.
    func of(_ sentence: ArticleText.Sentence) -> [ActorMention] { bySentence[sentence.tokens] ?? [] }
}
