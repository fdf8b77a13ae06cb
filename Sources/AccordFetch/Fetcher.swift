import CCurlShim
import Dispatch
import Logging
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fetches public http(s) URLs with libcurl, guarding against SSRF:
///
/// - URLs are parsed with libcurl's own parser; only http/https, no credentials, no zone ids.
/// - The host is resolved here with getaddrinfo and every address must be public (see `AddressPolicy`)
///   unless `allowPrivateAddresses`; the vetted addresses are pinned with CURLOPT_RESOLVE, and an
///   open-socket hook refuses any connection to an address that was not vetted (DNS rebinding, proxies…).
/// - Redirects are followed here, not by libcurl, and each hop is vetted the same way.
/// - Body size, connect and total time are capped.
public final class Fetcher: Sendable {
    public let configuration: FetchConfiguration
    private let isAddressAllowed: @Sendable (String) -> Bool
    private let globalInit: CURLcode
    private static let logger = Logger(label: "accord.fetch")

    public convenience init(configuration: FetchConfiguration = FetchConfiguration()) {
        let allowPrivate = configuration.allowPrivateAddresses
        self.init(
            configuration: configuration,
            addressPolicy: { AddressPolicy.isAllowed($0, allowPrivate: allowPrivate) })
    }

    /// For tests: a custom predicate deciding which resolved addresses may be connected to.
    init(configuration: FetchConfiguration, addressPolicy: @escaping @Sendable (String) -> Bool) {
        self.configuration = configuration
        self.isAddressAllowed = addressPolicy
        self.globalInit = accord_curl_global_init_once()
    }

