// Extraction throughput on one core: every article of the given folders, read and
// extracted again and again on this thread for a few seconds.
//
//   swift run -c release ExtractionBenchmark [--seconds S] [FOLDER…]
//
// Prints articles per second, bytes per second and the peak resident memory.
import AccordExtract
import Foundation

struct Sample {
    var name: String
    var raw: String
    var format: DocumentFormat
    var metadata: DocumentMetadata
}

func samples(in folders: [URL]) -> [Sample] {
    folders.flatMap { folder -> [Sample] in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard !name.hasSuffix(".meta.json"), let format = DocumentFormat(fileExtension: url.pathExtension),
                let raw = try? String(contentsOf: url, encoding: .utf8)
            else { return nil }
            let sidecar = url.deletingPathExtension().appendingPathExtension("meta.json")
            let metadata =
                (try? Data(contentsOf: sidecar)).flatMap { try? JSONDecoder().decode(DocumentMetadata.self, from: $0) }
                ?? DocumentMetadata()
            return Sample(name: name, raw: raw, format: format, metadata: metadata)
        }
    }
}

/// Peak resident set size of this process, from /proc (Linux).
func peakResidentKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
var arguments = Array(CommandLine.arguments.dropFirst())
var seconds = 3.0
if let i = arguments.firstIndex(of: "--seconds"), i + 1 < arguments.count, let value = Double(arguments[i + 1]) {
    seconds = value
    arguments.removeSubrange(i...(i + 1))
}
let folders =
    arguments.isEmpty
    ? [
        repository.appendingPathComponent("Tests/AccordExtractTests/Fixtures"),
        repository.appendingPathComponent("Tests/AccordExtractTests/Fixtures/corpus"),
        repository.appendingPathComponent("seeds"),
    ]
    : arguments.map { URL(fileURLWithPath: $0, isDirectory: true) }
let articles = samples(in: folders)
guard !articles.isEmpty else {
    FileHandle.standardError.write(Data("no articles in \(folders.map(\.path))\n".utf8))
    exit(1)
}
let knowledge = try Knowledge.load(from: repository.appendingPathComponent("Config"))
let extractor = Extractor(knowledge: knowledge)
let bytesPerRound = articles.reduce(0) { $0 + $1.raw.utf8.count }

// One warm-up round, then rounds until the time is up.
/// Records found, returned so the work cannot be optimised away.
func round(_ articles: [Sample], _ extractor: Extractor) -> Int {
    var records = 0
    for sample in articles {
        let document = DocumentReader.read(sample.raw, format: sample.format, metadata: sample.metadata)
        let extraction = extractor.extract(document, articleID: sample.name)
        records &+= extraction.agreements.count + extraction.commitments.count
    }
    return records
}
var records = round(articles, extractor)
let clock = ContinuousClock()
let start = clock.now
var rounds = 0
while clock.now - start < .seconds(seconds) {
    records &+= round(articles, extractor)
    rounds += 1
}
let elapsed = clock.now - start
let elapsedSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let perSecond = Double(rounds * articles.count) / elapsedSeconds
let averageKB = Double(bytesPerRound) / Double(articles.count) / 1024
print(
    String(
        format: "extraction: %d articles (average %.1f KB), %.0f articles/s on one thread, %.1f MB/s",
        articles.count, averageKB, perSecond, Double(rounds * bytesPerRound) / elapsedSeconds / 1_048_576))
print("records per round: \(records / (rounds + 1))")
if let peak = peakResidentKiB() { print(String(format: "peak resident memory: %.1f MiB", Double(peak) / 1024)) }
