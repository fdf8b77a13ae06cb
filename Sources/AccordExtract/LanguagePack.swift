/// One language's word lists, compiled into lookups when `Knowledge` loads.
struct LanguagePack: Sendable {
    struct Deadline: Sendable {
        enum Element: Sendable, Equatable { case word(String), number, unit, year, date }
        enum Resolution: String, Sendable { case offset, date, year, month, endOfYear }
        var elements: [Element]
        var resolution: Resolution
        var yearOffset: Int
        var monthOffset: Int
    }

    var code: String
    var stopwords: Set<String>
    var decimalComma: Bool
    var dayFirstNumericDates: Bool
    var months: [String: Int]
    var weekdays: [String: Int]
    var relativeDays: PhraseIndex<Int>
    var numberWords: [String: Double]
    var teenWord: String?
    var multiplierWords: [String: Double]
    var onePrefix: String?
    var scaleWords: [String: Double]
    var currencyBefore: PhraseIndex<String>
    var currencyAfter: PhraseIndex<String>
    var percentWords: PhraseIndex<Bool>
    var tonneWords: PhraseIndex<Bool>
    var nonCountWords: Set<String>
    var durationUnits: [String: String]
    var commitmentCues: PhraseIndex<Bool>
    var hedges: PhraseIndex<Bool>
    var negations: PhraseIndex<Bool>
    var agreementCues: PhraseIndex<Bool>
    var signingCues: PhraseIndex<Bool>
    var severalAgreementsCues: PhraseIndex<Bool>
    var noDealCues: PhraseIndex<Bool>
    var agreementNouns: PhraseIndex<Bool>
    var agreementDeterminers: Set<String>
    var activeVerbPrefixes: [String]
    var effectVerbs: Set<String>
    var welcomeCues: PhraseIndex<Bool>
    var objectCommitmentCues: PhraseIndex<Bool>
    var reportedFutureCues: PhraseIndex<Bool>
    var tariffFacingCues: PhraseIndex<Bool>
    var concludingCues: PhraseIndex<Bool>
    var prospectiveMarkers: PhraseIndex<Bool>
    var futureTimes: PhraseIndex<Bool>
    var backgroundMarkers: PhraseIndex<Bool>
    var pastMarkers: Set<String>
    var sectorFrames: PhraseIndex<Bool>
    var itemPartyMarkers: PhraseIndex<Bool>
    var instrumentSubjectMarkers: PhraseIndex<Bool>
    var agentMarkers: Set<String>
    var relativePronouns: Set<String>
    var companyMarkers: Set<String>
    var sideDealCues: PhraseIndex<Bool>
    var arrivalPhrases: PhraseIndex<Bool>
    var aimComplements: PhraseIndex<Bool>
    var subnationalMarkers: PhraseIndex<Bool>
    var promiseMarkers: PhraseIndex<Bool>
    var stanceVerbs: PhraseIndex<Bool>
    var passiveMarkers: Set<String>
    var permissionCues: PhraseIndex<Bool>
    var destinationMarkers: PhraseIndex<Bool>
    var currencyNouns: Set<String>
    var recurrenceWords: PhraseIndex<Bool>
    var targetMarkers: Set<String>
    var citeConnectors: Set<String>
    var articles: Set<String>
    var originMarkers: PhraseIndex<Bool>
    var leviedOnMarkers: PhraseIndex<Bool>
    var subjectStops: Set<String>
    var ownGovernment: (words: PhraseIndex<Bool>, country: String)?
    var benefitPhrases: PhraseIndex<Bool>
    var itineraryPhrases: PhraseIndex<Bool>
    var nonPartySubjects: PhraseIndex<Bool>
    var coordinators: Set<String>
    var coordinationFillers: Set<String>
    var fillerWords: Set<String>
    var multilateralCues: PhraseIndex<Bool>
    var partnerPrepositions: Set<String>
    var packageNouns: PhraseIndex<Bool>
    var packageCounters: Set<String>
    var listIntroducers: PhraseIndex<Bool>
    var listItemFillers: Set<String>
    var listJoiners: Set<String>
    var listHeaderCues: PhraseIndex<Bool>
    var ordinalWords: [String: Int]
    var decisionNouns: Set<String>
    var bothParties: PhraseIndex<Bool>
    var personPronouns: Set<String>
    var reportingVerbs: Set<String>
    var clauseBreaks: PhraseIndex<Bool>
    var clauseCueJoiners: Set<String>
    var locationPrepositions: Set<String>
    var citeCues: PhraseIndex<Bool>
    var skipLinePrefixes: [String]
    var deadlines: [Deadline]
    var roles: PhraseIndex<String>
    var topics: PhraseIndex<String>

