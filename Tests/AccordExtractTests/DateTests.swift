import Testing

@testable import AccordExtract

@Suite struct DateTests {
    private func date(_ phrase: String, language: String) -> String? {
        let tokens = Tokenizer.tokens(phrase)
        return DateReader(pack: TestSupport.knowledge.packs[language]!).firstFullDate(tokens, in: 0..<tokens.count)?
            .date.iso
    }

    private func due(_ phrase: String, language: String, from reference: String) -> String? {
        let tokens = Tokenizer.tokens(phrase)
        return DateReader(pack: TestSupport.knowledge.packs[language]!)
            .deadline(tokens, in: 0..<tokens.count, reference: CivilDate(iso: reference))?.due
    }

    @Test func calendarDates() {
        #expect(date("Jakarta, Selasa (28/10/2025)", language: "id") == "2025-10-28")
        #expect(date("pada 28 Oktober 2025 lalu", language: "id") == "2025-10-28")
        #expect(date("on Thursday, July 17, 2025, in London", language: "en") == "2025-07-17")
        #expect(date("on 14 March 2025", language: "en") == "2025-03-14")
    }

    @Test func deadlines() {
        #expect(
            due("Dalam waktu enam bulan ke depan, kedua negara", language: "id", from: "2025-10-28") == "2026-04-28")
        #expect(due("menanam pohon tahun depan", language: "id", from: "2025-10-28") == "2026")
        #expect(due("dalam tiga tahun ke depan", language: "id", from: "2025-07-27") == "2028-07-27")
        #expect(due("pada Januari 2026", language: "id", from: "2025-11-12") == "2026-01")
        #expect(due("within 90 days", language: "en", from: "2025-07-17") == "2025-10-15")
        #expect(due("within the next ten years", language: "en", from: "2025-07-17") == "2035-07-17")
        #expect(due("by the end of 2025", language: "en", from: "2025-07-17") == "2025-12-31")
        #expect(due("by the end of the year", language: "en", from: "2025-07-17") == "2025-12-31")
    }

    @Test func relativeDeadlineWithoutReferenceKeepsOnlyTheWords() {
        let tokens = Tokenizer.tokens("dalam waktu enam bulan ke depan")
        let found = DateReader(pack: TestSupport.knowledge.packs["id"]!).deadline(
            tokens, in: 0..<tokens.count, reference: nil)
        #expect(found != nil)
        #expect(found?.due == nil)
    }

    @Test func civilArithmetic() {
        #expect(CivilDate(year: 2025, month: 1, day: 31).adding(months: 1).iso == "2025-02-28")
        #expect(CivilDate(year: 2025, month: 10, day: 28).weekday == 2)
    }
}
