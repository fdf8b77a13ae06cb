/// Bytes waiting to be sent on a connection: the encoder writes responses into it and the
/// connection sends from its front. Its own memory rather than an `[UInt8]`: a response head is
/// a dozen writes, and each append to an array checked that the array was unique and retained and
/// released what it copied, a large share of a cached answer's remaining cost (BENCHMARKS.md).
struct OutputBuffer: ~Copyable {
    private var base: UnsafeMutableRawPointer?
    private var capacity = 0
    /// Bytes written, counted from `base`.
    private var end = 0
    /// Bytes of them already sent.
    private var start = 0

    init() {}

    deinit { base?.deallocate() }

    /// Bytes written and not yet sent.
    var count: Int { end - start }

    /// The bytes written and not yet sent; valid until the next write.
    var unsent: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base.map { $0 + start }, count: end - start)
    }

    /// A copy of the unsent bytes.
    var bytes: [UInt8] { Array(unsent) }

    /// Makes room for `extra` more bytes, so that the writes that follow need not grow it one by one.
    mutating func reserve(_ extra: Int) {
        if end + extra > capacity { grow(toHold: extra) }
    }

    /// Moves the unsent bytes to new memory large enough for `extra` more; what was sent is left behind.
    private mutating func grow(toHold extra: Int) {
        let unsentCount = end - start
        let newCapacity = max(unsentCount + extra, 2 * capacity, 256)
        let newBase = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        if let base, unsentCount > 0 { newBase.copyMemory(from: base + start, byteCount: unsentCount) }
        base?.deallocate()
        base = newBase
        capacity = newCapacity
        start = 0
        end = unsentCount
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base! + end).copyMemory(from: source, byteCount: bytes.count)
        end += bytes.count
    }

    mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    mutating func write(_ text: StaticString) {
        write(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    mutating func write(_ byte: UInt8) {
        reserve(1)
        base!.storeBytes(of: byte, toByteOffset: end, as: UInt8.self)
        end += 1
    }

    /// A non-negative integer in decimal, without building a String.
    mutating func writeDecimal(_ value: Int) {
        writeDigits(UInt64(value), radix: 10, minimumCount: 1)
    }

    /// `value` in lowercase hexadecimal, at least `digits` digits.
    mutating func writeHex(_ value: UInt64, digits: Int = 1) {
        writeDigits(value, radix: 16, minimumCount: digits)
    }

    /// `value`'s digits (lowercase letters past 9), zero-padded to `minimumCount`, written from
    /// the last into room reserved once.
    @inline(__always)  // so that each caller divides by a constant radix (shifts for 16)
    private mutating func writeDigits(_ value: UInt64, radix: UInt64, minimumCount: Int) {
        var count = 1
        var rest = value / radix
        while rest > 0 {
            count += 1
            rest /= radix
        }
        count = max(count, minimumCount)
        reserve(count)
        var remaining = value
        for index in (0..<count).reversed() {
            let digit = UInt8(truncatingIfNeeded: remaining % radix)
            let byte = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            base!.storeBytes(of: byte, toByteOffset: end + index, as: UInt8.self)
            remaining /= radix
        }
        end += count
    }

    /// Notes that the first `count` unsent bytes went out. Once all have, the buffer is emptied
    /// in place, its memory kept for the next response unless it grew beyond `keptCapacity`.
    mutating func removeSent(_ count: Int, keepingCapacityUpTo keptCapacity: Int) {
        start += count
        guard start == end else { return }
        start = 0
        end = 0
        if capacity > keptCapacity {
            base?.deallocate()
            base = nil
            capacity = 0
        }
    }
}
