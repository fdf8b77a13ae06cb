import AccordExtract
import AccordModel
import Testing

@Suite struct ExtractorTests {
    private func run(_ fixture: String, metadata: DocumentMetadata = .init()) throws -> (Document, Extraction) {
        let document = DocumentReader.read(try TestSupport.fixture(fixture), format: .text, metadata: metadata)
        return (document, TestSupport.extractor.extract(document, articleID: fixture))
    }

    @Test func indonesianBatteryDeal() throws {
        let (_, extraction) = try run("id-baterai.txt")
        #expect(extraction.language == "id")
        let agreement = try #require(extraction.agreements.first)
        #expect(extraction.agreements.count == 1)
        #expect(agreement.parties == ["ID", "KR"])
        #expect(agreement.date == "2025-11-03")
        #expect(agreement.location == "Seoul")
        #expect(agreement.signatories.map(\.name) == ["Prabowo Subianto", "Lee Jae-myung"])
        #expect(agreement.mentions == ["JP"])
        #expect(agreement.source.publisher == "Kabar Contoh")
        let commitments = extraction.commitments
        #expect(commitments.map(\.parties) == [["ID", "KR"], ["KR"], ["ID"]])
        #expect(commitments[0].amount == Amount(value: 3.2e9, unit: "USD", text: "US$3,2 miliar"))
        #expect(commitments[0].due == "2027-11-03")
        #expect(commitments[1].due == "2026")
        #expect(commitments[2].amount?.unit == "tonnes")
        #expect(commitments[2].amount?.value == 5e6)
        #expect(agreement.commitmentCount == 3)
    }

    @Test func indonesianPatrolWithFrontMatter() throws {
        let (document, extraction) = try run("id-patroli.txt")
        #expect(document.published == "2025-08-13")
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["PH", "VN"])
        #expect(agreement.date == "2025-08-12")
        #expect(agreement.location == "Manila")
        #expect(extraction.commitments.map(\.parties) == [["PH", "VN"], ["VN"]])
        #expect(extraction.commitments.last?.due == "2025-11-10")
    }

    @Test func englishMineralsPact() throws {
        let (_, extraction) = try run("en-minerals.txt")
        #expect(extraction.language == "en")
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["CA", "MX"])
        #expect(agreement.date == "2025-10-06")
        #expect(agreement.location == "Ottawa")
        #expect(agreement.topics.contains("critical-minerals"))
        #expect(agreement.mentions == ["US"])
        let commitments = extraction.commitments
        // "Canada will not impose new tariffs": a promise to refrain counts (shared/ANNOTATION.md).
        #expect(commitments.map(\.parties) == [["CA", "MX"], ["MX"], ["CA"]])
        #expect(commitments[2].category == "tariffs")
        #expect(commitments[0].amount == Amount(value: 1.5e9, unit: "USD", text: "$1.5 billion"))
        #expect(commitments[0].due == "2027")
        #expect(commitments[1].amount?.value == 200_000)
        #expect(commitments[1].amount?.unit == "tonnes")
        #expect(commitments[1].due == "2027-04-06")
    }

    @Test func evidenceOffsetsCountUnicodeScalars() throws {
        let (document, extraction) = try run("en-hydrogen.txt")
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["AU", "JP"])
        #expect(agreement.date == "2025-03-14")
        #expect(
            TestSupport.slice(document.text, agreement.evidence.start, agreement.evidence.end)
                == "Japan and Australia signed a hydrogen agreement in Sydney on 14 March 2025 🤝.")
        #expect(extraction.commitments.map(\.parties) == [["AU"], ["JP"]])
        for commitment in extraction.commitments {
            #expect(
                TestSupport.slice(document.text, commitment.evidence.start, commitment.evidence.end) == commitment.text)
        }
        #expect(extraction.commitments.last?.amount?.unit == "AUD")
    }

    @Test func noDealMeansNoAgreement() throws {
        let (_, extraction) = try run("id-tanpa-kesepakatan.txt")
        #expect(extraction.agreements.isEmpty)
        #expect(extraction.commitments.isEmpty)
    }

    @Test func sameInputSameIDs() throws {
        let (document, first) = try run("id-baterai.txt")
        let second = TestSupport.extractor.extract(document, articleID: "id-baterai.txt")
        #expect(first.agreements == second.agreements)
        #expect(first.commitments == second.commitments)
        #expect(Set(first.commitments.map(\.id)).count == first.commitments.count)
        let other = TestSupport.extractor.extract(document, articleID: "another")
        #expect(other.agreements.first?.id != first.agreements.first?.id)
    }
}