    /// Fetches `url`, following up to `maxRedirects` redirects, and returns the final 2xx response.
    ///
    /// Runs the blocking libcurl transfer on a Dispatch queue (never on the Swift cooperative pool),
    /// bridged with a continuation. Task cancellation aborts the transfer (`FetchError.transport("cancelled")`).
    /// With `conditions`, an unchanged page answers 304 and comes back with `notModified` set
    /// and an empty body.
    public func fetch(_ url: String, conditions: FetchConditions? = nil) async throws(FetchError) -> FetchedPage {
        let cancellation = CancellationFlag()
        let result: Result<FetchedPage, FetchError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                // A fresh serial queue targets an overcommitting root queue: a blocked transfer never
                // starves other Dispatch work, and concurrency is bounded by the callers.
                DispatchQueue(label: "accord.fetch.transfer", qos: .utility).async {
                    continuation.resume(
                        returning: self.fetchBlocking(url, conditions: conditions, cancellation: cancellation))
                }
            }
        } onCancel: {
            cancellation.cancel()
        }
        return try result.get()
    }

    /// The whole fetch, synchronously on the calling thread.
    func fetchBlocking(
        _ url: String, conditions: FetchConditions? = nil, cancellation: CancellationFlag = CancellationFlag()
    ) -> FetchResult {
        Result { () throws(FetchError) -> FetchedPage in
            guard globalInit == CURLE_OK else { throw .transport("curl_global_init failed") }
            let deadline = ContinuousClock.now.advanced(by: configuration.totalTimeout)
            var current = url
            var redirects = 0
            while true {
                if cancellation.isCancelled { throw .transport("cancelled") }
                let target = try FetchTarget.parse(current)
                let addresses = try vet(target)
                let remaining = deadline - ContinuousClock.now
                guard remaining > .zero else { throw .timeout }
                let response = try transfer(
                    target, addresses: addresses, conditions: conditions, timeout: remaining,
                    cancellation: cancellation)
                if (300...399).contains(response.status), let location = response.redirectURL {
                    redirects += 1
                    guard redirects <= configuration.maxRedirects else { throw .tooManyRedirects }
                    Self.logger.debug(
                        "redirect", metadata: ["from": "\(response.effectiveURL)", "to": "\(location)"])
                    current = location
                    continue
                }
                let notModified = response.status == 304 && conditions != nil
                guard (200...299).contains(response.status) || notModified else {
                    throw .httpStatus(response.status)
                }
                let mediaType = response.contentType.flatMap { TextDecoding.parseContentType($0).mediaType }
                var page = FetchedPage(
                    url: response.effectiveURL, status: response.status, contentType: mediaType,
                    body: notModified ? [] : response.body,
                    text: notModified ? "" : TextDecoding.decode(response.body, contentType: response.contentType))
                page.conditions = response.validators
                return page
            }
        }
    }

    /// Resolves the target's host and checks every address against the policy.
    private func vet(_ target: FetchTarget) throws(FetchError) -> [String] {
        let addresses = try target.resolve()
        for address in addresses where !isAddressAllowed(address) {
            Self.logger.debug(
                "refusing non-public address", metadata: ["host": "\(target.host)", "address": "\(address)"])
            throw .forbiddenAddress(host: target.host, address: address)
        }
        return addresses
    }

    private struct HopResponse {
        var status: Int
        var contentType: String?
        var effectiveURL: String
        var redirectURL: String?
        var validators: FetchConditions
        var body: [UInt8]
    }

    private func transfer(
        _ target: FetchTarget, addresses: [String], conditions: FetchConditions?, timeout: Duration,
        cancellation: CancellationFlag
    ) throws(FetchError) -> HopResponse {
        guard let handle = curl_easy_init() else { throw .transport("curl_easy_init failed") }
        defer { curl_easy_cleanup(handle) }

        let box = TransferBox(maxBytes: configuration.maxBytes, allowed: Set(addresses), cancellation: cancellation)
        let unmanagedBox = Unmanaged.passRetained(box)
        defer { unmanagedBox.release() }
        let context = unmanagedBox.toOpaque()

        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }

        let addressGuard = UnsafeMutablePointer<accord_curl_address_guard>.allocate(capacity: 1)
        addressGuard.initialize(to: accord_curl_address_guard(check: transferAddressCheck, context: context))
        defer {
            addressGuard.deinitialize(count: 1)
            addressGuard.deallocate()
        }

        var resolveList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(resolveList) }
        if !target.isIPLiteral {
            let pinned = addresses.map { $0.contains(":") ? "[\($0)]" : $0 }.joined(separator: ",")
            resolveList = curl_slist_append(resolveList, "\(target.host):\(target.port):\(pinned)")
        }
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }
        headerList = curl_slist_append(
            headerList,
            "Accept: text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
        )
        for (name, value) in [("If-None-Match", conditions?.etag), ("If-Modified-Since", conditions?.lastModified)] {
            // A validator is echoed from a response header; one with a line break would inject headers.
            if let value, !value.contains(where: \.isNewline) {
                headerList = curl_slist_append(headerList, "\(name): \(value)")
            }
        }

        var setup = CURLE_OK
        func set(_ code: CURLcode) { if setup == CURLE_OK { setup = code } }
        set(accord_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
        set(accord_curl_setopt_string(handle, CURLOPT_URL, target.url))
        set(accord_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"))
        set(accord_curl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"))
        set(accord_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0))
        set(accord_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
        set(accord_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(configuration.connectTimeout)))
        set(accord_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout)))
        set(accord_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""))
        set(accord_curl_setopt_string(handle, CURLOPT_USERAGENT, configuration.userAgent))
        // Never go through a proxy from the environment: the connection must go to the vetted address.
        set(accord_curl_setopt_string(handle, CURLOPT_PROXY, ""))
        set(accord_curl_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(configuration.maxBytes)))
        set(accord_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList))
        if resolveList != nil { set(accord_curl_setopt_slist(handle, CURLOPT_RESOLVE, resolveList)) }
        set(accord_curl_setopt_address_guard(handle, addressGuard))
        set(accord_curl_setopt_write_function(handle, transferWrite, context))
        set(accord_curl_setopt_xferinfo_function(handle, transferProgress, context))
        guard setup == CURLE_OK else { throw .transport(Self.message(setup, errorBuffer)) }

        let code = curl_easy_perform(handle)
        if code != CURLE_OK {
            if box.exceeded || code == CURLE_FILESIZE_EXCEEDED { throw .tooLarge(limit: configuration.maxBytes) }
            if let refused = box.refusedAddress { throw .forbiddenAddress(host: target.host, address: refused) }
            if code == CURLE_OPERATION_TIMEDOUT { throw .timeout }
            if code == CURLE_ABORTED_BY_CALLBACK, cancellation.isCancelled { throw .transport("cancelled") }
            if code == CURLE_COULDNT_RESOLVE_HOST { throw .unresolvableHost(target.host) }
            throw .transport(Self.message(code, errorBuffer))
        }

        var status = 0
        _ = accord_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HopResponse(
            status: status,
            contentType: Self.stringInfo(handle, CURLINFO_CONTENT_TYPE),
            effectiveURL: Self.stringInfo(handle, CURLINFO_EFFECTIVE_URL) ?? target.url,
            redirectURL: Self.stringInfo(handle, CURLINFO_REDIRECT_URL),
            validators: FetchConditions(
                etag: Self.header(handle, "ETag"), lastModified: Self.header(handle, "Last-Modified")),
            body: box.body)
    }

    /// The last value of a response header of the last request, if it came.
    private static func header(_ handle: UnsafeMutableRawPointer, _ name: String) -> String? {
        var header: UnsafeMutablePointer<curl_header>?
        guard curl_easy_header(handle, name, 0, UInt32(CURLH_HEADER), -1, &header) == CURLHE_OK,
            let value = header?.pointee.value
        else { return nil }
        return String(cString: value)
    }

    private static func stringInfo(_ handle: UnsafeMutableRawPointer, _ info: CURLINFO) -> String? {
        var value: UnsafePointer<CChar>?
        guard accord_curl_getinfo_string(handle, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    private static func message(_ code: CURLcode, _ errorBuffer: UnsafeMutablePointer<CChar>) -> String {
        let detail = String(cString: errorBuffer)
        if !detail.isEmpty { return detail }
        return String(cString: curl_easy_strerror(code))
    }

    /// Milliseconds for libcurl, at least 1 (0 would mean "no timeout").
    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        let total = seconds.multipliedReportingOverflow(by: 1000)
        guard !total.overflow else { return Int.max }
        return max(1, Int(clamping: total.partialValue + attoseconds / 1_000_000_000_000_000))
    }
}

