// Hummingbird 2 serving, for each request target, the bytes Accord served (captured by
// `scripts/bench http`).   HummingbirdPeer PORT CAPTURE_DIR
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PeerCaptures

let arguments = CommandLine.arguments
guard arguments.count == 3, let port = Int(arguments[1]) else {
    FileHandle.standardError.write("usage: HummingbirdPeer PORT CAPTURE_DIR\n".data(using: .utf8)!)
    exit(2)
}

/// A captured response turned into Hummingbird's types once, at start.
struct Prepared: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer
    var etag: String?

    init(_ captured: CapturedResponse) {
        status = HTTPResponse.Status(code: captured.status, reasonPhrase: captured.reason)
        headers = HTTPFields()
        for (name, value) in captured.headers {
            if let field = HTTPField.Name(name) { headers.append(HTTPField(name: field, value: value)) }
        }
        body = ByteBuffer(bytes: captured.body)
        etag = captured.etag
    }

    var response: Response { Response(status: status, headers: headers, body: .init(byteBuffer: body)) }
}

let captures = try Captures(directory: arguments[2])
let prepared = captures.responses.mapValues { $0.mapValues(Prepared.init) }

let router = Router()
for path in captures.paths.sorted() {
    router.get(RouterPath(path)) { request, _ -> Response in
        let target = request.head.path ?? path
        guard let variants = prepared[target] else { return Response(status: .notFound) }
        let acceptsGzip = request.headers[.acceptEncoding]?.contains("gzip") ?? false
        guard let chosen = (acceptsGzip ? variants["gzip"] : nil) ?? variants["identity"] else {
            return Response(status: .notFound)
        }
        if let etag = chosen.etag, request.headers[.ifNoneMatch] == etag, let notModified = variants["notmodified"] {
            return notModified.response
        }
        return chosen.response
    }
}

var logger = Logger(label: "HummingbirdPeer")
logger.logLevel = .warning
let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: port), backlog: 4096),
    logger: logger)
try await app.runService()
