import CZlib

/// gzip (RFC 1952) compression with zlib, and the `Accept-Encoding` check that decides when to use it.
public enum Gzip {
    /// windowBits 15 plus 16 selects the gzip wrapper instead of zlib's.
    private static let gzipWindowBits: Int32 = 15 + 16

    /// The bytes as one gzip member, or nil if zlib fails.
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8]? {
        var stream = z_stream()
        let initStatus = deflateInit2_(
            &stream, level, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { return nil }
        defer { deflateEnd(&stream) }

        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
        let status = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// The inflated bytes, or nil if the input is not valid gzip or would inflate beyond `limit`
    /// (a guard against decompression bombs).
    public static func decompress(_ bytes: [UInt8], limit: Int = 64 << 20) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, gzipWindowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return nil }
        defer { inflateEnd(&stream) }

        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        return bytes.withUnsafeBufferPointer { input -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit { return nil }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END: return output
                case Z_OK: continue
                case Z_BUF_ERROR where produced > 0: continue
                default: return nil  // corrupt data, or truncated input (Z_BUF_ERROR with no progress)
                }
            }
        }
    }

    /// Whether an `Accept-Encoding` value allows gzip (RFC 9110 12.5.3): an explicit `gzip`/`x-gzip`
    /// with q > 0, or else `*` with q > 0. Absent header or `identity` alone → no.
    public static func acceptsGzip(_ acceptEncoding: String?) -> Bool {
        guard let acceptEncoding else { return false }
        var gzipQuality: Double?
        var wildcardQuality: Double?
        // Walks the bytes: asked on every request for a cached answer, so it makes no strings.
        var rest = Substring(acceptEncoding).utf8[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: UInt8(ascii: ",")) ?? rest.endIndex
            let element = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
            let semicolon = element.firstIndex(of: UInt8(ascii: ";")) ?? element.endIndex
            let coding = HTTPSyntax.trimmed(element[..<semicolon])
            var quality = 1.0
            var parameters = element[semicolon...].dropFirst()
            while !parameters.isEmpty {
                let next = parameters.firstIndex(of: UInt8(ascii: ";")) ?? parameters.endIndex
                let parameter = parameters[..<next]
                parameters =
                    next == parameters.endIndex ? parameters[next...] : parameters[parameters.index(after: next)...]
                guard let equals = parameter.firstIndex(of: UInt8(ascii: "=")),
                    HTTPSyntax.equalsIgnoringCase(HTTPSyntax.trimmed(parameter[..<equals]), "q")
                else { continue }
                let value = HTTPSyntax.trimmed(parameter[parameter.index(after: equals)...])
                quality = Double(Substring(value)) ?? 0
            }
            if HTTPSyntax.equalsIgnoringCase(coding, "gzip") || HTTPSyntax.equalsIgnoringCase(coding, "x-gzip") {
                gzipQuality = max(gzipQuality ?? 0, quality)
            } else if coding.elementsEqual("*".utf8) {
                wildcardQuality = quality
            }
        }
        return (gzipQuality ?? wildcardQuality ?? 0) > 0
    }
}
