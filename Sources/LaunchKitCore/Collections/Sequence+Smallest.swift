/// Above this many kept elements, `smallest(_:by:)` sorts instead of inserting.
private let smallestFullSortThreshold = 256

extension Sequence {
    /// The first `count` elements of `sorted(by: areInIncreasingOrder)`, found without sorting
    /// everything: a packet's index shows the 20 most severe of 66,000 findings, and sorting them
    /// all was 3% of a 10,000-message build.
    ///
    /// Stable like `sorted(by:)`: of elements that compare equal, the earlier one comes first. Takes
    /// one comparison per element when most are not among the smallest; a large `count` (over
    /// `smallestFullSortThreshold`), where inserting would cost more than sorting, sorts.
    public func smallest(_ count: Int, by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element] {
        guard count > 0 else { return [] }
        if count > smallestFullSortThreshold { return Array(try sorted(by: areInIncreasingOrder).prefix(count)) }
        var kept: [Element] = []
        kept.reserveCapacity(count)
        for element in self {
            if kept.count == count {
                // Not smaller than the largest kept: equal ones keep the earlier (kept) element.
                guard try areInIncreasingOrder(element, kept[kept.count - 1]) else { continue }
                kept.removeLast()
            }
            // After every kept element that is not larger, so equal elements stay in input order.
            var low = 0, high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if try areInIncreasingOrder(element, kept[middle]) { high = middle } else { low = middle + 1 }
            }
            kept.insert(element, at: low)
        }
        return kept
    }
}
