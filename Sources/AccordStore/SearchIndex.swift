import Foundation

/// An inverted index over one kind of record: each word → the records that contain it and
/// how often. Built once per snapshot; a search reads only the posting lists of its words.
struct SearchIndex: Sendable {
    struct Posting: Sendable {
        var record: Int32
        var count: UInt16
    }

    private var postings: [String: [Posting]] = [:]
    private var lengths: [Int32] = []
    /// Words in all records, for the average length BM25 normalises by.
    private(set) var totalLength = 0

    /// `texts(i)` gives every text of record i that search should see.
    init(count: Int, texts: (Int) -> [String]) {
        lengths.reserveCapacity(count)
        var total = 0
        for record in 0..<count {
            var counts: [String: UInt16] = [:]
            var length = 0
            for text in texts(record) {
                for term in SearchText.terms(text) {
                    counts[term, default: 0] &+= 1
                    length += 1
                }
            }
            for (term, count) in counts {
                postings[term, default: []].append(Posting(record: Int32(record), count: count))
            }
            lengths.append(Int32(length))
            total += length
        }
        totalLength = total
    }

    var documentCount: Int { lengths.count }

    /// How many records contain `term`.
    func frequency(of term: String) -> Int { postings[term]?.count ?? 0 }

    /// Records containing every term, with a BM25 relevance score, in record order. Weights
    /// come from `corpus`, the whole collection this index is a part of, so that scores from
    /// different segments compare; terms are added in query order, so the same record scores
    /// the same bits in any segment.
    func search(_ terms: [String], in corpus: SearchCorpus) -> [(record: Int, score: Double)] {
        guard !terms.isEmpty else { return [] }
        var lists: [[Posting]] = []
        for term in terms {
            guard let list = postings[term] else { return [] }
            lists.append(list)
        }
        let weights = terms.map { corpus.weight(of: $0) }
        let averageLength = corpus.averageLength
        // Walk the shortest list; find each record in the others by binary search.
        let shortest = lists.indices.min { lists[$0].count < lists[$1].count }!
        var results: [(Int, Double)] = []
        var found = [Posting](repeating: Posting(record: 0, count: 0), count: lists.count)
        candidates: for posting in lists[shortest] {
            for i in lists.indices {
                guard let other = i == shortest ? posting : Self.find(posting.record, in: lists[i]) else {
                    continue candidates
                }
                found[i] = other
            }
            var score = 0.0
            for i in lists.indices { score += bm25(found[i], weight: weights[i], averageLength: averageLength) }
            results.append((Int(posting.record), score))
        }
        return results
    }

    /// Words in the record at `position`.
    func length(of position: Int) -> Int { Int(lengths[position]) }

    /// Whether the record at `position` contains `term`.
    func contains(_ term: String, at position: Int) -> Bool {
        postings[term].flatMap { Self.find(Int32(position), in: $0) } != nil
    }

    private func bm25(_ posting: Posting, weight: Double, averageLength: Double) -> Double {
        let k1 = 1.2
        let b = 0.75
        let tf = Double(posting.count)
        let norm = 1 - b + b * Double(lengths[Int(posting.record)]) / averageLength
        return weight * tf * (k1 + 1) / (tf + k1 * norm)
    }

    private static func find(_ record: Int32, in list: [Posting]) -> Posting? {
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].record < record { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low].record == record ? list[low] : nil
    }
}

/// The collection statistics BM25 weighs terms by, summed over the segments of a snapshot.
struct SearchCorpus {
    var documents = 0
    var totalLength = 0
    var frequencies: [String: Int] = [:]

    /// The statistics of `base` less its `hidden` records, plus `delta`'s: the same numbers as
    /// one index over the visible records would give.
    init(_ base: SearchIndex, less hidden: [Int], _ delta: SearchIndex, terms: [String]) {
        for index in [base, delta] {
            documents += index.documentCount
            totalLength += index.totalLength
            for term in terms { frequencies[term, default: 0] += index.frequency(of: term) }
        }
        for position in hidden {
            documents -= 1
            totalLength -= base.length(of: position)
            for term in terms where base.contains(term, at: position) { frequencies[term, default: 0] -= 1 }
        }
    }

    var averageLength: Double { documents > 0 ? max(1, Double(totalLength) / Double(documents)) : 1 }

    func weight(of term: String) -> Double {
        let n = Double(frequencies[term] ?? 0)
        return log(1 + (Double(documents) - n + 0.5) / (n + 0.5))
    }
}

/// Whether the words of `phrase` occur one after another in `text`.
func containsPhrase(_ text: String, _ phrase: [String]) -> Bool {
    let words = SearchText.terms(text)
    guard words.count >= phrase.count else { return false }
    for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
        if Array(words[start..<start + phrase.count]) == phrase { return true }
    }
    return false
}
