import Foundation

/// What a reference in the text points at.
enum ActorReference: Sendable {
    enum Strength: Sendable { case name, metonym, weak }
    case country(String, Strength)
    case person(Int)
    /// Index into `Knowledge.blocs`.
    case bloc(Int)
}

/// A person the gazetteer knows holds an office.
struct KnownPerson: Sendable {
    struct Term: Sendable {
        var role: String
        var rank: Int
        /// ISO dates or months, compared as strings; `to` is nil while the term lasts.
        var from: String
        var to: String?
        var country: String?
    }

    /// Rank of someone out of office on the article's day: named, but never the one who signs.
    static let outOfOfficeRank = 9

    var name: String
    var country: String
    var role: String
    var rank: Int
    var terms: [Term] = []

    /// The person with the title and state served on `day` (an ISO date), when the gazetteer knows
    /// their terms; out of office that day, they rank below everyone.
    func asOf(_ day: String?) -> KnownPerson {
        guard let day, !terms.isEmpty else { return self }
        var person = self
        guard let term = terms.last(where: { $0.from <= day && ($0.to.map { day < $0 } ?? true) }) else {
            person.rank = Self.outOfOfficeRank
            return person
        }
        person.role = term.role
        person.rank = term.rank
        if let country = term.country { person.country = country }
        return person
    }
}

/// A group of states named as one ("ASEAN", "negara-negara Mercosur").
struct KnownBloc: Sendable {
    var name: String
    var members: [String]
    var since: [String: String]

    /// The members on `day` (an ISO date): those that joined later are left out.
    func members(asOf day: String?) -> [String] {
        guard let day else { return members.filter { since[$0] == nil } }
        return members.filter { code in since[code].map { $0 <= day } ?? true }
    }
}

/// A place an agreement can be signed at, with its English spelling.
struct KnownPlace: Sendable {
    var name: String
    var country: String
    var isRegion: Bool
}

/// Error naming the configuration file that could not be used.
public struct KnowledgeError: Error, CustomStringConvertible, LocalizedError {
    public var file: String
    public var reason: String
    public var description: String { "\(file): \(reason)" }
    public var errorDescription: String? { description }
}

/// The language data of `Config/`, compiled into lookups once so extraction stays fast.
public struct Knowledge: Sendable {
    /// ISO code (and EU) → English name, for every country the gazetteer knows.
    public internal(set) var countryNames: [String: String]
    var actors: PhraseIndex<ActorReference>
    var places: PhraseIndex<KnownPlace>
    var people: [KnownPerson]
    var blocs: [KnownBloc]
    var topicRules: TopicRules
    /// Particles inside personal names ("bin", "van"), whatever the language.
    var nameParticles: Set<String>
    /// English role → signatory rank for people the gazetteer does not list ("President" → 1).
    var roleRanks: [String: Int]
    var packs: [String: LanguagePack]
    /// Pack codes in a fixed order, so language detection ties break the same way every time.
    var packOrder: [String]
    /// Every pack's page furniture: non-story lines and abbreviations.
    var chrome: PageChrome
    /// The class words of saved pages' furniture, every language's together.
    public let furniture: PageFurniture

