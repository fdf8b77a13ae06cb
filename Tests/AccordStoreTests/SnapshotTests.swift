import AccordModel
import Synchronization
import Testing

@testable import AccordStore

@Suite struct SnapshotTests {
    @Test func aBatchIsOneVersionAndOrdersNewestFirst() {
        let snapshot = Records.snapshot
        #expect(snapshot.version == 1)
        #expect(snapshot.agreements.map(\.id) == ["g2", "g1"])
        #expect(snapshot.commitments.map(\.id) == ["c4", "c1", "c2", "c3"])
    }

    @Test func replacingAnArticleReplacesItsRecordsOnly() {
        let before = Records.snapshot
        let after = before.replacing(
            article: Records.article("a1"),
            agreements: [Records.agreement("g9", article: "a1", parties: ["JP", "US"], topics: [], date: nil)],
            commitments: [])
        #expect(after.version == before.version + 1)
        #expect(after.articles.count == 2)
        #expect(after.agreement(id: "g1") == nil)
        #expect(after.agreement(id: "g9") != nil)
        #expect(after.commitments.map(\.id) == ["c4"])
        #expect(before.agreement(id: "g1") != nil, "the old snapshot is untouched")
    }

    @Test func lookupsByIDAndContentHash() {
        let snapshot = Records.snapshot
        #expect(snapshot.article(id: "a2")?.title == "Title a2")
        #expect(snapshot.article(contentHash: "sha256:a1")?.id == "a1")
        #expect(snapshot.article(contentHash: "sha256:none") == nil)
        #expect(snapshot.commitments(ofAgreement: "g1").map(\.id) == ["c1", "c2", "c3"])
    }
}

@Suite struct QueryTests {
    let snapshot = Records.snapshot

    @Test func everyNamedPartyMustBeAParty() {
        var query = AgreementQuery()
        query.parties = ["JP"]
        #expect(snapshot.agreements(matching: query).items.map(\.id) == ["g1"])
        query.parties = ["JP", "AU"]
        #expect(snapshot.agreements(matching: query).total == 0)
    }

    @Test func topicAndDateRange() {
        var query = AgreementQuery()
        query.topics = ["defense"]
        #expect(snapshot.agreements(matching: query).items.map(\.id) == ["g2"])
        query = AgreementQuery()
        query.from = "2025-11"
        #expect(snapshot.agreements(matching: query).items.map(\.id) == ["g2"])
        query.from = nil
        query.to = "2025-10-28"
        #expect(snapshot.agreements(matching: query).items.map(\.id) == ["g1"])
    }

    @Test func commitmentsByPartyCategoryAndAgreement() {
        var query = CommitmentQuery()
        query.parties = ["JP"]
        #expect(snapshot.commitments(matching: query).items.map(\.id) == ["c1", "c2"])
        query.categories = ["trade", "culture"]
        #expect(snapshot.commitments(matching: query).items.map(\.id) == ["c1"])
        query = CommitmentQuery()
        query.agreement = "g2"
        #expect(snapshot.commitments(matching: query).items.map(\.id) == ["c4"])
    }

    @Test func dueRangesHandleReducedPrecision() {
        var query = CommitmentQuery()
        query.dueAfter = "2026-06-01"
        #expect(snapshot.commitments(matching: query).items.map(\.id) == ["c4", "c3"])
        query = CommitmentQuery()
        query.dueBefore = "2026-05"
        // "2026" may fall before May 2026, so it is in; "2027-01" is not.
        #expect(snapshot.commitments(matching: query).items.map(\.id) == ["c1", "c3"])
        query.dueBefore = "2025-12-31"
        #expect(snapshot.commitments(matching: query).items.isEmpty)
        query.sort = .due
        query.dueBefore = nil
        #expect(snapshot.commitments(matching: query).items.map(\.id) == ["c3", "c1", "c4", "c2"])
    }

    @Test func pagesKnowTheirTotalAndNext() {
        var query = CommitmentQuery()
        query.limit = 3
        let first = snapshot.commitments(matching: query)
        #expect(first.items.count == 3 && first.total == 4 && first.nextOffset == 3)
        query.offset = 3
        let last = snapshot.commitments(matching: query)
        #expect(last.items.map(\.id) == ["c3"] && last.nextOffset == nil)
        query.offset = 10
        #expect(snapshot.commitments(matching: query).items.isEmpty)
        query.offset = 0
        query.limit = .max
        #expect(snapshot.commitments(matching: query).items.count == 4)
    }
}

@Suite struct StoreTests {
    @Test func updatesPublishAndNotify() {
        let store = Store()
        let seen = Mutex<[UInt64]>([])
        let token = store.addListener { snapshot in seen.withLock { $0.append(snapshot.version) } }
        store.update { _ in Records.snapshot }
        #expect(store.snapshot.version == 1)
        store.removeListener(token)
        store.update { $0.replacing(batch: []) }
        #expect(store.snapshot.version == 2)
        #expect(seen.withLock { $0 } == [1])
    }

    /// `version` is kept apart from the snapshot (an atomic, so cached answers take no lock):
    /// it must follow every publish, the initial snapshot's included.
    @Test func versionFollowsTheSnapshot() {
        let store = Store(Records.snapshot)
        #expect(store.version == store.snapshot.version)
        for _ in 0..<3 {
            store.update { $0.replacing(batch: []) }
            #expect(store.version == store.snapshot.version)
        }
        #expect(store.version == Records.snapshot.version + 3)
    }
}
