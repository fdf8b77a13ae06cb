import HTTPTypes
import Synchronization

/// The id of a request, for matching the server's log lines with what a client or a proxy saw:
/// the client's own `X-Request-ID` when it sends a sane one (a proxy in front usually does),
/// else one made here. Either way the response's `X-Request-ID` carries it. The server makes
/// it, not the application, so that a made id stays a number until it is written: a string and
/// a header field for every answer were a large part of a cached answer's cost (BENCHMARKS.md).
public struct HTTPRequestID: Sendable, Hashable, CustomStringConvertible {
    private enum Value: Hashable {
        case given(String)
        case made(UInt64)
    }

    private let value: Value

    /// Random per process, so that replicas behind one load balancer do not hand out the same ids.
    private static let prefix: [UInt8] = {
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        return Array((String(repeating: "0", count: 8 - random.count) + random).utf8)
    }()
    private static let counter = Atomic<UInt64>(0)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The id for a request carrying `given` (its `X-Request-ID`, if any): that, when it is
    /// acceptable, else a new one.
    init(given: String?) {
        if let given, Self.isAcceptable(given) {
            value = .given(given)
        } else {
            value = .made(Self.counter.add(1, ordering: .relaxed).newValue)
        }
    }

    /// A made id: `prefix-` and the number in lowercase hex, at least 8 digits.
    static func made(prefix: String, number: UInt64) -> String {
        var bytes: [UInt8] = []
        appendMade(prefix: Array(prefix.utf8), number: number, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public var description: String {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the id as the response head carries it.
    func append(to out: inout [UInt8]) {
        switch value {
        case .given(let text): out.append(contentsOf: text.utf8)
        case .made(let number): Self.appendMade(prefix: Self.prefix, number: number, to: &out)
        }
    }

    private static func appendMade(prefix: [UInt8], number: UInt64, to out: inout [UInt8]) {
        out.append(contentsOf: prefix)
        out.append(UInt8(ascii: "-"))
        let digits = max(8, (64 - number.leadingZeroBitCount + 3) / 4)
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            out.append(hexDigits[Int(number >> UInt64(shift) & 0xF)])
        }
    }

    /// 1 to 128 letters, digits and `-._:`; anything else (a log-injection attempt, a huge
    /// header, several ids joined) is replaced by an id of our own.
    static func isAcceptable(_ value: String) -> Bool {
        (1...128).contains(value.utf8.count)
            && value.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                    UInt8(ascii: ":"):
                    true
                default: false
                }
            }
    }
}

extension HTTPField.Name {
    /// The id of a request (`HTTPRequestID`): the server writes it on every response, and the
    /// access log line carries it.
    public static let xRequestID = HTTPField.Name("X-Request-ID")!
}
