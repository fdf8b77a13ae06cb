/// The JSON shapes of `Config/gazetteer.json` and `Config/languages/*.json` (see Config/README.md).
enum KnowledgeFiles {
    struct Gazetteer: Decodable {
        var countries: [Country]
        var places: [Place]?
        var people: [Person]?
        /// English role → rank for office holders recognised by title.
        var roleRanks: [String: Int]?
        /// Particles inside personal names in any language ("bin", "van", "da").
        var nameParticles: [String]?
        /// Groups of states that conclude agreements together ("ASEAN", "Mercosur").
        var blocs: [Bloc]?
    }

    struct Bloc: Decodable {
        var name: String
        var names: [String]
        var members: [String]
        /// Members that joined late, with the day they joined ("TL": "2025-10-26").
        var since: [String: String]?
    }

    struct Country: Decodable {
        var code: String
        var name: String
        /// Names, demonyms and nicknames in any language, matched case-insensitively.
        var names: [String]
        /// Abbreviations matched only as written ("AS" is the United States, "as" is not).
        var exactCase: [String]?
        /// English spelling of the capital; also a metonym for the government.
        var capital: String?
        var capitalAliases: [String]?
        /// Seats of government standing for the country ("White House", "Gedung Putih").
        var metonyms: [String]?
        /// Loose references ("the bloc", "Eropa") that count only once the country is a party.
        var weak: [String]?
    }

    struct Place: Decodable {
        /// English spelling.
        var name: String
        var country: String
        var aliases: [String]?
        /// A region rather than a town: names where a place is, never the place itself.
        var region: Bool?
    }

    struct Person: Decodable {
        var name: String
        var country: String
        /// English title.
        var role: String
        /// 1 for heads of state or government; larger numbers rank lower as signatories.
        var rank: Int?
        var aliases: [String]?
        /// Offices held over the years, so an archive article gets the title of its day.
        var terms: [Term]?
    }

    struct Term: Decodable {
        var role: String
        var rank: Int?
        /// ISO day or month the term began; `to` is absent while it lasts.
        var from: String
        var to: String?
        /// The state served when it is not the person's own (a European Commissioner's earlier
        /// national ministry).
        var country: String?
    }

    struct OwnGovernment: Decodable {
        var words: [String]
        var country: String
    }

    struct Currency: Decodable {
        var phrase: String
        var unit: String
        /// "before" the number ("US$", "Rp") or "after" it ("dolar AS", "pounds").
        var position: String
    }

    struct Deadline: Decodable {
        /// Words with placeholders {n} {unit} {year} {date}.
        var pattern: String
        /// offset | date | year | month | endOfYear
        var resolve: String
        var yearOffset: Int?
        var monthOffset: Int?
    }

