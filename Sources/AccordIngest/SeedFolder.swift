import AccordExtract
import Foundation
import Logging

/// The article files of a seeds folder, each with the metadata of its sidecar.
enum SeedFolder {
    struct File {
        var url: URL
        /// The file name without extension: seeds keep the name they were given.
        var id: String
        var format: DocumentFormat
        var metadata: DocumentMetadata
    }

    /// Largest seed file read; anything bigger is not a news article.
    static let maxFileBytes = 8 << 20

    static func articleFiles(in directory: URL, logger: Logger) -> [File] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            logger.warning("seeds folder not readable", metadata: ["folder": "\(directory.path)"])
            return []
        }
        return names.sorted().filter { !$0.hasPrefix(".") && !$0.hasSuffix(".meta.json") }.compactMap { name in
            let url = directory.appendingPathComponent(name)
            return DocumentFormat(fileExtension: url.pathExtension) == nil ? nil : articleFile(at: url, logger: logger)
        }
    }

    /// One article file with its sidecar; nil (logged) when it is not an article file or too big.
    static func articleFile(at url: URL, logger: Logger) -> File? {
        guard let format = DocumentFormat(fileExtension: url.pathExtension) else {
            logger.warning("not an article file (.txt, .md, .html)", metadata: ["file": "\(url.path)"])
            return nil
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= maxFileBytes else {
            logger.warning("skipping oversized article file", metadata: ["file": "\(url.path)", "bytes": "\(size)"])
            return nil
        }
        let id = url.deletingPathExtension().lastPathComponent
        return File(url: url, id: id, format: format, metadata: sidecar(for: url, id: id, logger: logger))
    }

    /// `NAME.meta.json` beside the article, if present and valid.
    private static func sidecar(for url: URL, id: String, logger: Logger) -> DocumentMetadata {
        let path = url.deletingLastPathComponent().appendingPathComponent(id + ".meta.json").path
        guard let data = FileManager.default.contents(atPath: path) else { return DocumentMetadata() }
        do {
            return try JSONDecoder().decode(DocumentMetadata.self, from: data)
        } catch {
            logger.warning("ignoring invalid sidecar", metadata: ["file": "\(path)", "error": "\(error)"])
            return DocumentMetadata()
        }
    }
}
