/// Reads calendar dates ("28 Oktober 2025", "July 17, 2025", "(28/10/2025)", "Januari 2026"),
/// weekdays, and deadline phrases resolved against a reference date.
struct DateReader {
    let pack: LanguagePack

    /// A date known to the year, month or day.
    struct Partial: Equatable {
        var year: Int
        var month: Int?
        var day: Int?

        var iso: String {
            func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            guard let month else { return "\(year)" }
            guard let day else { return "\(year)-\(pad(month))" }
            return "\(year)-\(pad(month))-\(pad(day))"
        }

        var civil: CivilDate? { month.flatMap { m in day.map { CivilDate(year: year, month: m, day: $0) } } }
    }

    struct Found {
        var date: Partial
        var range: Range<Int>
    }

    struct Deadline {
        var due: String?
        var range: Range<Int>
    }

    // Static, so the closures below capture no copy of the reader and its language pack.
    private static func integer(_ token: Token) -> Int? {
        token.kind == .number && token.text.allSatisfy(\.isNumber) ? Int(token.text) : nil
    }

    private static func year(_ token: Token) -> Int? {
        guard let value = integer(token), token.text.count == 4, (1900...2100).contains(value) else { return nil }
        return value
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= CivilDate.daysIn(year: year, month: month)
    }

    /// A date starting at `index`; with `monthPrecision` "Januari 2026" counts too.
    func date(_ tokens: [Token], at index: Int, limit: Int, monthPrecision: Bool = true) -> Found? {
        guard index < limit else { return nil }
        let months = pack.months
        func token(_ offset: Int) -> Token? { index + offset < limit ? tokens[index + offset] : nil }
        // 28 Oktober 2025
        if let day = token(0).flatMap(Self.integer), let month = token(1).flatMap({ months[$0.key] }),
            let year = token(2).flatMap(Self.year), Self.valid(year, month, day)
        {
            return Found(date: Partial(year: year, month: month, day: day), range: index..<(index + 3))
        }
        // July 17, 2025 / July 17 2025
        if let month = token(0).flatMap({ months[$0.key] }), let day = token(1).flatMap(Self.integer) {
            let yearOffset = token(2)?.key == "," ? 3 : 2
            if let year = token(yearOffset).flatMap(Self.year), Self.valid(year, month, day) {
                return Found(
                    date: Partial(year: year, month: month, day: day), range: index..<(index + yearOffset + 1))
            }
        }
        // 28/10/2025, 2025-10-28
        if let first = token(0).flatMap(Self.integer), let separator = token(1)?.key,
            separator == "/" || separator == "-",
            let second = token(2).flatMap(Self.integer), token(3)?.key == separator,
            let third = token(4).flatMap(Self.integer)
        {
            if token(0)?.text.count == 4, Self.valid(first, second, third) {
                return Found(date: Partial(year: first, month: second, day: third), range: index..<(index + 5))
            }
            if token(4)?.text.count == 4 {
                var (day, month) = pack.dayFirstNumericDates ? (first, second) : (second, first)
                if month > 12 { swap(&day, &month) }
                if Self.valid(third, month, day) {
                    return Found(date: Partial(year: third, month: month, day: day), range: index..<(index + 5))
                }
            }
        }
        if monthPrecision, let month = token(0).flatMap({ months[$0.key] }), token(0)?.isCapitalized == true,
            let year = token(1).flatMap(Self.year)
        {
            return Found(date: Partial(year: year, month: month, day: nil), range: index..<(index + 2))
        }
        return nil
    }

    /// The first date with a day in `range`.
    func firstFullDate(_ tokens: [Token], in range: Range<Int>) -> Found? {
        for index in range {
            if let found = date(tokens, at: index, limit: range.upperBound, monthPrecision: false) { return found }
        }
        return nil
    }

    /// A capitalised weekday name ("Rabu", "on Wednesday"), as ISO weekday.
    func firstWeekday(_ tokens: [Token], in range: Range<Int>) -> Int? {
        for index in range where tokens[index].isCapitalized {
            if let weekday = pack.weekdays[tokens[index].key] { return weekday }
        }
        return nil
    }

    func firstRelativeDay(_ tokens: [Token], in range: Range<Int>) -> Int? {
        pack.relativeDays.matches(tokens, in: range).first?.value
    }

    /// The first deadline phrase in `range`; `due` is nil when it needs a reference date that is unknown.
    func deadline(_ tokens: [Token], in range: Range<Int>, reference: CivilDate?) -> Deadline? {
        let numbers = NumberReader(pack: pack)
        for start in range {
            for pattern in pack.deadlines {
                var cursor = start
                var count: Double?
                var unit: String?
                var explicitYear: Int?
                var explicitDate: Partial?
                var matched = true
                for element in pattern.elements {
                    guard cursor < range.upperBound else {
                        matched = false
                        break
                    }
                    switch element {
                    case .word(let key):
                        if tokens[cursor].key == key { cursor += 1 } else { matched = false }
                    case .number:
                        if let reading = numbers.read(tokens, at: cursor, limit: range.upperBound) {
                            count = reading.value
                            cursor = reading.end
                        } else {
                            matched = false
                        }
                    case .unit:
                        if let found = pack.durationUnits[tokens[cursor].key] {
                            unit = found
                            cursor += 1
                        } else {
                            matched = false
                        }
                    case .year:
                        if let value = Self.year(tokens[cursor]) {
                            explicitYear = value
                            cursor += 1
                        } else {
                            matched = false
                        }
                    case .date:
                        if let found = date(tokens, at: cursor, limit: range.upperBound) {
                            explicitDate = found.date
                            cursor = found.range.upperBound
                        } else {
                            matched = false
                        }
                    }
                    if !matched { break }
                }
                guard matched else { continue }
                let due = resolve(
                    pattern, count: count, unit: unit, year: explicitYear, date: explicitDate, reference: reference)
                // A year before the reference is history, not a deadline.
                if let explicit = explicitYear ?? explicitDate?.year, let reference, explicit < reference.year {
                    continue
                }
                return Deadline(due: due, range: start..<cursor)
            }
        }
        return nil
    }

    private func resolve(
        _ pattern: LanguagePack.Deadline, count: Double?, unit: String?, year: Int?, date: Partial?,
        reference: CivilDate?
    ) -> String? {
        switch pattern.resolution {
        case .offset:
            guard let reference, let count, let unit else { return nil }
            let whole = Int(count.rounded())
            switch unit {
            case "day": return reference.adding(days: whole).iso
            case "week": return reference.adding(days: whole * 7).iso
            case "month": return reference.adding(months: whole).iso
            case "year": return reference.adding(months: whole * 12).iso
            case "decade": return reference.adding(months: whole * 120).iso
            default: return nil
            }
        case .date:
            return date?.iso
        case .year:
            if let year { return "\(year)" }
            return reference.map { "\($0.year + pattern.yearOffset)" }
        case .month:
            guard let reference else { return nil }
            let shifted = reference.adding(months: pattern.monthOffset)
            return Partial(year: shifted.year, month: shifted.month, day: nil).iso
        case .endOfYear:
            if let year { return "\(year)-12-31" }
            return reference.map { "\($0.year + pattern.yearOffset)-12-31" }
        }
    }
}
