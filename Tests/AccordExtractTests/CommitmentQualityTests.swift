import AccordExtract
import AccordModel
import Testing

/// Commitment categories from the promised action, and sentences that only look like commitments.
@Suite struct CommitmentQualityTests {
    private func run(_ fixture: String) throws -> Extraction {
        let document = DocumentReader.read(try TestSupport.fixture(fixture), format: .text)
        return TestSupport.extractor.extract(document, articleID: fixture)
    }

    private func commitment(_ extraction: Extraction, containing words: String) throws -> Commitment {
        try #require(extraction.commitments.first { $0.text.contains(words) })
    }

    @Test func theActionDecidesTheCategory() throws {
        let extraction = try run("en-quality-categories.txt")
        // The verb's object outweighs what the money is spent on.
        #expect(try commitment(extraction, containing: "invest $800 million").category == "investment")
        // Opening a market to goods of the deal's own sector is that sector.
        #expect(try commitment(extraction, containing: "rice and shrimp").category == "agriculture")
        #expect(try commitment(extraction, containing: "rice and shrimp").due == "2026-09-09")
        // Buying goods no keyword places stays trade.
        #expect(try commitment(extraction, containing: "blueberries").category == "trade")
        // Training is education; military exercises are defense whatever the verb.
        #expect(try commitment(extraction, containing: "agronomists").category == "education")
        let exercises = try commitment(extraction, containing: "naval exercises")
        #expect(exercises.category == "defense")
        #expect(exercises.parties == ["PE", "TH"])
    }

    @Test func descriptionsAndForecastsAreNotCommitments() throws {
        let english = try run("en-quality-categories.txt")
        #expect(!english.commitments.contains { $0.text.contains("payments will be channelled") })
        #expect(!english.commitments.contains { $0.text.contains("Analysts") })
        #expect(english.commitments.count == 5)
        let indonesian = try run("id-kualitas-komitmen.txt")
        // "Bantuan itu akan disalurkan …": a thing described in the passive, not a party's promise.
        #expect(!indonesian.commitments.contains { $0.text.contains("disalurkan") })
        // The analyst named first is the subject of the clause that follows his name.
        #expect(!indonesian.commitments.contains { $0.text.contains("Pengamat") })
        #expect(indonesian.commitments.count == 3)
    }

    @Test func indonesianCategoriesFollowTheSameRules() throws {
        let extraction = try run("id-kualitas-komitmen.txt")
        let corn = try commitment(extraction, containing: "jagung")
        #expect(corn.category == "agriculture")
        #expect(corn.parties == ["VN"])
        #expect(corn.amount == Amount(value: 300_000, unit: "tonnes", text: "300 ribu ton"))
        #expect(try commitment(extraction, containing: "impor beras").category == "agriculture")
        #expect(try commitment(extraction, containing: "melatih").category == "education")
    }
}