    /// Loads Config/gazetteer.json and every Config/languages/*.json.
    public static func load(from configDirectory: URL) throws -> Knowledge {
        let gazetteerURL = configDirectory.appendingPathComponent("gazetteer.json")
        let gazetteer: KnowledgeFiles.Gazetteer = try decode(gazetteerURL)
        let topicRules: TopicRules = try decode(configDirectory.appendingPathComponent("topics.json"))
        let languagesURL = configDirectory.appendingPathComponent("languages", isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: languagesURL.path)
                .filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw KnowledgeError(file: languagesURL.path, reason: "cannot list language packs: \(error)")
        }
        var packs: [KnowledgeFiles.LanguagePack] = []
        for name in names {
            packs.append(try decode(languagesURL.appendingPathComponent(name)))
        }
        if packs.isEmpty {
            throw KnowledgeError(file: languagesURL.path, reason: "no language packs (*.json)")
        }
        return Knowledge(gazetteer: gazetteer, packs: packs, topicRules: topicRules)
    }

    private static func decode<T: Decodable>(_ url: URL) throws -> T {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw KnowledgeError(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw KnowledgeError(file: url.path, reason: "invalid JSON: \(describe(context))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw KnowledgeError(file: url.path, reason: "missing key '\(key.stringValue)' at \(path(context))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw KnowledgeError(file: url.path, reason: "wrong type at \(path(context)): \(context.debugDescription)")
        } catch let DecodingError.valueNotFound(_, context) {
            throw KnowledgeError(file: url.path, reason: "missing value at \(path(context))")
        } catch {
            throw KnowledgeError(file: url.path, reason: "invalid JSON: \(error)")
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "top level" : path
    }

    private static func describe(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError { return "\(context.debugDescription) \(underlying)" }
        return context.debugDescription
    }

    init(gazetteer: KnowledgeFiles.Gazetteer, packs files: [KnowledgeFiles.LanguagePack], topicRules: TopicRules) {
        self.topicRules = topicRules
        var countryNames: [String: String] = [:]
        var actors = PhraseIndex<ActorReference>()
        var places = PhraseIndex<KnownPlace>()
        for country in gazetteer.countries {
            countryNames[country.code] = country.name
            for name in country.names { actors.add(name, .country(country.code, .name)) }
            for abbreviation in country.exactCase ?? [] {
                actors.add(abbreviation, .country(country.code, .name), exactCase: true)
            }
            if let capital = country.capital {
                let place = KnownPlace(name: capital, country: country.code, isRegion: false)
                for spelling in [capital] + (country.capitalAliases ?? []) {
                    actors.add(spelling, .country(country.code, .metonym))
                    places.add(spelling, place)
                }
            }
            for metonym in country.metonyms ?? [] { actors.add(metonym, .country(country.code, .metonym)) }
            for loose in country.weak ?? [] { actors.add(loose, .country(country.code, .weak)) }
        }
        for place in gazetteer.places ?? [] {
            let known = KnownPlace(name: place.name, country: place.country, isRegion: place.region ?? false)
            for spelling in [place.name] + (place.aliases ?? []) { places.add(spelling, known) }
        }
        var people: [KnownPerson] = []
        for person in gazetteer.people ?? [] {
            let index = people.count
            let terms = (person.terms ?? []).map {
                KnownPerson.Term(
                    role: $0.role, rank: $0.rank ?? person.rank ?? 3, from: $0.from, to: $0.to, country: $0.country)
            }.sorted { $0.from < $1.from }
            people.append(
                KnownPerson(
                    name: person.name, country: person.country, role: person.role, rank: person.rank ?? 3,
                    terms: terms))
            for spelling in [person.name] + (person.aliases ?? []) { actors.add(spelling, .person(index)) }
        }
        var blocs: [KnownBloc] = []
        for bloc in gazetteer.blocs ?? [] {
            let index = blocs.count
            blocs.append(KnownBloc(name: bloc.name, members: bloc.members, since: bloc.since ?? [:]))
            for spelling in [bloc.name] + bloc.names { actors.add(spelling, .bloc(index)) }
        }
        self.blocs = blocs
        self.nameParticles = Set((gazetteer.nameParticles ?? []).map(Tokenizer.fold))
        self.countryNames = countryNames
        self.actors = actors
        self.places = places
        self.people = people
        self.roleRanks = gazetteer.roleRanks ?? [:]
        var packs: [String: LanguagePack] = [:]
        for file in files { packs[file.code] = LanguagePack(file) }
        self.packs = packs
        self.packOrder = files.map(\.code)
        self.furniture = PageFurniture(markers: files.flatMap { $0.pageFurnitureClasses ?? [] })
        self.chrome = PageChrome(
            linePrefixes: files.flatMap(\.skipLinePrefixes), lineMarkers: files.flatMap { $0.skipLineMarkers ?? [] },
            abbreviations: Set(files.flatMap { $0.abbreviations ?? [] }.map { $0.lowercased() }))
    }
}
