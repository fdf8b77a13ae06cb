import Testing

@testable import AccordExtract

@Suite struct DocumentReaderTests {
    @Test(arguments: [
        ("2025-10-28", "2025-10-28"), ("2025-10-28T09:15:00+07:00", "2025-10-28"), ("2025-10", "2025-10"),
        ("2025", "2025"), ("Tue, 28 Oct 2025 09:15:00 +0700", "2025-10-28"), ("July 17, 2025", "2025-07-17"),
        ("2024-02-29", "2024-02-29"),
    ])
    func publishedDatesAreNormalised(_ raw: String, _ expected: String) {
        #expect(DocumentReader.normalizedDate(raw) == expected)
    }

    /// Seen by reading the fuzz target's code: a negative day or a five-digit year used to come
    /// out as "2025-07-0-3" or "12345-07-17"; dates that do not exist are dropped now.
    @Test(arguments: ["July -3, 2025", "July 17, 12345", "2025-02-30", "2025-13-01", "2023-02-29", "0999", "2025-00"])
    func impossibleDatesAreDropped(_ raw: String) {
        #expect(DocumentReader.normalizedDate(raw) == nil)
    }

    @Test func formats() {
        #expect(DocumentFormat(fileExtension: "md") == .markdown)
        #expect(DocumentFormat(fileExtension: "htm") == .html)
        #expect(DocumentFormat(fileExtension: "TXT") == .text)
        #expect(DocumentFormat(fileExtension: "pdf") == nil)
        #expect(DocumentFormat(mediaType: "text/plain; charset=utf-8") == .text)
        #expect(DocumentFormat(mediaType: "application/xhtml+xml") == .html)
        #expect(DocumentFormat(mediaType: "text/markdown") == .markdown)
    }

    @Test func frontMatterIsParsedAndRemoved() {
        let raw =
            "---\npublished: 2025-09-18\npublisher: Example Wire\nurl: https://example.org/a\n---\nHeadline here\n\nBody."
        let document = DocumentReader.read(raw, format: .text)
        #expect(document.text == "Headline here\n\nBody.")
        #expect(document.title == "Headline here")
        #expect(document.published == "2025-09-18")
        #expect(document.publisher == "Example Wire")
        #expect(document.url == "https://example.org/a")
    }

    @Test func documentBeatsSidecarBeatsDateline() {
        let sidecar = DocumentMetadata(published: "2025-10-28", publisher: "Sidecar News", url: "https://s.example")
        let withFrontMatter = "---\npublisher: Own Name\n---\nTitle\nJakarta, IDN Times – Isi berita."
        let own = DocumentReader.read(withFrontMatter, format: .text, metadata: sidecar)
        #expect(own.publisher == "Own Name")
        #expect(own.published == "2025-10-28")
        let plain = "Title\nJakarta, IDN Times – Isi berita."
        #expect(DocumentReader.read(plain, format: .text, metadata: sidecar).publisher == "Sidecar News")
        let bare = DocumentReader.read(plain, format: .text)
        #expect(bare.publisher == "IDN Times")
        #expect(bare.published == nil)
    }

    @Test func htmlMainTextAndMetadata() {
        let html = """
            <html><head><title>Site | Story</title>
            <meta property="og:title" content="Japan and Australia sign deal">
            <meta property="og:site_name" content="Example Post">
            <link rel="canonical" href="https://example.org/story">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-14T08:00:00Z"}</script>
            </head><body><nav>Home | World</nav><article><h1>Japan and Australia sign deal</h1>
            <p>SYDNEY &mdash; Japan and Australia signed an agreement.</p><p>Tokyo will invest.</p></article>
            <footer>Copyright</footer></body></html>
            """
        let document = DocumentReader.read(html, format: .html, furniture: TestSupport.knowledge.furniture)
        #expect(document.title == "Japan and Australia sign deal")
        #expect(document.publisher == "Example Post")
        #expect(document.published == "2025-03-14")
        #expect(document.url == "https://example.org/story")
        #expect(
            document.text
                == "Japan and Australia sign deal\nSYDNEY — Japan and Australia signed an agreement.\nTokyo will invest."
        )
    }

    @Test func markdownHeadingBecomesTitle() {
        let document = DocumentReader.read("# A **bold** deal\n\nSee [the text](https://x.example).", format: .markdown)
        #expect(document.title == "A bold deal")
        #expect(document.text == "A bold deal\n\nSee the text.")
    }

    @Test func pageFurnitureIsKnownByTheClassWordsOfEachLanguagesSites() {
        let page = """
            <html><body><article><p>Vietnam and Laos signed a river pact on Monday.</p>
            <div class="box-baca-juga"><p>Baca: RI dan Laos teken MoU</p></div>
            <div class="related-stories"><p>Laos signs rail deal</p></div></article></body></html>
            """
        let bare = DocumentReader.read(page, format: .html, furniture: .none).text
        #expect(bare.contains("rail deal") && bare.contains("RI dan Laos"))
        let read = DocumentReader.read(page, format: .html, furniture: TestSupport.knowledge.furniture).text
        #expect(read.contains("river pact"))
        #expect(!read.contains("rail deal"))  // "related", from en.json
        #expect(!read.contains("RI dan Laos"))  // "baca-juga", from id.json
    }
}
