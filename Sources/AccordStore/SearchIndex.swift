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
    private var averageLength = 1.0

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
        averageLength = count > 0 ? max(1, Double(total) / Double(count)) : 1
    }

    /// Records containing every term, with a BM25 relevance score, in record order.
    func search(_ terms: [String]) -> [(record: Int, score: Double)] {
        guard !terms.isEmpty else { return [] }
        var lists: [[Posting]] = []
        for term in terms {
            guard let list = postings[term] else { return [] }
            lists.append(list)
        }
        lists.sort { $0.count < $1.count }
        let documents = Double(lengths.count)
        let weights = lists.map { log(1 + (documents - Double($0.count) + 0.5) / (Double($0.count) + 0.5)) }
        // Walk the shortest list; find each record in the others by binary search.
        var results: [(Int, Double)] = []
        for posting in lists[0] {
            var score = bm25(posting, weight: weights[0])
            var inAll = true
            for i in 1..<lists.count {
                guard let other = Self.find(posting.record, in: lists[i]) else {
                    inAll = false
                    break
                }
                score += bm25(other, weight: weights[i])
            }
            if inAll { results.append((Int(posting.record), score)) }
        }
        return results
    }

    private func bm25(_ posting: Posting, weight: Double) -> Double {
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

/// Whether the words of `phrase` occur one after another in `text`.
func containsPhrase(_ text: String, _ phrase: [String]) -> Bool {
    let words = SearchText.terms(text)
    guard words.count >= phrase.count else { return false }
    for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
        if Array(words[start..<start + phrase.count]) == phrase { return true }
    }
    return false
}
