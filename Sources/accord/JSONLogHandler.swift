import Foundation
import Logging
import Synchronization

/// One JSON object per line on standard error (`ACCORD_LOG_FORMAT=json`), for log collectors:
/// `time`, `level`, `logger`, `message`, then the metadata's keys (`request_id`, `route`, …).
struct JSONLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    private let label: String
    private static let output = Mutex(())

    init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            fields[key] = "\(value)"
        }
        var line = "{"
        Self.member(&line, "time", Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(Date()))
        Self.member(&line, "level", event.level.rawValue)
        Self.member(&line, "logger", label)
        Self.member(&line, "message", "\(event.message)")
        for key in fields.keys.sorted() where !["time", "level", "logger", "message"].contains(key) {
            Self.member(&line, key, fields[key]!)
        }
        line += "}\n"
        Self.output.withLock { _ in
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    private static func member(_ line: inout String, _ key: String, _ value: String) {
        if line.count > 1 { line += "," }
        line += quoted(key) + ":" + quoted(value)
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