    init(_ file: KnowledgeFiles.LanguagePack) {
        func keys(_ words: [String]) -> Set<String> { Set(words.map(Tokenizer.fold)) }
        func index(_ phrases: [String]) -> PhraseIndex<Bool> {
            var index = PhraseIndex<Bool>()
            for phrase in phrases { index.add(phrase, true) }
            return index
        }
        func foldKeys<V>(_ table: [String: V]) -> [String: V] {
            Dictionary(table.map { (Tokenizer.fold($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        code = file.code
        stopwords = keys(file.stopwords)
        decimalComma = file.decimalSeparator == ","
        dayFirstNumericDates = file.dayFirstNumericDates ?? true
        months = foldKeys(file.months)
        weekdays = foldKeys(file.weekdays)
        var relative = PhraseIndex<Int>()
        for (phrase, days) in file.relativeDays ?? [:] { relative.add(phrase, days) }
        relativeDays = relative
        numberWords = foldKeys(file.numberWords)
        teenWord = file.teenWord.map(Tokenizer.fold)
        multiplierWords = foldKeys(file.multiplierWords)
        onePrefix = file.onePrefix.map(Tokenizer.fold)
        scaleWords = foldKeys(file.scaleWords)
        var before = PhraseIndex<String>()
        var after = PhraseIndex<String>()
        for currency in file.currencies {
            if currency.position == "before" {
                before.add(currency.phrase, currency.unit)
            } else {
                after.add(currency.phrase, currency.unit)
            }
        }
        currencyBefore = before
        currencyAfter = after
        percentWords = index(file.percentWords)
        tonneWords = index(file.tonneWords)
        nonCountWords = keys(file.nonCountWords)
        durationUnits = foldKeys(file.durationUnits)
        commitmentCues = index(file.commitmentCues)
        hedges = index(file.hedges)
        negations = index(file.negations)
        agreementCues = index(file.agreementCues)
        signingCues = index(file.signingCues ?? [])
        severalAgreementsCues = index(file.severalAgreementsCues ?? [])
        noDealCues = index(file.noDealCues)
        agreementNouns = index(file.agreementNouns)
        agreementDeterminers = keys(file.agreementDeterminers ?? [])
        activeVerbPrefixes = (file.activeVerbPrefixes ?? []).map(Tokenizer.fold)
        effectVerbs = keys(file.effectVerbs)
        welcomeCues = index(file.welcomeCues)
        objectCommitmentCues = index(file.objectCommitmentCues ?? [])
        reportedFutureCues = index(file.reportedFutureCues ?? [])
        tariffFacingCues = index(file.tariffFacingCues ?? [])
        concludingCues = index(file.concludingCues ?? [])
        prospectiveMarkers = index(file.prospectiveMarkers ?? [])
        futureTimes = index(file.futureTimes ?? [])
        backgroundMarkers = index(file.backgroundMarkers ?? [])
        pastMarkers = keys(file.pastMarkers ?? [])
        sectorFrames = index(file.sectorFrames ?? [])
        itemPartyMarkers = index(file.itemPartyMarkers ?? [])
        instrumentSubjectMarkers = index(file.instrumentSubjectMarkers ?? [])
        agentMarkers = keys(file.agentMarkers ?? [])
        relativePronouns = keys(file.relativePronouns ?? [])
        companyMarkers = Set(file.companyMarkers ?? [])
        sideDealCues = index(file.sideDealCues ?? [])
        arrivalPhrases = index(file.arrivalPhrases ?? [])
        aimComplements = index(file.aimComplements ?? [])
        subnationalMarkers = index(file.subnationalMarkers ?? [])
        promiseMarkers = index(file.promiseMarkers ?? [])
        stanceVerbs = index(file.stanceVerbs ?? [])
        passiveMarkers = keys(file.passiveMarkers ?? [])
        var permissions = PhraseIndex<Bool>()
        for (cue, allowedFollows) in file.permissionCues ?? [:] { permissions.add(cue, allowedFollows) }
        permissionCues = permissions
        destinationMarkers = index(file.destinationMarkers ?? [])
        currencyNouns = keys(file.currencyNouns ?? [])
        recurrenceWords = index(file.recurrenceWords ?? [])
        targetMarkers = keys(file.targetMarkers ?? [])
        citeConnectors = keys(file.citeConnectors ?? [])
        articles = keys(file.articles ?? [])
        originMarkers = index(file.originMarkers ?? [])
        leviedOnMarkers = index(file.leviedOnMarkers ?? [])
        subjectStops = keys(file.subjectStops ?? [])
        ownGovernment = file.ownGovernment.map { (index($0.words), $0.country) }
        benefitPhrases = index(file.benefitPhrases ?? [])
        itineraryPhrases = index(file.itineraryPhrases ?? [])
        nonPartySubjects = index(file.nonPartySubjects ?? [])
        coordinators = keys(file.coordinators ?? [])
        coordinationFillers = keys(file.coordinationFillers ?? [])
        fillerWords = keys(file.fillerWords ?? [])
        multilateralCues = index(file.multilateralCues ?? [])
        partnerPrepositions = keys(file.partnerPrepositions ?? [])
        var nouns = PhraseIndex<Bool>()
        for (noun, plural) in file.packageNouns ?? [:] { nouns.add(noun, plural) }
        packageNouns = nouns
        packageCounters = keys(file.packageCounters ?? [])
        listIntroducers = index(file.listIntroducers ?? [])
        listItemFillers = keys(file.listItemFillers ?? [])
        listJoiners = keys(file.listJoiners ?? [])
        listHeaderCues = index(file.listHeaderCues ?? [])
        ordinalWords = foldKeys(file.ordinalWords ?? [:])
        decisionNouns = keys(file.decisionNouns)
        bothParties = index(file.bothParties)
        personPronouns = keys(file.personPronouns)
        reportingVerbs = keys(file.reportingVerbs)
        clauseBreaks = index(file.clauseBreaks ?? [])
        clauseCueJoiners = keys(file.clauseCueJoiners ?? [])
        locationPrepositions = keys(file.locationPrepositions)
        citeCues = index(file.citeCues)
        skipLinePrefixes = file.skipLinePrefixes
        deadlines = file.deadlines.compactMap(Self.compile).sorted { $0.elements.count > $1.elements.count }
        var roleIndex = PhraseIndex<String>()
        for (phrase, english) in file.roles { roleIndex.add(phrase, english) }
        roles = roleIndex
        var topicIndex = PhraseIndex<String>()
        for (slug, phrases) in file.topics.sorted(by: { $0.key < $1.key }) {
            for phrase in phrases { topicIndex.add(phrase, slug) }
        }
        topics = topicIndex
    }

    private static func compile(_ deadline: KnowledgeFiles.Deadline) -> Deadline? {
        guard let resolution = Deadline.Resolution(rawValue: deadline.resolve) else { return nil }
        var elements: [Deadline.Element] = []
        for token in Tokenizer.tokens(
            deadline.pattern.replacingOccurrences(of: "{", with: " {").replacingOccurrences(of: "}", with: "} "))
        {
            elements.append(.word(token.key))
        }
        // Placeholders arrive as "{", word, "}" tokens; fold them into single elements.
        var folded: [Deadline.Element] = []
        var index = 0
        while index < elements.count {
            if elements[index] == .word("{"), index + 2 < elements.count, elements[index + 2] == .word("}"),
                case .word(let name) = elements[index + 1]
            {
                switch name {
                case "n": folded.append(.number)
                case "unit": folded.append(.unit)
                case "year": folded.append(.year)
                case "date": folded.append(.date)
                default: return nil
                }
                index += 3
            } else {
                folded.append(elements[index])
                index += 1
            }
        }
        return Deadline(
            elements: folded, resolution: resolution, yearOffset: deadline.yearOffset ?? 0,
            monthOffset: deadline.monthOffset ?? 0)
    }
}
