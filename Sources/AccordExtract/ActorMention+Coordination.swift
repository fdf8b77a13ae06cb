extension ActorMention {
    /// Two mentions joined as one group: "Japan and the United States" (an article may follow the
    /// coordinator), "Indonesia, Malaysia dan Thailand", "Presiden RI Prabowo dan Presiden China Xi
    /// Jinping" (titles sit between the names). A country right before its leader's name is part of
    /// the same mention.
    static func areCoordinated(
        _ left: ActorMention, _ right: ActorMention, tokens: [Token], pack: LanguagePack
    )
        -> Bool
    {
        let gap = left.tokens.upperBound..<right.tokens.lowerBound
        if gap.isEmpty { return true }
        guard gap.count <= maxCoordinationGap else { return false }
        // "Chinese President Xi Jinping": a title alone between a country and its leader.
        if let role = pack.roles.match(tokens, at: gap.lowerBound, limit: gap.upperBound),
            role.range.upperBound == gap.upperBound
        {
            return true
        }
        var index = gap.lowerBound
        var coordinated = false
        while index < gap.upperBound {
            if let role = pack.roles.match(tokens, at: index, limit: gap.upperBound) {
                index = role.range.upperBound
                continue
            }
            let key = tokens[index].key
            if pack.coordinators.contains(key) {
                coordinated = true
            } else if !pack.coordinationFillers.contains(key) {
                return false
            }
            index += 1
        }
        return coordinated
    }

    /// Tokens between two coordinated names at most ("dan Menteri Luar Negeri Jepang").
    static let maxCoordinationGap = 6

    /// The runs of coordinated mentions in `mentions`, left to right.
    static func coordinatedGroups(_ mentions: [ActorMention], tokens: [Token], pack: LanguagePack) -> [[ActorMention]] {
        var groups: [[ActorMention]] = []
        for mention in mentions {
            if let last = groups.last?.last, areCoordinated(last, mention, tokens: tokens, pack: pack) {
                groups[groups.count - 1].append(mention)
            } else {
                groups.append([mention])
            }
        }
        return groups
    }
}
