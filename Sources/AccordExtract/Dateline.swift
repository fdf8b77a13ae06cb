import Foundation

/// The "CITY, Publisher –" or "CITY –" opening of a news story's first paragraph.
struct Dateline {
    var city: String
    var publisher: String?
    /// "Jakarta, IDN Times –": the outlet's own office, not where the news happened. A wire dateline
    /// ("JAKARTA, Nov 12 (Reuters) –", "New Delhi (Warta Nusa) –") places the story.
    var isNewsroom = false
    /// Scalars from the start of the line to just after the dash and its space.
    var length: Int
    /// A form other words take too ("ANALYSIS:"): it names the place only when the gazetteer knows it.
    var needsKnownPlace = false

    /// A capitalised name of at most five words with no digits, such as "IDN Times" or "Reuters".
    private static func outlet(_ text: String) -> String? {
        guard !text.isEmpty, text.first?.isUppercase == true, text.split(separator: " ").count <= 5,
            !text.contains(where: \.isNumber)
        else { return nil }
        return text
    }

    private static let dashes: Set<Unicode.Scalar> = ["–", "—", "-", "―"]

    /// "Washington, October 20, 2025" or "JAKARTA, 5/3/2019": a city, a comma and a date, nothing else.
    /// A byline has that shape too ("By Hamish Grant, 17 December 2021"), so the city must be known.
    init?(cityAndDate line: Substring) {
        let parts = line.split(separator: ",", maxSplits: 1).map { $0.trimmingScalars(in: .whitespaces) }
        guard parts.count == 2, let city = parts.first, city.first?.isUppercase == true,
            city.split(separator: " ").count <= 3, !city.contains(where: \.isNumber), !city.contains("."),
            parts[1].contains(where: \.isNumber)
        else { return nil }
        self.city = city
        publisher = nil
        length = 0
        needsKnownPlace = true
    }

    /// "CANBERRA: Australia and …": a city in capitals and a colon.
    init?(capitalsAndColon line: Substring) {
        guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 30 else {
            return nil
        }
        let city = String(line[..<colon])
        guard !city.isEmpty, city.split(separator: " ").count <= 3,
            city.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" }),
            line[line.index(after: colon)...].first == " "
        else { return nil }
        self.city = city
        publisher = nil
        length = city.unicodeScalars.count + 2
        needsKnownPlace = true
    }

    init?(line: Substring) {
        let scalars = Array(line.unicodeScalars)
        // The dash must come early and be spaced, so hyphenated words never count.
        let limit = min(scalars.count - 2, 60)
        guard limit > 1 else { return nil }
        var dash: Int?
        var dashEnd = 0
        for index in 1..<limit where Self.dashes.contains(scalars[index]) && scalars[index - 1] == " " {
            // "--" stands for a dash in plain-text wires.
            var end = index
            while end + 1 < scalars.count - 1, Self.dashes.contains(scalars[end + 1]) { end += 1 }
            if scalars[end + 1] == " " {
                dash = index
                dashEnd = end
                break
            }
        }
        guard let dash else { return nil }
        var head = String(scalars: scalars[0..<(dash - 1)]).trimmingScalars(in: .whitespaces)
        // "Johannesburg (Lintas Antarnegara)", "WASHINGTON, Nov 19 (Global Wire)": the outlet in brackets.
        var bracketed: String?
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            bracketed = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
                .trimmingScalars(in: .whitespaces)
            head = String(head[..<open]).trimmingScalars(in: .whitespaces)
        }
        let parts = head.split(separator: ",", maxSplits: 1).map { $0.trimmingScalars(in: .whitespaces) }
        guard let city = parts.first, !city.isEmpty, city.first?.isUppercase == true,
            city.split(separator: " ").count <= 4
        else { return nil }
        var publisher = bracketed.flatMap(Self.outlet)
        if parts.count == 2 {
            // A date ("Nov 19") after the city is not a publisher, and a dateline may carry one.
            let second = parts[1]
            if publisher == nil, let outlet = Self.outlet(second) {
                publisher = outlet
                isNewsroom = true
            } else if !second.contains(where: \.isNumber) {
                return nil
            }
        }
        self.publisher = publisher
        self.city = city
        length = dashEnd + 2
    }
}
