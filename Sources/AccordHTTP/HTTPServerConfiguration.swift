/// Every limit and timeout of the HTTP server in one place.
///
/// The defaults suit a small public JSON API; tests shrink them to provoke each limit quickly.
public struct HTTPServerConfiguration: Sendable {
    /// Address to bind: an IPv4 or IPv6 literal (`"127.0.0.1"`, `"::1"`, `"0.0.0.0"`, `"::"`) or a host name.
    public var host: String = "127.0.0.1"
    /// TCP port to listen on; 0 lets the kernel pick any free port (`start()` returns it).
    public var port: Int = 8080
    /// Longest accepted request line (method, target, version), in bytes; longer → 414.
    public var maxRequestLineBytes = 8 * 1024
    /// Largest accepted header block (request line, fields, trailers), in bytes; larger → 431.
    public var maxHeaderBytes = 32 * 1024
    /// Most header fields accepted in one request; more → 431.
    public var maxHeaderCount = 100
    /// Largest accepted request body (after chunked decoding), in bytes; larger → 413.
    public var maxBodyBytes = 1 << 20
    /// The whole header block must arrive within this time from its first byte; otherwise 408 and close.
    /// Cuts off slow-drip (slowloris) clients.
    public var headerTimeout: Duration = .seconds(10)
    /// The whole body must arrive within this time after the header block; otherwise 408 and close.
    public var bodyTimeout: Duration = .seconds(30)
    /// A keep-alive connection with no request in progress is closed silently after this time.
    /// Also bounds how long a client may leave a response unread.
    public var idleTimeout: Duration = .seconds(60)
    /// Most simultaneously open connections; further ones get a 503 and are closed at once.
    public var maxConnections = 1024
    /// When this many response bytes are still unsent, stop reading further requests from that
    /// connection until the client has drained them (slow readers cannot make the server buffer unboundedly).
    public var maxPendingWriteBytes = 4 << 20
    /// Compressible response bodies at least this large are gzipped for clients that accept it.
    public var gzipMinimumBytes = 1024
    /// `shutdown()` waits this long for in-flight requests before closing connections forcibly.
    public var shutdownGracePeriod: Duration = .seconds(10)
    /// After EMFILE/ENFILE/ENOBUFS/ENOMEM from accept, stop accepting for this long (accepting again
    /// at once would only spin).
    public var acceptBackoff: Duration = .milliseconds(100)
    /// Event loop threads, each owning its share of the connections; 0 picks
    /// `defaultEventLoops(cpus:)`; more than 64 counts as 64.
    public var eventLoops = 0
    /// Length of the kernel's queue of connections not yet accepted.
    public var listenBacklog: Int32 = 512

    public init() {}

    /// One loop per CPU the process may use (its affinity and its cgroup's quota), less one, and
    /// at least one, at most 8. The CPU left over runs the handler pool (uncached answers, writes,
    /// ingest) and whatever else shares the machine: when loops take every CPU, a loop that loses
    /// its CPU to another busy thread leaves its connections waiting for a whole time slice. On 2
    /// CPUs shared with a load generator, one loop kept p99 at 64 connections at 3.8–4.3 ms
    /// where two had 5.8–6.9 ms, with every throughput goal still met (BENCHMARKS.md). Under
    /// `taskset -c 0` a second loop would only take turns with the first.
    public static func defaultEventLoops(cpus: Int) -> Int {
        max(1, min(cpus - 1, 8))
    }
}

extension Duration {
    /// Whole nanoseconds, saturating; used for Dispatch deadlines.
    var nanoseconds: UInt64 {
        let parts = components
        if parts.seconds < 0 { return 0 }
        let (whole, overflow) = UInt64(parts.seconds).multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return .max }
        return whole &+ UInt64(parts.attoseconds / 1_000_000_000)
    }
}
