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
    private static let prefix = UInt64(UInt32.random(in: .min ... .max))
    private static let counter = Atomic<UInt64>(0)

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
    static func made(prefix: UInt32, number: UInt64) -> String {
        var out = OutputBuffer()
        writeMade(prefix: UInt64(prefix), number: number, into: &out)
        return String(decoding: out.unsent, as: UTF8.self)
    }

    public var description: String {
        var out = OutputBuffer()
        write(into: &out)
        return String(decoding: out.unsent, as: UTF8.self)
    }

    /// Writes the id as the response head carries it.
    func write(into out: inout OutputBuffer) {
        switch value {
        case .given(let text): out.write(text)
        case .made(let number): Self.writeMade(prefix: Self.prefix, number: number, into: &out)
        }
    }

    private static func writeMade(prefix: UInt64, number: UInt64, into out: inout OutputBuffer) {
        out.writeHex(prefix, digits: 8)
        out.write(UInt8(ascii: "-"))
        out.writeHex(number, digits: 8)
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
