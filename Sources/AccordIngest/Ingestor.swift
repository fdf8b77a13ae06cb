import AccordExtract
import AccordFetch
import AccordMerge
import AccordModel
import AccordStore
import Foundation
import Logging

/// The one path from any source — a seed file, a POST body, a fetched page, the data
/// folder at start-up — through extraction into the store.
public final class Ingestor: Sendable {
    public let store: Store
    private let extractor: Extractor
    private let fetcher: Fetcher
    private let dataFolder: DataFolder?
    private let logger: Logger
    private let now: @Sendable () -> Date
    /// Each report as extracted, and how they merge.
    private let book = ReportBook()

    /// The id of the API request an ingest serves, set around the call by the API, so that the
    /// ingest's log line can be matched with the request's (`X-Request-ID`).
    @TaskLocal public static var requestID: String?

    /// `fields`, with `request_id` when an ingest serves a request.
    private func logMetadata(_ fields: Logger.Metadata) -> Logger.Metadata {
        guard let requestID = Self.requestID else { return fields }
        return fields.merging(["request_id": "\(requestID)"]) { $1 }
    }

    /// `dataDirectory` nil keeps accepted articles in memory only (tests, `accord extract`).
    public init(
        store: Store, extractor: Extractor, fetcher: Fetcher, dataDirectory: URL?, logger: Logger,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.store = store
        self.extractor = extractor
        self.fetcher = fetcher
        self.dataFolder = dataDirectory.map(DataFolder.init)
        self.logger = logger
        self.now = now
    }

    /// ISO code → English name of every country extraction can name as a party.
    public var countryNames: [String: String] { extractor.countryNames }

    // MARK: Start-up

    /// Reads every article file of the seeds folder (and its sidecar `NAME.meta.json`) and
    /// publishes them as one new snapshot. Files that cannot be read are logged and skipped.
    @discardableResult
    public func loadSeeds(from directory: URL) -> Int {
        let count = load(SeedFolder.articleFiles(in: directory, logger: logger))
        logger.info("seeds loaded", metadata: ["folder": "\(directory.path)", "articles": "\(count)"])
        return count
    }

    /// Reads the named article files as seeds are read (`accord extract`). Returns how many loaded.
    @discardableResult
    public func loadFiles(_ urls: [URL]) -> Int {
        load(urls.compactMap { SeedFolder.articleFile(at: $0, logger: logger) })
    }

    private func load(_ files: [SeedFolder.File]) -> Int {
        let ingestedAt = Timestamp.rfc3339(now())
        var batch: [Report] = []
        defer {
            IngestMetrics.article(.seed, "created", count: batch.count)
            IngestMetrics.article(.seed, "failed", count: files.count - batch.count)
        }
        for file in files {
            guard let bytes = FileManager.default.contents(atPath: file.url.path).map(Array.init) else {
                logger.warning("skipping unreadable article file", metadata: ["file": "\(file.url.path)"])
                continue
            }
            do {
                let result = try prepare(
                    text: TextDecoding.decode(bytes, contentType: nil), hash: ContentHash.of(bytes),
                    format: file.format, metadata: file.metadata, id: file.id, ingestedAt: ingestedAt)
                batch.append(result.report)
            } catch {
                logger.warning("skipping article file", metadata: ["file": "\(file.url.path)", "reason": "\(error)"])
            }
        }
        store.update { book.publish(batch, onto: $0) }
        return batch.count
    }

    /// Re-extracts every article the API accepted before this process started.
    @discardableResult
    public func restoreDataFolder() -> Int {
        guard let dataFolder else { return 0 }
        let count = publish(dataFolder.load())
        logger.info("data folder restored", metadata: ["articles": "\(count)"])
        return count
    }

    // MARK: Writes

    /// Ingests one article from raw bytes (a POST body), decoded by the charset of
    /// `contentType` when it names one. Durable before it is visible: the article reaches the
    /// data folder before the store, and is refused if it cannot.
    public func ingest(
        _ bytes: [UInt8], contentType: String? = nil, format: DocumentFormat, metadata: DocumentMetadata
    ) throws(IngestError) -> IngestResult {
        try counted(.body) { () throws(IngestError) in
            try ingestBytes(bytes, contentType: contentType, format: format, metadata: metadata)
        }
    }