    struct LanguagePack: Decodable {
        var code: String
        var stopwords: [String]
        var decimalSeparator: String
        var months: [String: Int]
        var weekdays: [String: Int]
        var relativeDays: [String: Int]?
        var dayFirstNumericDates: Bool?
        var numberWords: [String: Double]
        var teenWord: String?
        var multiplierWords: [String: Double]
        var onePrefix: String?
        var scaleWords: [String: Double]
        var currencies: [Currency]
        var percentWords: [String]
        var tonneWords: [String]
        var nonCountWords: [String]
        var durationUnits: [String: String]
        var commitmentCues: [String]
        var hedges: [String]
        var negations: [String]
        var agreementCues: [String]
        /// Verbs of signing ("menandatangani", "signed"): who is named with them signed.
        var signingCues: [String]?
        /// "dua kesepakatan", "two separate agreements": the article reports more than one.
        var severalAgreementsCues: [String]?
        var noDealCues: [String]
        var agreementNouns: [String]
        var agreementDeterminers: [String]?
        var activeVerbPrefixes: [String]?
        var effectVerbs: [String]
        var welcomeCues: [String]
        /// "commits London to", "mewajibkan Indonesia": the party bound is named after the cue.
        var objectCommitmentCues: [String]?
        /// "would" after a reporting verb: a pledge told in reported speech.
        var reportedFutureCues: [String]?
        /// Verbs and phrases that state a deal as made ("signed", "sepakat", "concluded").
        var concludingCues: [String]?
        /// Words before such a verb that make it a plan ("aim to", "akan", "dijadwalkan").
        var prospectiveMarkers: [String]?
        /// Times to come that make a signing a plan ("next month", "dua bulan lagi").
        var futureTimes: [String]?
        /// Words that make a sentence recall an old deal ("five years ago", "silam").
        var backgroundMarkers: [String]?
        /// Words marking a month as past ("Mei lalu", "last May").
        var pastMarkers: [String]?
        /// Phrases of benefit after a cue that make it a claim, not a promise ("more access").
        var benefitPhrases: [String]?
        /// Verbs of travel and schedule right after a cue ("fly to", "akan berkunjung").
        var itineraryPhrases: [String]?
        /// Subjects that are no party to the agreement ("the opposition", "fraksi", "analysts").
        var nonPartySubjects: [String]?
        /// "pemerintah" with no name after it: the government of the press writing in this language.
        var ownGovernment: OwnGovernment?
        /// Words opening a sentence that name its field before a comma ("Di sektor pertanian,").
        var sectorFrames: [String]?
        /// Words before the new level of a change ("to", "menjadi").
        var targetMarkers: [String]?
        /// Words of recurrence that make a meeting a mechanism ("every year", "setiap tahun").
        var recurrenceWords: [String]?
        /// Nouns of money before a country's name that make it a currency ("dolar AS").
        var currencyNouns: [String]?
        /// Lowercase words inside a cited outlet's name ("Ministry of Trade").
        var citeConnectors: [String]?
        /// Articles that may stand between a preposition and a name ("the").
        var articles: [String]?
        /// Verbs opening a list item that take a stance, not an undertaking ("Reaffirmed …", "Stressed
        /// …", "Menegaskan …").
        var stanceVerbs: [String]?
        /// Words that make a sentence promise something ("will", "agreed", "akan"): one naming an
        /// earlier year without any is history.
        var promiseMarkers: [String]?
        /// Words saying the ones concluding are provinces or cities, not states ("sister province",
        /// "kedua provinsi").
        var subnationalMarkers: [String]?
        /// Legal forms of companies, exact case ("PT", "Tbk", "JSC", "Ltd"): a signer or subject so named,
        /// with no state firm or official beside it, is no state.
        var companyMarkers: [String]?
        /// Words opening a relative clause after a comma ("which", "yang").
        var relativePronouns: [String]?
        /// The word naming a passive's agent ("by", "oleh").
        var agentMarkers: [String]?
        /// Words of a passive between a cue and its agent ("will be erased by"); none: any agent counts.
        var passiveMarkers: [String]?
        /// Words granting a permission ("allow", "be able to", "memungkinkan"), each true when the one
        /// allowed is named after it ("allow Singapore's troops to …"), false when before.
        var permissionCues: [String: Bool]?
        /// Words before the place a permission opens ("in", "into", "ke").
        var destinationMarkers: [String]?
        /// A levy and the word before the goods it falls on ("tariff on", "bea masuk atas"): a party
        /// named next is the goods' origin, not the one levying.
        var leviedOnMarkers: [String]?
        /// Words naming where goods come from ("imports from", "impor dari").
        var originMarkers: [String]?
        /// Words introducing the subject of a named instrument ("mengenai", "tentang", "on").
        var instrumentSubjectMarkers: [String]?
        /// Words after which a sentence has moved on from the instrument ("after", "setelah").
        var subjectStops: [String]?
        /// Words after which an instrument's title names the signing bodies ("antara", "between").
        var itemPartyMarkers: [String]?
        /// Words joining names into one group (",", "and", "dan").
        var coordinators: [String]?
        /// Words that may stand between coordinated names ("the").
        var coordinationFillers: [String]?
        /// Words between a subject and its verb that say nothing of who acts ("that", "juga").
        var fillerWords: [String]?
        /// Words saying several states conclude one agreement ("trilateral", "ketiga negara").
        var multilateralCues: [String]?
        /// What an "agreed" may be followed by that is an aim, not a deal ("to deepen", "to work
        /// towards", "memperkuat").
        var aimComplements: [String]?
        /// Words of someone arriving at a place ("flew to", "tiba di"): the lead's arrival places a
        /// signing when nothing else does.
        var arrivalPhrases: [String]?
        /// Words saying a deal is concluded beside another ("on the sidelines", "separate agreement",
        /// "di sela").
        var sideDealCues: [String]?
        /// Words before the partners of one state's separate deals ("with", "dengan").
        var partnerPrepositions: [String]?
        /// "will face", "dikenai": the party named bears a tariff the other party imposes.
        var tariffFacingCues: [String]?
        /// Instrument nouns of a signing package, each true when it is a plural ("memorandums").
        var packageNouns: [String: Bool]?
        /// Words that count instruments without a number ("sejumlah", "several").
        var packageCounters: [String]?
        /// Words after which a package's subjects are listed ("covering", "yakni", ":").
        var listIntroducers: [String]?
        /// Words that open an item and are not part of it ("on", "tentang").
        var listItemFillers: [String]?
        /// The word before a list's last item ("and", "dan").
        var listJoiners: [String]?
        /// Words of a header line announcing what an agreement does ("enable", "mengatur").
        var listHeaderCues: [String]?
        /// Ordinal words opening a list item ("Pertama", "Second"); 0 for "finally".
        var ordinalWords: [String: Int]?
        var decisionNouns: [String]
        var bothParties: [String]
        var personPronouns: [String]
        var reportingVerbs: [String]
        var clauseBreaks: [String]?
        var clauseCueJoiners: [String]?
        var locationPrepositions: [String]
        var citeCues: [String]
        var skipLinePrefixes: [String]
        /// Text that makes a short line page furniture wherever it stands ("ANTARA FOTO/", "©").
        var skipLineMarkers: [String]?
        /// Class or id words this language's sites give page furniture ("related", "baca-juga").
        var pageFurnitureClasses: [String]?
        /// Abbreviations whose full stop does not end a sentence, without that stop ("Maj", "H.E").
        var abbreviations: [String]?
        var deadlines: [Deadline]
        var roles: [String: String]
        var topics: [String: [String]]
    }
}
