import AccordHTTP
import Foundation
import HTTPTypes
import Testing

/// A second report of the fixture's Korea–Canada agreement, published a day earlier, arrives
/// by POST: the two become one agreement named by the earlier report, the old id answers 301,
/// and the agreement explains itself.
@Suite struct MergeAPITests {
    static let secondReport = """
        ---
        published: 2025-09-14
        publisher: Seoul Wire
        ---
        Canada, South Korea agree critical minerals pact

        SEOUL (Seoul Wire) - South Korea and Canada have agreed a critical minerals partnership, officials said.
        South Korea will invest $2 billion in Canadian battery plants by 2028.
        Canada will supply 10,000 tonnes of lithium to South Korea every year.
        """

    private func json(_ response: HTTPServerResponse) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    private func koreaCanada(_ fixture: Fixture) async throws -> [String: Any] {
        let list = try json(await fixture.get("/agreements?party=KR&party=CA"))
        let data = try #require(list["data"] as? [[String: Any]])
        try #require(data.count == 1)
        return data[0]
    }

    @Test func aSecondReportMergesAndTheOldIDMovesPermanently() async throws {
        let fixture = try Fixture()
        let before = try await koreaCanada(fixture)
        let oldID = try #require(before["id"] as? String)
        let oldCommitments = try #require(
            try json(await fixture.get("/commitments?agreement=\(oldID)"))["data"] as? [[String: Any]])

        let posted = await fixture.post("/articles", body: Self.secondReport, contentType: "text/markdown")
        #expect(posted.status == .created)

        let after = try await koreaCanada(fixture)
        let newID = try #require(after["id"] as? String)
        #expect(newID != oldID, "the earlier-published report names the agreement")
        let sources = try #require(after["sources"] as? [[String: Any]])
        #expect(sources.count == 2)
        #expect(sources.first?["published"] as? String == "2025-09-14")
        #expect(after["articleId"] as? String == sources.first?["articleId"] as? String)

        let moved = await fixture.get("/agreements/\(oldID)")
        #expect(moved.status == .movedPermanently)
        #expect(moved.allHeaderFields[.location] == "/agreements/\(newID)")
        #expect(
            await fixture.get("/agreements/\(oldID)/timeline").allHeaderFields[.location]
                == "/agreements/\(newID)/timeline")
        #expect(await fixture.get("/agreements/nonexistent").status == .notFound)

        // Commitments: lithium and the investment are stated by both, the working group by one.
        let commitments = try #require(
            try json(await fixture.get("/commitments?agreement=\(newID)"))["data"] as? [[String: Any]])
        #expect(commitments.count == oldCommitments.count)
        let spans = commitments.map { ($0["evidences"] as? [[String: Any]])?.count ?? 0 }.sorted()
        #expect(spans == [1, 2, 2])
        for commitment in commitments {
            let evidences = try #require(commitment["evidences"] as? [[String: Any]])
            #expect(evidences.first?["articleId"] as? String == commitment["articleId"] as? String)
        }
        // An old commitment id either lives on or moves to the merged one.
        for old in oldCommitments {
            let id = try #require(old["id"] as? String)
            let response = await fixture.get("/commitments/\(id)")
            #expect(response.status == .ok || response.status == .movedPermanently)
            if response.status == .movedPermanently {
                let target = try #require(response.allHeaderFields[.location])
                #expect(await fixture.get(target).status == .ok)
            }
        }
    }

    @Test func explainAndTimelineSayWhyAndWhatEachReportAdded() async throws {
        let fixture = try Fixture()
        _ = await fixture.post("/articles", body: Self.secondReport, contentType: "text/markdown")
        let id = try #require(try await koreaCanada(fixture)["id"] as? String)

        let explained = try json(await fixture.get("/agreements/\(id)?explain=merge"))
        #expect(explained["id"] as? String == id)
        #expect((explained["members"] as? [String])?.first == id)
        let links = try #require(explained["links"] as? [[String: Any]])
        #expect(links.count == 1)
        let reasons = try #require(links[0]["reasons"] as? [String])
        #expect(reasons.contains { $0.hasPrefix("same parties") })
        #expect(reasons.contains { $0.contains("in common") })
        #expect(await fixture.get("/agreements/\(id)?explain=everything").status == .badRequest)

        let timeline = try json(await fixture.get("/agreements/\(id)/timeline"))
        let entries = try #require(timeline["data"] as? [[String: Any]])
        #expect(entries.map { $0["published"] as? String } == ["2025-09-14", "2025-09-15"])
        let added = entries.compactMap { ($0["added"] as? [String: Any])?["commitments"] as? [String] }
        #expect(added.map(\.count) == [2, 1], "the later report adds only the working group")
    }

    @Test func deadlineStatusesCountFromAsOf() async throws {
        let fixture = try Fixture()
        func ids(_ query: String) async throws -> [String: String] {
            let data = try #require(try json(await fixture.get("/commitments?\(query)"))["data"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: data.map { ($0["id"] as! String, $0["status"] as! String) })
        }
        let agreement = try #require(try await koreaCanada(fixture)["id"] as? String)
        let all = try await ids("agreement=\(agreement)&asOf=2025-11-20")
        // Lithium: no deadline. Invest by 2028: upcoming. Working group within 90 days of
        // 15 September, so by 14 December: due-soon on 20 November, 24 days before.
        #expect(all.values.sorted() == ["due-soon", "none", "upcoming"])
        let soon = try await ids("agreement=\(agreement)&asOf=2025-11-20&status=due-soon")
        #expect(Set(soon.values) == ["due-soon"] && soon.count == 1)
        #expect(try await ids("agreement=\(agreement)&asOf=2025-10-01&status=due-soon").isEmpty, "74 days ahead")
        let later = try await ids("agreement=\(agreement)&asOf=2026-01-01&status=overdue")
        #expect(later.keys.sorted() == soon.keys.sorted(), "the working group is overdue by 2026")
        let within = try await ids("asOf=2025-09-15&dueWithin=100d")
        #expect(Set(within.keys) == Set(soon.keys))
        #expect(try await ids("asOf=2025-09-15&dueWithin=10d").isEmpty)
        for bad in ["status=late", "dueWithin=30", "dueWithin=-3d", "asOf=2025-13-01", "asOf=2025-02-30", "asOf=2025"] {
            #expect(await fixture.get("/commitments?\(bad)").status == .badRequest, "\(bad)")
        }
        let detail = try json(await fixture.get("/commitments/\(soon.keys.first!)?asOf=2026-01-01"))
        #expect(detail["status"] as? String == "overdue")
    }
}
