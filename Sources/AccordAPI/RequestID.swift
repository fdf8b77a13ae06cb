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
        if let given = request.headerValue(.xRequestID), Self.isAcceptable(given) { return given }
        return Self.format(prefix: prefix, number: counter.add(1, ordering: .relaxed).newValue)
    }

    /// `prefix-` and the number in lowercase hex, at least 8 digits. Written as bytes: this runs
    /// for every request, and string building showed in profiles.
    static func format(prefix: String, number: UInt64) -> String {
        let digits = max(8, (64 - number.leadingZeroBitCount + 3) / 4)
        return String(unsafeUninitializedCapacity: prefix.utf8.count + 1 + digits) { buffer in
            var index = 0
            for byte in prefix.utf8 {
                buffer[index] = byte
                index += 1
            }
            buffer[index] = UInt8(ascii: "-")
            for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                index += 1
                buffer[index] = Self.hexDigits[Int(number >> UInt64(shift) & 0xF)]
            }
            return index + 1
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

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
