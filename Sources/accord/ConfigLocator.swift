import Foundation

/// Finds the `Config/` folder (gazetteer, language packs, accord.json): beside the given
/// configuration file, else `./Config`, else a `Config/` above the executable — so a
/// release build run from anywhere in a checkout finds the checkout's files.
enum ConfigLocator {
    static func directory(configFile: String?) -> URL? {
        if let configFile {
            return URL(fileURLWithPath: configFile).deletingLastPathComponent()
        }
        let candidates =
            [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Config")]
            + executableAncestors().map { $0.appendingPathComponent("Config") }
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("gazetteer.json").path)
        }
    }

    private static func executableAncestors() -> [URL] {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var ancestors: [URL] = []
        for _ in 0..<6 {
            ancestors.append(url)
            url.deleteLastPathComponent()
        }
        return ancestors
    }
}
