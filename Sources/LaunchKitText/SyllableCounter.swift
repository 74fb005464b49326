/// textstat's syllable count for one lower-cased word: the CMU Pronouncing Dictionary when it
/// knows the word, otherwise Pyphen's hyphenation points + 1.
///
/// The dictionary is not embedded whole: `CMUSyllableExceptions` lists only the words whose
/// dictionary count differs from Pyphen's, so "not listed" means "Pyphen's count is the answer",
/// for dictionary words and unknown words alike.
struct SyllableCounter: Sendable {
    static let shared = SyllableCounter()

    let exceptions: ByteWordTable
    let hyphenator: Hyphenator

    init(exceptions: ByteWordTable = CMUSyllableExceptions.table, hyphenator: Hyphenator = .enUS) {
        self.exceptions = exceptions
        self.hyphenator = hyphenator
    }

    @inline(__always)
    func count(_ word: borrowing WordBuffer) -> Int {
        if word.isASCII, let listed = exceptions.value(for: word.bytes) {
            return Int(listed)
        }
        return hyphenator.pointCount(word.scalars) + 1
    }
}