    /// `body` counted as an article of `path`: created, duplicate or failed.
    private func counted(
        _ path: IngestMetrics.Path, _ body: () throws(IngestError) -> IngestResult
    ) throws(IngestError) -> IngestResult {
        do {
            let result = try body()
            IngestMetrics.article(path, result.created ? "created" : "duplicate")
            if !result.created {
                logger.info(
                    "article already stored",
                    metadata: logMetadata(["article": "\(result.article.id)"]))
            }
            return result
        } catch {
            IngestMetrics.article(path, "failed")
            logger.info("article not ingested", metadata: logMetadata(["reason": "\(error)"]))
            throw error
        }
    }

    private func ingestBytes(
        _ bytes: [UInt8], contentType: String?, format: DocumentFormat, metadata: DocumentMetadata
    ) throws(IngestError) -> IngestResult {
        let hash = ContentHash.of(bytes)
        if let existing = store.snapshot.article(contentHash: hash) {
            return existingResult(existing)
        }
        let id = ContentHash.articleID(for: hash)
        let ingestedAt = Timestamp.rfc3339(now())
        let prepared = try prepare(
            text: TextDecoding.decode(bytes, contentType: contentType), hash: hash, format: format,
            metadata: metadata, id: id, ingestedAt: ingestedAt)
        if let dataFolder {
            do {
                try dataFolder.save(
                    StoredArticle(
                        id: id, format: format.rawValue, metadata: metadata, ingestedAt: ingestedAt,
                        contentHash: hash, raw: prepared.raw))
            } catch {
                logger.error("data folder write failed", metadata: ["article": "\(id)", "error": "\(error)"])
                IngestMetrics.dataFolderError("write")
                throw .storageFailed("\(error)")
            }
        }
        var created = true
        store.update { snapshot in
            if snapshot.article(id: id) != nil {
                created = false
                return snapshot
            }
            return book.publish([prepared.report], onto: snapshot)
        }
        if !created { return existingResult(prepared.article) }
        logger.info(
            "article ingested",
            metadata: logMetadata([
                "article": "\(id)", "agreements": "\(prepared.agreements.count)",
                "commitments": "\(prepared.commitments.count)",
            ]))
        var result = existingResult(prepared.article)
        result.created = true
        return result
    }

    /// Fetches a page with libcurl and ingests it with its URL (and whatever else is known of
    /// it, such as a feed item's title and date) as metadata.
    public func ingest(
        url: String, metadata: DocumentMetadata = DocumentMetadata()
    ) async throws(IngestError)
        -> IngestResult
    {
        let page: FetchedPage
        do {
            page = try await fetch(url)
        } catch {
            IngestMetrics.article(.url, "failed")
            logger.info(
                "article not ingested",
                metadata: logMetadata(["url": "\(url)", "reason": "\(error)"]))
            throw error
        }
        return try ingest(page: page, metadata: metadata)
    }

    /// One fetch, its failures named as ingest failures.
    public func fetch(_ url: String, conditions: FetchConditions? = nil) async throws(IngestError) -> FetchedPage {
        do {
            let page = try await fetcher.fetch(url, conditions: conditions)
            IngestMetrics.fetch(page.notModified ? "not_modified" : "ok")
            return page
        } catch {
            IngestMetrics.fetch(IngestMetrics.fetchOutcome(error))
            switch error {
            case .invalidURL, .unsupportedScheme: throw .invalidURL(error.description)
            case .forbiddenAddress: throw .addressRefused(error.description)
            case .tooLarge(let limit): throw .tooLarge(limit: limit)
            case .timeout: throw .fetchTimedOut
            case .unresolvableHost, .tooManyRedirects, .httpStatus, .transport: throw .fetchFailed(error.description)
            }
        }
    }

    /// Ingests a fetched page; its final URL is the article's.
    public func ingest(page: FetchedPage, metadata: DocumentMetadata) throws(IngestError) -> IngestResult {
        try counted(.url) { () throws(IngestError) in try ingestPage(page, metadata: metadata) }
    }

    private func ingestPage(_ page: FetchedPage, metadata: DocumentMetadata) throws(IngestError) -> IngestResult {
        let format: DocumentFormat
        if let type = page.contentType {
            guard let known = DocumentFormat(mediaType: type) else { throw .notAnArticle(mediaType: type) }
            format = known
        } else {
            format = DocumentFormat(fileExtension: (page.url as NSString).pathExtension) ?? .html
        }
        var metadata = metadata
        metadata.url = page.url
        return try ingestBytes(
            Array(page.text.utf8), contentType: "text/plain; charset=utf-8", format: format, metadata: metadata)
    }

