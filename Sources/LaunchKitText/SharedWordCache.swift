import Foundation

/// The words every `TextScanner` in this process has measured, behind each pass's own
/// `WordLookupCache`.
///
/// A kit's messages share most of their words, and a pass's cache starts empty for each
/// message: a 10,000-message kit measured the same few thousand words through the hyphenation
/// patterns again for every message they appeared in (4 % of its build). A word's syllable count
/// and easy-word status never change, so entries are never invalidated; the cache stops growing
/// at `capacity` distinct words, after which new words are measured as before.
final class SharedWordCache: @unchecked Sendable {
    /// Up to 200,000 words: about 6 MB of keys and table, far more distinct words than a kit holds.
    static let shared = SharedWordCache(capacity: 200_000)

    let capacity: Int
    private let lock = NSLock()
    private var words = WordLookupCache(capacity: 4_096)

    init(capacity: Int) {
        self.capacity = capacity
    }

    var count: Int { lock.withLock { words.count } }

    func entry(for key: UnsafeBufferPointer<UInt8>) -> WordLookupCache.Entry? {
        lock.withLock { words.entry(for: key) }
    }

    func insert(_ entry: WordLookupCache.Entry, for key: UnsafeBufferPointer<UInt8>) {
        lock.withLock {
            guard words.count < capacity, words.entry(for: key) == nil else { return }
            words.insert(entry, for: key)
        }
    }
}
