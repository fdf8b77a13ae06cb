import Testing

@testable import AccordFetch

@Suite struct TextDecodingTests {
    @Test func utf8() {
        let text = "Perjanjian ditandatangani — Rp 5 triliun, café"
        #expect(TextDecoding.decode(Array(text.utf8), contentType: "text/plain; charset=utf-8") == text)
        #expect(TextDecoding.decode(Array(text.utf8), contentType: nil) == text)
        #expect(TextDecoding.decode(Array(text.utf8), contentType: "text/html") == text)
    }

    @Test func byteOrderMarksAreStripped() {
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("héllo".utf8), contentType: nil) == "héllo")
        // The BOM wins over a wrong declaration.
        #expect(
            TextDecoding.decode(
                [0xEF, 0xBB, 0xBF] + Array("héllo".utf8), contentType: "text/plain; charset=iso-8859-1")
                == "héllo")
        #expect(TextDecoding.decode([0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00], contentType: nil) == "hé")
        #expect(TextDecoding.decode([0xFE, 0xFF, 0x00, 0x68, 0x00, 0xE9], contentType: nil) == "hé")
    }

    @Test func undeclaredInvalidUTF8FallsBackToWindows1252() {
        // "“Café” – 5€" in Windows-1252.
        let bytes: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80]
        #expect(TextDecoding.decode(bytes, contentType: nil) == "“Café” – 5€")
        #expect(TextDecoding.decode(bytes, contentType: "text/plain") == "“Café” – 5€")
    }

    @Test func declaredLatin1() {
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0xFC, 0x62, 0x65, 0x72]
        #expect(TextDecoding.decode(bytes, contentType: "text/html; charset=ISO-8859-1") == "café über")
        #expect(TextDecoding.decode(bytes, contentType: "text/plain;charset=\"latin1\"") == "café über")
        // The header wins over a meta tag.
        let html = Array("<meta charset=\"utf-8\">".utf8) + bytes
        #expect(TextDecoding.decode(html, contentType: "text/html; charset=iso-8859-1").hasSuffix("café über"))
    }

    @Test func metaCharsetInHTML() {
        let latin1Body: [UInt8] = [0x53, 0xE9, 0x6E, 0x61, 0x74]
        let page1 = Array("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>".utf8) + latin1Body
        #expect(TextDecoding.decode(page1, contentType: "text/html").hasSuffix("<title>Sénat"))
        let page2 =
            Array("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">".utf8)
            + latin1Body
        #expect(TextDecoding.decode(page2, contentType: nil).hasSuffix("Sénat"))
        // UTF-8 declared by meta, body valid UTF-8.
        let page3 = Array("<head><meta charset='utf-8'></head>Sénat".utf8)
        #expect(TextDecoding.decode(page3, contentType: "text/html; foo=bar").hasSuffix("Sénat"))
        // Meta tags are ignored for non-HTML types.
        let plain = Array("<meta charset=\"iso-8859-1\">Sénat".utf8)
        #expect(TextDecoding.decode(plain, contentType: "text/plain").hasSuffix("Sénat"))
    }

    @Test func contentTypeParsing() {
        let parsed = TextDecoding.parseContentType(" Text/HTML ; Charset=\"UTF-8\" ")
        #expect(parsed.mediaType == "text/html")
        #expect(parsed.charset == "utf-8")
        #expect(TextDecoding.parseContentType("application/json").charset == nil)
    }
}
