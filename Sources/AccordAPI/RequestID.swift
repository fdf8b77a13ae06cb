import AccordHTTP
import HTTPTypes
import Synchronization

/// The id of a request, for matching its log line with what a client or a proxy saw: the
/// client's own `X-Request-ID` when it sends a sane one (a proxy in front usually does), else
/// one made here. Either way it is returned in the response's `X-Request-ID`.
final class RequestIDs: Sendable {
    /// Random per process, so that replicas behind one load balancer do not hand out the same ids.
    private let prefix: String
    private let counter = Atomic<UInt64>(0)

    init() {
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        prefix = String(repeating: "0", count: 8 - random.count) + random
    }

    func id(for request: HTTPServerRequest) -> String {
        if let given = request.headerFields[.xRequestID], Self.isAcceptable(given) { return given }
        let next = String(counter.add(1, ordering: .relaxed).newValue, radix: 16)
        return prefix + "-" + String(repeating: "0", count: max(0, 8 - next.count)) + next
    }

    /// 1 to 128 letters, digits and `-._:`; anything else (a log-injection attempt, a huge
    /// header) is replaced by an id of our own.
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
