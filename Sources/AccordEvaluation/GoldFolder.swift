import Foundation

/// A folder of articles with `NAME.gold.json` beside each.
public enum GoldFolder {
    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var reason: String
        public var description: String { "\(file): \(reason)" }
    }

    public static func load(_ directory: URL) throws -> [GoldArticle] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        return try names.map { name in
            let url = directory.appendingPathComponent(name)
            do {
                return try JSONDecoder().decode(GoldArticle.self, from: Data(contentsOf: url))
            } catch {
                throw LoadError(file: url.path, reason: "\(error)")
            }
        }
    }
}