typealias FetchResult = Result<FetchedPage, FetchError>

/// Set from any thread when the awaiting task is cancelled; polled by the transfer.
final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    var isCancelled: Bool { flag.load(ordering: .relaxed) }
    func cancel() { flag.store(true, ordering: .relaxed) }
}

/// State shared with libcurl's C callbacks for one transfer. Only touched by the thread running
/// `curl_easy_perform` (callbacks run synchronously inside it) and by that thread afterwards.
final class TransferBox {
    let maxBytes: Int
    let allowed: Set<String>
    let cancellation: CancellationFlag
    var body: [UInt8] = []
    var exceeded = false
    var refusedAddress: String?

    init(maxBytes: Int, allowed: Set<String>, cancellation: CancellationFlag) {
        self.maxBytes = maxBytes
        self.allowed = allowed
        self.cancellation = cancellation
    }
}

/// CURLOPT_WRITEFUNCTION: append, or abort (by returning a short count) once the cap is exceeded.
private let transferWrite: accord_curl_write_callback = { data, size, count, context in
    guard let context else { return 0 }
    let box = Unmanaged<TransferBox>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    guard box.body.count + length <= box.maxBytes else {
        box.exceeded = true
        return 0
    }
    if let data, length > 0 {
        box.body.append(contentsOf: UnsafeRawBufferPointer(start: UnsafeRawPointer(data), count: length))
    }
    return length
}

/// CURLOPT_XFERINFOFUNCTION: non-zero aborts the transfer (cancellation).
private let transferProgress: accord_curl_xferinfo_callback = { context, _, _, _, _ in
    guard let context else { return 1 }
    let box = Unmanaged<TransferBox>.fromOpaque(context).takeUnretainedValue()
    return box.cancellation.isCancelled ? 1 : 0
}

/// Open-socket hook: only addresses vetted for this hop may be connected to.
private let transferAddressCheck: accord_curl_address_check = { context, address in
    guard let context, let address else { return 0 }
    let box = Unmanaged<TransferBox>.fromOpaque(context).takeUnretainedValue()
    let text = String(cString: address)
    if box.allowed.contains(text) { return 1 }
    box.refusedAddress = text
    return 0
}
