import AccordModel

/// Compares extracted records with gold annotations, article by article, with the rules of
/// the shared scoring tool: an agreement matches a gold agreement of the same article with
/// the same party set; a commitment matches a gold commitment of its agreement when the
/// party sets are equal and its text contains every gold keyword (folded).
public enum Scorer {
    /// `articleIDs` maps each gold file's `article` (a file name) to the id the article got.
    public static func score(
        gold: [GoldArticle], articleIDs: [String: String], articles: [Article], agreements: [Agreement],
        commitments: [Commitment]
    ) -> EvaluationReport {
        var report = EvaluationReport()
        let articleByID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var agreementsByArticle: [String: [Agreement]] = [:]
        for agreement in agreements {
            // A merged agreement counts for every article it cites as a source.
            var ids = [agreement.articleId]
            for source in agreement.sources where !ids.contains(source.articleId) { ids.append(source.articleId) }
            for id in ids { agreementsByArticle[id, default: []].append(agreement) }
        }
        let commitmentsByAgreement = Dictionary(grouping: commitments, by: \.agreementId)

        for goldArticle in gold {
            let language = goldArticle.language ?? "?"
            var tally = report.byLanguage[language] ?? .init()
            defer { report.byLanguage[language] = tally }
            let name = goldArticle.article
            let article = articleIDs[name].flatMap { articleByID[$0] }
            var predictions = article.map { agreementsByArticle[$0.id] ?? [] } ?? []
            let published = article?.published

            var matched: [(GoldArticle.Agreement, Agreement)] = []
            for goldAgreement in goldArticle.agreements {
                let parties = goldAgreement.parties.sorted()
                if let index = predictions.firstIndex(where: { $0.parties.sorted() == parties }) {
                    matched.append((goldAgreement, predictions.remove(at: index)))
                    add(&report, &tally) { $0.agreementsMatched += 1 }
                } else {
                    let required = goldAgreement.commitments.filter { $0.optional != true }.count
                    add(&report, &tally) {
                        $0.agreementsMissed += 1
                        $0.requiredMissed += required
                    }
                    report.findings.append("  \(name): missed agreement \(parties.joined(separator: "-"))")
                }
            }
            for spurious in predictions {
                let count = commitmentsByAgreement[spurious.id]?.count ?? 0
                add(&report, &tally) {
                    $0.agreementsSpurious += 1
                    $0.commitmentsSpurious += count
                }
                report.findings.append(
                    "  \(name): spurious agreement \(spurious.parties.joined(separator: "-")) (\(count) commitments)")
            }
            for (goldAgreement, predicted) in matched {
                scoreFields(goldAgreement, predicted, published: published, name: name, into: &report)
                scoreCommitments(
                    goldAgreement.commitments, commitmentsByAgreement[predicted.id] ?? [], published: published,
                    name: name, report: &report, tally: &tally)
            }
        }
        return report
    }

    private static func add(
        _ report: inout EvaluationReport, _ tally: inout EvaluationReport.Tally,
        _ change: (inout EvaluationReport.Tally) -> Void
    ) {
        change(&report.total)
        change(&tally)
    }

    private static func scoreFields(
        _ gold: GoldArticle.Agreement, _ predicted: Agreement, published: String?, name: String,
        into report: inout EvaluationReport
    ) {
        let wantDate = gold.dateIfPublished != nil && published != nil ? gold.dateIfPublished : gold.date
        report.count("date", predicted.date == wantDate)
        if predicted.date != wantDate {
            report.findings.append("  \(name): date \(predicted.date ?? "nil") != \(wantDate ?? "nil")")
        }
        let locationOK = TextFolding.fold(predicted.location ?? "") == TextFolding.fold(gold.location ?? "")
        report.count("location", locationOK)
        if !locationOK {
            report.findings.append("  \(name): location \(predicted.location ?? "nil") != \(gold.location ?? "nil")")
        }
        let names = predicted.signatories.map(\.name)
        for signatory in gold.signatories {
            report.count("signatories", sameName(signatory, names))
        }
        let predictedTopics = Set(predicted.topics)
        for topic in gold.topics {
            report.count("topics.recall", predictedTopics.contains(topic))
        }
        let allowed = Set(gold.topics).union(gold.topicsAllowed ?? [])
        for topic in predictedTopics {
            report.count("topics.precision", allowed.contains(topic))
        }
    }

    private static func scoreCommitments(
        _ gold: [GoldArticle.Commitment], _ predicted: [Commitment], published: String?, name: String,
        report: inout EvaluationReport, tally: inout EvaluationReport.Tally
    ) {
        for commitment in predicted {
            if gold.contains(where: { matches(commitment, $0) }) {
                add(&report, &tally) { $0.commitmentsMatching += 1 }
            } else {
                add(&report, &tally) { $0.commitmentsSpurious += 1 }
                report.findings.append(
                    "  \(name): spurious commitment \(commitment.parties) \(commitment.text.prefix(90))")
            }
        }
        for goldCommitment in gold where goldCommitment.optional != true {
            guard let hit = predicted.first(where: { matches($0, goldCommitment) }) else {
                add(&report, &tally) { $0.requiredMissed += 1 }
                report.findings.append(
                    "  \(name): missed commitment \(goldCommitment.parties) \(goldCommitment.keywords)")
                continue
            }
            add(&report, &tally) { $0.requiredFound += 1 }
            report.count("com.category", hit.category == goldCommitment.category)
            let wantDue =
                goldCommitment.dueIfPublished != nil && published != nil
                ? goldCommitment.dueIfPublished : goldCommitment.due
            if wantDue != nil || hit.due != nil { report.count("com.due", hit.due == wantDue) }
            if let want = goldCommitment.amount {
                let ok =
                    hit.amount.map { $0.unit == want.unit && abs($0.value - want.value) <= 0.01 * abs(want.value) }
                    ?? false
                report.count("com.amount", ok)
            }
        }
    }

    static func matches(_ predicted: Commitment, _ gold: GoldArticle.Commitment) -> Bool {
        guard predicted.parties.sorted() == gold.parties.sorted() else { return false }
        let text = TextFolding.fold(predicted.text)
        return gold.keywords.allSatisfy { text.contains(TextFolding.fold($0)) }
    }

    /// The whole name, or the same last name.
    static func sameName(_ gold: String, _ names: [String]) -> Bool {
        let folded = TextFolding.fold(gold)
        let last = folded.split(separator: " ").last.map(String.init) ?? ""
        return names.contains {
            let name = TextFolding.fold($0)
            return name == folded || (name.split(separator: " ").last.map(String.init) ?? "") == last
        }
    }
}
