@testable import LaunchKitText
import Testing

@Suite struct SharedWordCacheTests {
    private func withBytes<T>(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(word.utf8).withUnsafeBufferPointer(body)
    }

    @Test func remembersWhatItWasGiven() {
        let cache = SharedWordCache(capacity: 10)
        #expect(withBytes("readable") { cache.entry(for: $0) } == nil)
        withBytes("readable") { cache.insert(.init(syllables: 3, isEasy: false), for: $0) }
        let entry = withBytes("readable") { cache.entry(for: $0) }
        #expect(entry?.syllables == 3)
        #expect(entry?.isEasy == false)
        #expect(withBytes("read") { cache.entry(for: $0) } == nil)
    }

    @Test func stopsGrowingAtItsCapacity() {
        let cache = SharedWordCache(capacity: 2)
        for word in ["one", "two", "three"] {
            withBytes(word) { cache.insert(.init(syllables: 1, isEasy: true), for: $0) }
        }
        #expect(cache.count == 2)
        #expect(withBytes("three") { cache.entry(for: $0) } == nil)
    }

    /// Builds run kits in parallel, so texts are measured on several threads at once: every one
    /// must get the counts it gets alone (and ThreadSanitizer runs this too).
    @Test func concurrentTextsGetTheirOwnCounts() async {
        // Words no other test uses, so the threads insert into the shared cache, not only read it.
        let texts = (0..<32).map { "Quarblification \($0): flimtastic zorbulating dashboards for \($0 % 5) teams. Snerkily simple." }
        let together = await withTaskGroup(of: (Int, ReadabilityReport).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, Readability.analyze(text)) }
            }
            var reports = [ReadabilityReport?](repeating: nil, count: texts.count)
            for await (index, report) in group { reports[index] = report }
            return reports
        }
        let alone = texts.map(Readability.analyze)
        #expect(together == alone)
    }

    /// The second text's words are all known from the first: its counts must not change.
    @Test func countsAreTheSameWithAWarmCache() {
        let text = "Attack-path analysis ranks the few issues an attacker could chain together."
        let first = Readability.analyze(text)
        _ = Readability.analyze("Analysis of attack paths: issues, attackers, chains.")
        #expect(Readability.analyze(text) == first)
    }
}
