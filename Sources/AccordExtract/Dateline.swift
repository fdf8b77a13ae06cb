import Foundation

/// The "CITY, Publisher –" or "CITY –" opening of a news story's first paragraph.
struct Dateline {
    var city: String
    var publisher: String?
    /// Scalars from the start of the line to just after the dash and its space.
    var length: Int

    private static let dashes: Set<Unicode.Scalar> = ["–", "—", "-", "―"]

    init?(line: Substring) {
        let scalars = Array(line.unicodeScalars)
        // The dash must come early and be spaced, so hyphenated words never count.
        let limit = min(scalars.count - 2, 60)
        guard limit > 1 else { return nil }
        var dash: Int?
        for index in 1..<limit where Self.dashes.contains(scalars[index]) {
            if scalars[index - 1] == " ", scalars[index + 1] == " " {
                dash = index
                break
            }
        }
        guard let dash else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[0..<(dash - 1)])
        let head = String(view)
        let parts = head.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let city = parts.first, !city.isEmpty, city.first?.isUppercase == true,
            city.split(separator: " ").count <= 4
        else { return nil }
        if parts.count == 2 {
            let publisher = parts[1]
            // A date ("Oct 28") is not a publisher.
            guard !publisher.isEmpty, publisher.first?.isUppercase == true,
                publisher.split(separator: " ").count <= 5, !publisher.contains(where: \.isNumber)
            else { return nil }
            self.publisher = publisher
        } else {
            self.publisher = nil
        }
        self.city = city
        length = dash + 2
    }
}
