import AccordModel
import Testing

@testable import AccordExtract

@Suite struct AmountTests {
    private func amount(_ phrase: String, language: String) -> Amount? {
        let pack = TestSupport.knowledge.packs[language]!
        let scalars = Array(phrase.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars[...])
        return AmountReader(pack: pack).amounts(tokens, in: 0..<tokens.count, text: scalars).first?.amount
    }

    private func number(_ phrase: String, language: String) -> Double? {
        let tokens = Tokenizer.tokens(phrase)
        return NumberReader(pack: TestSupport.knowledge.packs[language]!).read(tokens, at: 0, limit: tokens.count)?
            .value
    }

    @Test func indonesianDollarsWithDecimalComma() {
        let found = amount("senilai US$3,2 miliar", language: "id")
        #expect(found?.value == 3.2e9)
        #expect(found?.unit == "USD")
        #expect(found?.text == "US$3,2 miliar")
    }

    @Test func poundsWithDecimalPoint() {
        let found = amount("a £4.2 billion fund", language: "en")
        #expect(found?.value == 4.2e9)
        #expect(found?.unit == "GBP")
    }

    @Test func metricTonsWithScale() {
        let found = amount("ship 5 million metric tons of coal", language: "en")
        #expect(found?.value == 5e6)
        #expect(found?.unit == "tonnes")
    }

    @Test func percentAndCount() {
        #expect(
            amount("hingga 2 persen dari PDB", language: "id") == Amount(value: 2, unit: "percent", text: "2 persen"))
        #expect(amount("menghadiahkan 250 pohon sakura", language: "id")?.unit == "count")
        #expect(amount("menghadiahkan 250 pohon sakura", language: "id")?.value == 250)
        #expect(amount("selama 250 tahun", language: "id") == nil)
        #expect(amount("tarif 27,5 persen", language: "id")?.value == 27.5)
        #expect(
            amount("1,6 triliun euro", language: "id") == Amount(value: 1.6e12, unit: "EUR", text: "1,6 triliun euro"))
        #expect(amount("a 3 billion dollar deposit", language: "en")?.unit == "USD")
    }

    @Test func numberWords() {
        #expect(number("dua puluh lima", language: "id") == 25)
        #expect(number("sebelas", language: "id") == 11)
        #expect(number("tiga belas", language: "id") == 13)
        #expect(number("dua ratus lima puluh", language: "id") == 250)
        #expect(number("seratus", language: "id") == 100)
        #expect(number("twenty-five", language: "en") == 25)
        #expect(number("2,000", language: "en") == 2000)
        #expect(number("1.500", language: "id") == 1500)
    }
}
