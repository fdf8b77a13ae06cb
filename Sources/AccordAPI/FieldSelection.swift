import Foundation

/// `fields=id,parties,date`: each item of a list body keeps only the named top-level fields.
enum FieldSelection {
    /// `body` is an encoded list (`{"data": [...], …}`); the answer is the same list with its
    /// items cut down, keys sorted as everywhere else.
    static func keep(_ fields: [String], inDataOf body: [UInt8]) -> [UInt8] {
        guard var list = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let items = list["data"] as? [[String: Any]]
        else { return body }
        let kept = Set(fields)
        list["data"] = items.map { $0.filter { kept.contains($0.key) } }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        return (try? JSONSerialization.data(withJSONObject: list, options: options)).map(Array.init) ?? body
    }
}
