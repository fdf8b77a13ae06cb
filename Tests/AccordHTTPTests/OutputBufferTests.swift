import Testing

@testable import AccordHTTP

/// The connection's buffer of unsent bytes: what is written comes out in order, however it was
/// sent in pieces and however the buffer grew meanwhile.
struct OutputBufferTests {
    private func text(_ buffer: borrowing OutputBuffer) -> String {
        String(decoding: buffer.unsent, as: UTF8.self)
    }

    @Test func writesComeOutInOrder() {
        var buffer = OutputBuffer()
        #expect(buffer.count == 0 && buffer.unsent.isEmpty)
        buffer.write("Static ")
        buffer.write(String(repeating: "é", count: 2))
        buffer.write(UInt8(ascii: " "))
        buffer.write(Array("array".utf8))
        buffer.write([])
        #expect(text(buffer) == "Static éé array")
        #expect(buffer.count == "Static éé array".utf8.count)
    }

    @Test func numbers() {
        var buffer = OutputBuffer()
        for value in [0, 9, 10, 99, 100, 120_345, Int.max] {
            buffer.writeDecimal(value)
            buffer.write(",")
        }
        #expect(text(buffer) == "0,9,10,99,100,120345,\(Int.max),")
        var hex = OutputBuffer()
        hex.writeHex(0)
        hex.write(",")
        hex.writeHex(0x2a, digits: 8)
        hex.write(",")
        hex.writeHex(0x1_2345_6789, digits: 8)
        hex.write(",")
        hex.writeHex(.max)
        #expect(text(hex) == "0,0000002a,123456789,ffffffffffffffff")
    }

    @Test func growingKeepsWhatIsUnsentAndDropsWhatWasSent() {
        var buffer = OutputBuffer()
        let first = (0..<300).map { UInt8(truncatingIfNeeded: $0) }
        buffer.write(first)
        buffer.removeSent(100, keepingCapacityUpTo: .max)
        #expect(Array(buffer.unsent) == Array(first[100...]))
        // More than the buffer holds: it grows, moving only the 200 unsent bytes.
        let second = [UInt8](repeating: 7, count: 5_000)
        buffer.write(second)
        #expect(buffer.count == 5_200)
        #expect(Array(buffer.unsent) == Array(first[100...]) + second)
        buffer.removeSent(5_199, keepingCapacityUpTo: .max)
        #expect(Array(buffer.unsent) == [7])
    }

    @Test func sendingEverythingEmptiesItForReuse() {
        var buffer = OutputBuffer()
        buffer.write("one")
        buffer.removeSent(3, keepingCapacityUpTo: .max)
        #expect(buffer.count == 0)
        buffer.write("two")
        #expect(text(buffer) == "two")
        // Memory beyond the kept size is let go once all is sent; the buffer still works after.
        buffer.write([UInt8](repeating: 1, count: 10_000))
        buffer.removeSent(buffer.count, keepingCapacityUpTo: 1_024)
        #expect(buffer.count == 0)
        buffer.write("three")
        #expect(text(buffer) == "three")
    }
}
