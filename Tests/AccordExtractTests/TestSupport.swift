import AccordExtract
import Foundation

/// Shared loading for the tests: the repository's Config/ (found from this file) and fixtures.
enum TestSupport {
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static let configDirectory = repositoryRoot.appendingPathComponent("Config")

    static let knowledge: Knowledge = {
        do {
            return try Knowledge.load(from: configDirectory)
        } catch {
            fatalError("Config/ does not load: \(error)")
        }
    }()

    static let extractor = Extractor(knowledge: knowledge)

    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The scalars of `text` in `start..<end`, as the API's evidence offsets define them.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
