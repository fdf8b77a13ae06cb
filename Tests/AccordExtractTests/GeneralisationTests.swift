import AccordExtract
import AccordModel
import Testing

/// Capabilities beyond the first seed: several agreements per article, people known only by title,
/// no-deal reports, saved HTML pages and wire datelines.
@Suite struct GeneralisationTests {
    private func run(_ fixture: String, format: DocumentFormat = .text) throws -> (Document, Extraction) {
        let document = DocumentReader.read(
            try TestSupport.fixture(fixture), format: format, furniture: TestSupport.knowledge.furniture)
        return (document, TestSupport.extractor.extract(document, articleID: fixture))
    }

    @Test func severalAgreementsEachWithTheirOwnCommitments() throws {
        let (document, extraction) = try run("en-two-deals.txt")
        #expect(document.publisher == "Pacific Wire")
        #expect(extraction.agreements.map(\.parties) == [["CL", "TH"], ["PE", "TH"]])
        let chile = try #require(extraction.agreements.first)
        let peru = try #require(extraction.agreements.last)
        #expect(chile.signatories.map(\.name) == ["Anutin Charnvirakul", "Gabriel Boric"])
        #expect(chile.signatories.last?.role == "President")
        #expect(chile.date == "2026-03-02")
        #expect(chile.location == "Santiago")
        #expect(peru.signatories.map(\.name).contains("José Jerí"))  // the gazetteer's spelling
        #expect(peru.date == "2026-03-03")
        #expect(peru.location == "Lima")
        let chileCommitments = extraction.commitments.filter { $0.agreementId == chile.id }
        let peruCommitments = extraction.commitments.filter { $0.agreementId == peru.id }
        #expect(chileCommitments.map(\.parties) == [["CL"], ["TH"]])
        #expect(chileCommitments.first?.amount == Amount(value: 40_000, unit: "tonnes", text: "40,000 tonnes"))
        #expect(chileCommitments.last?.due == "2027-12-31")
        #expect(peruCommitments.map(\.parties) == [["PE"], ["PE", "TH"]])
        #expect(peruCommitments.first?.due == "2026-06-01")
        #expect(chile.commitmentCount == 2 && peru.commitmentCount == 2)
    }

    @Test func aFailedEarlierRoundDoesNotHideTheSignedDeal() throws {
        let (document, extraction) = try run("id-buntu-lalu-sepakat.txt")
        #expect(document.publisher == "Kabar Dagang")
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["ID", "MX"])
        #expect(agreement.date == "2026-01-14")
        #expect(agreement.location == "Jakarta")
        let commitments = extraction.commitments
        #expect(commitments.map(\.parties) == [["MX"], ["ID"]])
        #expect(commitments[0].amount?.value == 25)
        #expect(commitments[0].amount?.unit == "percent")
        #expect(commitments[0].due == "2027")
        #expect(commitments[0].category == "tariffs")
        #expect(commitments[1].amount == Amount(value: 1500, unit: "tonnes", text: "1.500 ton"))
        #expect(commitments[1].due == "2027")
        #expect(commitments[1].category == "trade")
    }

    @Test func talksWithoutADealGiveNoAgreement() throws {
        let (document, extraction) = try run("en-talks-stall.txt")
        #expect(document.publisher == "Maple Wire")
        #expect(extraction.language == "en")
        #expect(extraction.agreements.isEmpty)
        #expect(extraction.commitments.isEmpty)
    }

    @Test func savedPageReadsAsTheStoryAlone() throws {
        let (document, extraction) = try run("id-halaman.html", format: .html)
        #expect(document.title == "RI dan Selandia Baru Sepakati Kerja Sama Susu")
        #expect(document.publisher == "Kabar Contoh")
        // JSON-LD datePublished first; the later modified date never.
        #expect(document.published == "2026-02-10")
        for boilerplate in ["cookie", "Facebook", "Berita Terkait", "Beranda", "2026 Kabar", "color:red"] {
            #expect(!document.text.contains(boilerplate), "kept \(boilerplate)")
        }
        // A "Baca juga:" line inside the story stays in the text but is never read as the story.
        #expect(document.text.contains("Istana Merdeka, Jakarta, Selasa (10/2/2026)"))
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["ID", "NZ"])
        #expect(agreement.location == "Jakarta")
        #expect(agreement.date == "2026-02-10")
        #expect(agreement.signatories.map(\.name) == ["Prabowo Subianto", "Christopher Luxon"])
        // The summary box above the lead repeats the story: no commitments from it.
        #expect(extraction.commitments.map(\.parties) == [["NZ"], ["NZ"]])
        #expect(extraction.commitments.first?.due == "2026-08-10")
        #expect(extraction.commitments.first?.amount?.unit == "count")
    }

    @Test func siteNameLeavesTheHeadline() {
        let page =
            "<html><head><title>Deal Signed In Canberra | Daily Example</title></head><body><p>x.</p></body></html>"
        #expect(
            DocumentReader.read(page, format: .html, furniture: TestSupport.knowledge.furniture).title
                == "Deal Signed In Canberra")
    }

    @Test func wireDatelinePlacesTheStoryButANewsroomDoesNot() {
        let wire = "Title\n\nNew Delhi (Warta Nusa) - India dan Indonesia menandatangani perjanjian pertahanan."
        let newsroom = "Title\n\nJakarta, IDN Times – Indonesia dan India menandatangani perjanjian di New Delhi."
        for (raw, publisher) in [(wire, "Warta Nusa"), (newsroom, "IDN Times")] {
            let document = DocumentReader.read(raw, format: .text)
            #expect(document.publisher == publisher)
            let agreement = TestSupport.extractor.extract(document, articleID: "x").agreements.first
            #expect(agreement?.location == "New Delhi")
        }
    }
}
