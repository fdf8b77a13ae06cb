import AccordExtract
import Foundation
import Synchronization

/// An accepted article as kept in the data folder: the raw input and what came with it,
/// so that a restart re-extracts exactly what the API accepted.
struct StoredArticle: Codable, Sendable {
    var id: String
    var format: String
    var metadata: DocumentMetadata
    var ingestedAt: String
    /// Of the bytes as received, so a restart keeps ids, ETags and duplicate detection.
    var contentHash: String
    /// The received bytes, decoded.
    var raw: String
}

/// The data folder: one JSON file per accepted article under `articles/`, written to a
/// temporary file, flushed and renamed so a crash leaves either the old state or the new.
final class DataFolder: Sendable {
    let directory: URL
    /// The articles folder's modification time at the last look, and the damaged files already
    /// reported, so a rescan of an unchanged folder costs one stat and each damage is logged once.
    private let scan = Mutex<(modified: Date?, reported: Set<String>, looks: Int)>((nil, [], 0))
    /// Every so many looks the folder is read even if its time has not moved: on file systems
    /// with coarse timestamps a file can arrive within the same tick as the last look.
    private static let fullReadEvery = 12

    init(directory: URL) {
        self.directory = directory
    }

    var articlesDirectory: URL { directory.appendingPathComponent("articles", isDirectory: true) }

    func save(_ article: StoredArticle) throws {
        try FileManager.default.createDirectory(at: articlesDirectory, withIntermediateDirectories: true)
        let data = try JSONEncoder().encode(article)
        let final = articlesDirectory.appendingPathComponent(article.id + ".json")
        let temporary = articlesDirectory.appendingPathComponent(".\(article.id).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        let handle = try FileHandle(forWritingTo: temporary)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        if rename(temporary.path, final.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
        syncDirectory(articlesDirectory)
    }

    /// Every stored article that reads back; the names of those that do not.
    func load() -> (articles: [StoredArticle], unreadable: [String]) {
        let modified = modificationDate()
        let result = read { _ in false }
        scan.withLock { $0 = (modified, Set(result.unreadable), 0) }
        return result
    }

    /// Articles added since the last look whose ids `skipping` does not already know, and
    /// damaged files not reported before; nothing when the folder has not changed.
    func loadChanges(skipping known: (String) -> Bool) -> (articles: [StoredArticle], unreadable: [String]) {
        let modified = modificationDate()
        let unchanged = scan.withLock { state in
            defer { state.modified = modified }
            state.looks += 1
            return modified != nil && state.modified == modified && state.looks % Self.fullReadEvery != 0
        }
        guard !unchanged else { return ([], []) }
        let result = read(skipping: known)
        let fresh = scan.withLock { state in
            let fresh = result.unreadable.filter { !state.reported.contains($0) }
            state.reported.formUnion(fresh)
            return fresh
        }
        return (result.articles, fresh)
    }

    private func modificationDate() -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: articlesDirectory.path))?[.modificationDate] as? Date
    }

    private func read(skipping known: (String) -> Bool) -> (articles: [StoredArticle], unreadable: [String]) {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: articlesDirectory.path)) ?? []
        var articles: [StoredArticle] = []
        var unreadable: [String] = []
        for name in files.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            if known(String(name.dropLast(5))) { continue }
            let url = articlesDirectory.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path),
                let article = try? JSONDecoder().decode(StoredArticle.self, from: data)
            {
                articles.append(article)
            } else {
                unreadable.append(name)
            }
        }
        return (articles.sorted { ($0.ingestedAt, $0.id) < ($1.ingestedAt, $1.id) }, unreadable)
    }

    /// A rename is durable only once the directory entry is flushed too.
    private func syncDirectory(_ url: URL) {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