    // MARK: Replicas

    /// Loads the articles other instances sharing the data folder have written since the
    /// last look. Cheap when nothing changed: the folder's modification time says so.
    @discardableResult
    public func pickUpDataFolder() -> Int {
        guard let dataFolder else { return 0 }
        let snapshot = store.snapshot
        let count = publish(dataFolder.loadChanges(skipping: { snapshot.article(id: $0) != nil }))
        if count > 0 { logger.info("picked up articles from the data folder", metadata: ["articles": "\(count)"]) }
        return count
    }

    /// Articles read from the data folder, re-extracted and published as one new version (none
    /// when there are none); damaged files are logged. Returns how many were published.
    private func publish(_ read: (articles: [StoredArticle], unreadable: [String])) -> Int {
        for name in read.unreadable {
            logger.error("unreadable file in the data folder", metadata: ["file": "\(name)"])
        }
        IngestMetrics.dataFolderError("read", count: read.unreadable.count)
        let batch = prepared(read.articles)
        IngestMetrics.article(.dataFolder, "created", count: batch.count)
        IngestMetrics.article(.dataFolder, "failed", count: read.articles.count - batch.count + read.unreadable.count)
        if !batch.isEmpty { store.update { book.publish(batch, onto: $0) } }
        return batch.count
    }

    /// Runs `pickUpDataFolder` every `interval` until the task is cancelled.
    public func watchDataFolder(every interval: Duration) -> Task<Void, Never> {
        Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { break }
                pickUpDataFolder()
            }
        }
    }

    // MARK: Extraction

    private struct Prepared {
        var raw: String
        var article: Article
        var agreements: [Agreement]
        var commitments: [Commitment]

        var report: Report { Report(article: article, agreements: agreements, commitments: commitments) }
    }

    /// Text → document → records, without touching the store.
    private func prepare(
        text raw: String, hash: String, format: DocumentFormat, metadata: DocumentMetadata, id: String,
        ingestedAt: String
    ) throws(IngestError) -> Prepared {
        let document = DocumentReader.read(raw, format: format, metadata: metadata, furniture: extractor.furniture)
        guard document.text.contains(where: { !$0.isWhitespace }) else { throw .emptyDocument }
        let extraction = extractor.extract(document, articleID: id)
        let article = Article(
            id: id, title: document.title, language: extraction.language, publisher: document.publisher,
            url: document.url, published: document.published, ingestedAt: ingestedAt,
            contentHash: hash, text: document.text)
        return Prepared(
            raw: raw, article: article, agreements: extraction.agreements, commitments: extraction.commitments)
    }

    /// Stored articles re-extracted; those that no longer extract are logged and left out.
    private func prepared(_ stored: [StoredArticle]) -> [Report] {
        var batch: [Report] = []
        for item in stored {
            do {
                guard let format = DocumentFormat(rawValue: item.format) else { throw IngestError.emptyDocument }
                let result = try prepare(
                    text: item.raw, hash: item.contentHash, format: format, metadata: item.metadata, id: item.id,
                    ingestedAt: item.ingestedAt)
                batch.append(result.report)
            } catch {
                logger.warning("skipping stored article", metadata: ["article": "\(item.id)", "reason": "\(error)"])
            }
        }
        return batch
    }

    /// What the store holds of an article: the merged agreements it reports, and those of
    /// their commitments it states.
    private func existingResult(_ article: Article) -> IngestResult {
        let snapshot = store.snapshot
        let agreements = book.agreementIDs(ofArticle: article.id).compactMap { snapshot.agreement(id: $0) }
        let commitments = agreements.flatMap { snapshot.commitments(ofAgreement: $0.id) }.filter {
            $0.evidences.contains { $0.articleId == article.id }
        }
        return IngestResult(
            article: snapshot.article(id: article.id) ?? article, agreements: agreements, commitments: commitments,
            created: false)
    }

    // MARK: Merged records

    /// Where a merged-away agreement or commitment id now lives (for 301s).
    public func redirect(_ id: String) -> String? { book.redirect(id) }

    /// How a merged agreement was formed: its reports, why they were joined, what each added.
    public func merged(_ id: String) -> MergedAgreement? { book.merged(id) }
}
