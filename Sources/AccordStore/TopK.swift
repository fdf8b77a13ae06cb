/// Puts the `first` best-scored hits at the front, in order (score descending, then record);
/// the rest stay behind them in no particular order. A page needs only its own window sorted,
/// and sorting a hundred thousand hits to show fifty is most of a search's time.
enum TopK {
    static func order(_ hits: inout [(record: Int, score: Double)], first k: Int) {
        func before(_ a: (record: Int, score: Double), _ b: (record: Int, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : a.record < b.record
        }
        guard k < hits.count / 2 else {
            hits.sort(by: before)
            return
        }
        // A heap of the best k seen so far, worst at the root.
        var heap: [(record: Int, score: Double)] = []
        heap.reserveCapacity(k)
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var worst = i
                if l < heap.count && before(heap[worst], heap[l]) { worst = l }
                if r < heap.count && before(heap[worst], heap[r]) { worst = r }
                if worst == i { return }
                heap.swapAt(i, worst)
                i = worst
            }
        }
        var rest: [(record: Int, score: Double)] = []
        rest.reserveCapacity(hits.count - k)
        for hit in hits {
            if heap.count < k {
                heap.append(hit)
                var i = heap.count - 1
                while i > 0, before(heap[(i - 1) / 2], heap[i]) {
                    heap.swapAt(i, (i - 1) / 2)
                    i = (i - 1) / 2
                }
            } else if let root = heap.first, before(hit, root) {
                rest.append(root)
                heap[0] = hit
                siftDown(0)
            } else {
                rest.append(hit)
            }
        }
        heap.sort(by: before)
        hits = heap + rest
    }
}
