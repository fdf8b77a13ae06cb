import AccordModel
import Testing

@testable import AccordMerge

/// The rules that decide whether two reports state one promise, on hand-made commitments.
@Suite struct SameCommitmentTests {
    func commitment(
        _ text: String, parties: [String] = ["JP"], category: String = "defense", due: String? = nil,
        amount: Double? = nil, unit: String = "USD"
    ) -> Commitment {
        Commitment(
            id: text, agreementId: "g", articleId: "a", parties: parties, text: text, category: category, due: due,
            dueText: nil, amount: amount.map { Amount(value: $0, unit: unit, text: "") },
            evidence: Evidence(start: 0, end: 1))
    }

    @Test func theSameAmountIsOnePromiseAcrossLanguagesAndTopics() {
        let en = commitment("Japan will lend 50 billion yen.", category: "infrastructure", amount: 5e10, unit: "JPY")
        let id = commitment("Jepang akan meminjamkan 50 miliar yen.", category: "finance", amount: 5e10, unit: "JPY")
        #expect(SameCommitment.same(en, id, alone: false))
    }

    @Test func contradictionsKeepPromisesApart() {
        let a = commitment("Japan will invest.", amount: 1e9)
        #expect(!SameCommitment.same(a, commitment("Japan will invest.", amount: 2e9), alone: true), "amounts differ")
        #expect(!SameCommitment.same(a, commitment("Japan will invest.", amount: 1e9, unit: "EUR"), alone: true))
        #expect(!SameCommitment.same(a, commitment("Japan will invest.", parties: ["US"], amount: 1e9), alone: true))
        let due = commitment("Japan will build a port by 2027.", due: "2027")
        #expect(!SameCommitment.same(due, commitment("Japan will build a port by 2030.", due: "2030"), alone: true))
    }

    @Test func namesAndNumbersCarryAcrossLanguagesOrdinaryWordsDoNot() {
        let en = commitment("The two countries will set up a joint Rapid Response Group.", category: "supply-chain")
        let id = commitment("Kelompok Rapid Response Group gabungan akan dibentuk.", category: "supply-chain")
        #expect(SameCommitment.same(en, id, alone: false))
        let other = commitment("Kedua negara akan menjajaki penyimpanan cadangan bersama.", category: "supply-chain")
        #expect(!SameCommitment.same(en, other, alone: false))
        #expect(SameCommitment.same(en, other, alone: true), "each report's only such promise, nothing contradicting")
        #expect(!SameCommitment.same(en, commitment(other.text, category: "trade"), alone: true), "weak and off-topic")
    }

    @Test func theSameDeadlineDayIsStrongAYearIsNot() {
        let a = commitment("Within six months, both will fund projects.", category: "investment", due: "2026-04-28")
        #expect(
            SameCommitment.same(
                a, commitment("Dalam enam bulan …", category: "finance", due: "2026-04-28"), alone: false))
        #expect(!SameCommitment.same(commitment("x", due: "2026"), commitment("y", due: "2026"), alone: false))
    }

    @Test func datesOfAnyPrecisionCompare() {
        #expect(DayRange.compatible("2025-10", "2025-10-28"))
        #expect(DayRange.compatible("2025-10-28", "2025-10-29"), "a day apart: time zones")
        #expect(!DayRange.compatible("2025-10-28", "2025-10-30"))
        #expect(!DayRange.compatible("2025-07-22", "2025-10-28"))
        #expect(DayRange.day(iso: "2024-02-29") != nil && DayRange.day(iso: "2025-02-29") == nil)
    }
}
