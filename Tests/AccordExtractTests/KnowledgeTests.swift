import AccordExtract
import Foundation
import Testing

@Suite struct KnowledgeTests {
    @Test func repositoryConfigLoads() throws {
        _ = try Knowledge.load(from: TestSupport.configDirectory)
    }

    @Test func badJSONNamesTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "accord-knowledge-\(UUID().uuidString)")
        let languages = folder.appendingPathComponent("languages")
        try FileManager.default.createDirectory(at: languages, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["gazetteer.json", "topics.json"] {
            try FileManager.default.copyItem(
                at: TestSupport.configDirectory.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        try Data("{ \"code\": \"xx\", ".utf8).write(to: languages.appendingPathComponent("xx.json"))
        do {
            _ = try Knowledge.load(from: folder)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("xx.json"))
        }
    }
}
