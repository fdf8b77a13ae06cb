import AccordHTTP
import HTTPTypes

/// Path patterns like `/agreements/{id}` matched segment by segment, with the methods each
/// allows, so that a wrong method answers 405 with `Allow` and an unknown path 404.
struct Router<Handler: Sendable>: Sendable {
    struct Match {
        var handler: Handler
        var parameters: [String: String]
        /// The route's pattern (`/agreements/{id}`): the label metrics count requests by.
        var pattern: String
    }

    enum Outcome {
        case matched(Match)
        case methodNotAllowed(allowed: [HTTPRequest.Method])
        case notFound
    }

    private struct Route: Sendable {
        var method: HTTPRequest.Method
        var pattern: String
        var segments: [Substring]
        var handler: Handler
    }

    private var routes: [Route] = []

    mutating func add(_ method: HTTPRequest.Method, _ pattern: String, _ handler: Handler) {
        routes.append(Route(method: method, pattern: pattern, segments: Self.segments(pattern), handler: handler))
    }

    /// Every route as (method, pattern), in the order added: what the OpenAPI document must describe.
    var table: [(method: HTTPRequest.Method, pattern: String)] { routes.map { ($0.method, $0.pattern) } }

    /// HEAD is answered wherever GET is.
    func route(_ method: HTTPRequest.Method, path: String) -> Outcome {
        let segments = Self.segments(path)
        var allowed: [HTTPRequest.Method] = []
        for route in routes {
            guard let parameters = Self.bind(route.segments, to: segments) else { continue }
            if route.method == method || (method == .head && route.method == .get) {
                return .matched(Match(handler: route.handler, parameters: parameters, pattern: route.pattern))
            }
            allowed.append(route.method)
            if route.method == .get { allowed.append(.head) }
        }
        return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed + [.options])
    }

    /// The pattern of the first route whose path matches `path`, whatever its method, without
    /// binding parameters: the metrics' label for answers given without routing (cached GETs,
    /// preflights, 405s); nil when no route's path matches.
    func pattern(for path: String) -> String? {
        let segments = Self.segments(path)
        return routes.first { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { ($0.first == "{" && $0.last == "}") || $0 == $1 }
        }?.pattern
    }

    private static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    private static func bind(_ pattern: [Substring], to path: [Substring]) -> [String: String]? {
        guard pattern.count == path.count else { return nil }
        var parameters: [String: String] = [:]
        for (expected, actual) in zip(pattern, path) {
            if expected.first == "{" && expected.last == "}" {
                guard let value = actual.removingPercentEncoding else { return nil }
                parameters[String(expected.dropFirst().dropLast())] = value
            } else if expected != actual {
                return nil
            }
        }
        return parameters
    }
}

extension Substring {
    var removingPercentEncoding: String? {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            else { return nil }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
