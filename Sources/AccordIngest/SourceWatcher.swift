import AccordExtract
import AccordFetch
import Foundation
import Logging
import Synchronization

/// Polls the watched feeds and pages and ingests what is new: conditional GETs, backoff with
/// jitter on failure, one request at a time per host with a gap between them.
public final class SourceWatcher: Sendable {
    private struct Memory {
        var statuses: [SourceStatus]
        /// Per source: validators of the last good fetch, and feed links already handled.
        var conditions: [FetchConditions?]
        var seenLinks: [Set<String>]
    }

    private let ingestor: Ingestor
    private let configuration: SourceWatcherConfiguration
    private let logger: Logger
    private let gate: HostGate
    private let memory: Mutex<Memory>
    private let tasks = Mutex<[Task<Void, Never>]>([])

    public init(
        sources: [WatchedSource], ingestor: Ingestor, configuration: SourceWatcherConfiguration = .init(),
        logger: Logger
    ) {
        self.ingestor = ingestor
        self.configuration = configuration
        self.logger = logger
        self.gate = HostGate(minimumGap: configuration.minimumHostGap)
        self.memory = Mutex(
            Memory(
                statuses: sources.map { SourceStatus(source: $0) },
                conditions: Array(repeating: nil, count: sources.count),
                seenLinks: Array(repeating: [], count: sources.count)))
    }

    /// Every source's state, in the order of the configuration.
    public var statuses: [SourceStatus] { memory.withLock { $0.statuses } }

    /// Starts one polling loop per enabled source; the first poll comes right away.
    public func start() {
        let sources = memory.withLock { $0.statuses.map(\.source) }
        let started = sources.indices.filter { sources[$0].enabled }.map { index in
            Task { [self] in
                while !Task.isCancelled {
                    let wait = await poll(index)
                    setNextPoll(index, Date().addingTimeInterval(Double(wait.components.seconds)))
                    try? await Task.sleep(for: wait)
                }
            }
        }
        tasks.withLock { $0 += started }
        if !started.isEmpty { logger.info("watching sources", metadata: ["sources": "\(started.count)"]) }
    }

    /// Stops polling; transfers in flight are cancelled.
    public func stop() async {
        let running = tasks.withLock { tasks in
            defer { tasks = [] }
            return tasks
        }
        for task in running { task.cancel() }
        for task in running { await task.value }
        memory.withLock { memory in
            for index in memory.statuses.indices { memory.statuses[index].nextPoll = nil }
        }
    }

    /// One poll of one source; answers how long to wait before the next.
    @discardableResult
    func poll(_ index: Int) async -> Duration {
        let (source, conditions) = memory.withLock { ($0.statuses[index].source, $0.conditions[index]) }
        let outcome: Result<String, IngestError>
        do throws(IngestError) {
            let page = try await gate.run(Self.host(source.url)) { () async throws(IngestError) -> FetchedPage in
                try await ingestor.fetch(source.url, conditions: conditions)
            }
            if page.notModified {
                outcome = .success("not-modified")
            } else {
                switch source.kind {
                case .feed: try await ingestFeed(page, of: index, source: source)
                case .page: try ingestPage(page, of: index, source: source)
                }
                memory.withLock { $0.conditions[index] = page.conditions }
                outcome = .success("ok")
            }
        } catch {
            outcome = .failure(error)
        }
        return record(outcome, for: index, source: source)
    }

    private func ingestFeed(_ page: FetchedPage, of index: Int, source: WatchedSource) async throws(IngestError) {
        guard let feed = Feed.parse(page.text) else {
            throw .fetchFailed("\(source.url) is not an RSS or Atom feed")
        }
        let snapshot = ingestor.store.snapshot
        let seen = memory.withLock { $0.seenLinks[index] }
        let fresh = feed.items.prefix(configuration.maximumItemsPerPoll).filter {
            !seen.contains($0.link) && !snapshot.hasArticle(url: $0.link)
        }
        for item in fresh {
            if Task.isCancelled { return }
            let metadata = DocumentMetadata(title: item.title, published: item.published, publisher: source.publisher)
            do throws(IngestError) {
                let result = try await gate.run(Self.host(item.link)) { () async throws(IngestError) -> IngestResult in
                    try await ingestor.ingest(url: item.link, metadata: metadata)
                }
                remember(item.link, of: index, ingested: result.created)
            } catch {
                logger.warning(
                    "feed item not ingested",
                    metadata: ["source": "\(source.name)", "item": "\(item.link)", "error": "\(error)"])
                // Retried next poll only when another try may succeed.
                if !error.isTransient { remember(item.link, of: index, ingested: false) }
            }
        }
    }

    private func ingestPage(_ page: FetchedPage, of index: Int, source: WatchedSource) throws(IngestError) {
        let result = try ingestor.ingest(page: page, metadata: DocumentMetadata(publisher: source.publisher))
        memory.withLock { memory in
            memory.statuses[index].itemsSeen += 1
            if result.created { memory.statuses[index].itemsIngested += 1 }
        }
    }

    private func remember(_ link: String, of index: Int, ingested: Bool) {
        memory.withLock { memory in
            if memory.seenLinks[index].insert(link).inserted { memory.statuses[index].itemsSeen += 1 }
            if ingested { memory.statuses[index].itemsIngested += 1 }
        }
    }

    /// Notes the outcome and picks the next wait: the interval after success, doubling per
    /// consecutive failure up to the maximum, each moved by the jitter.
    private func record(_ outcome: Result<String, IngestError>, for index: Int, source: WatchedSource) -> Duration {
        let failures = memory.withLock { memory in
            var status = memory.statuses[index]
            status.lastFetch = Timestamp.rfc3339(Date())
            switch outcome {
            case .success(let state):
                status.lastStatus = state
                status.lastError = nil
                status.consecutiveFailures = 0
            case .failure(let error):
                status.lastStatus = "error"
                status.lastError = error.description
                status.consecutiveFailures += 1
            }
            memory.statuses[index] = status
            return status.consecutiveFailures
        }
        if case .failure(let error) = outcome {
            logger.warning(
                "source poll failed",
                metadata: ["source": "\(source.name)", "error": "\(error)"])
        }
        let backedOff = source.intervalSeconds * pow(2, Double(min(failures, 30)))
        let capped = min(backedOff, Double(configuration.maximumBackoff.components.seconds))
        let jittered = capped * (1 + Double.random(in: -configuration.jitter...configuration.jitter))
        return .milliseconds(Int(max(1, jittered) * 1000))
    }

    private func setNextPoll(_ index: Int, _ date: Date) {
        memory.withLock { $0.statuses[index].nextPoll = Timestamp.rfc3339(date) }
    }

    private static func host(_ url: String) -> String {
        URLComponents(string: url)?.host?.lowercased() ?? url
    }
}

extension IngestError {
    /// Whether the same request later may go differently (the network, the remote server).
    var isTransient: Bool {
        switch self {
        case .fetchFailed, .fetchTimedOut, .storageFailed: true
        case .emptyDocument, .invalidURL, .addressRefused, .tooLarge, .notAnArticle: false
        }
    }
}
