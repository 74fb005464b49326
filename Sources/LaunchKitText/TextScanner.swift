/// Counts a text the way textstat does, in one pass over its UTF-8 bytes.
///
/// textstat runs a regular expression and builds a list of words per count, and each metric
/// recounts; here every count comes out of a single walk, with no `String` per word:
///
/// - tokens are runs of non-space scalars (`str.split()`);
/// - a token is a word if anything survives punctuation removal: a word character, or an
///   apostrophe before t, s, d, ve, ll or re (`'(?=[tsd]|ve|ll|re)`); everything else is deleted,
///   so "there?I" is one word and "—" none;
/// - each word is lower-cased into a `WordBuffer` for the syllable and easy-word lookups, which
///   `WordLookupCache` remembers per distinct word for the pass and `SharedWordCache` for the
///   process;
/// - sentences follow `SentenceTracker`, with their own word counts (a sentence can start inside a
///   token, as in "end.Start").
struct TextScanner: ~Copyable {
    private var counts = TextCounts()
    private var word = WordBuffer()
    private var sentences = SentenceTracker()
    private var sentenceMatches = 0
    private var shortSentences = 0
    private var inToken = false
    private var cache = WordLookupCache()
    private let syllableCounter = SyllableCounter.shared
    private let easyWords = DaleChallEasyWords.table

    static func count(_ text: String) -> TextCounts {
        guard !text.isEmpty else { return TextCounts() }
        var scanner = TextScanner()
        text.withUTF8Text { scanner.scan($0) }
        return scanner.counts
    }

    private mutating func scan(_ utf8: UTF8Text) {
        ScalarKind.asciiKinds.withUnsafeBufferPointer { asciiKinds in
            var index = 0
            while index < utf8.count {
                let (value, length) = utf8.scalar(at: index)
                let kind = value < 0x80
                    ? ScalarKind(rawValue: asciiKinds[Int(value)]).unsafelyUnwrapped
                    : ScalarKind.ofNonASCII(value)
                var survives = false
                switch kind {
                case .space:
                    if inToken { endToken() }
                case .word:
                    inToken = true
                    counts.characters += 1
                    counts.letters += 1
                    word.appendWordCharacter(value)
                    survives = true
                case .apostrophe:
                    inToken = true
                    counts.characters += 1
                    if utf8.isContractionApostrophe(at: index) {
                        word.appendApostrophe()
                        survives = true
                    }
                case .terminator, .other:
                    inToken = true
                    counts.characters += 1
                }
                if let sentence = sentences.feed(kind, survivesPunctuationRemoval: survives, at: index) {
                    tally(sentence)
                }
                index += length
            }
        }
        if inToken { endToken() }
        if let sentence = sentences.endOfText(at: utf8.count) { tally(sentence) }
        // textstat: max(1, len(sentences) - ignore_count) for any non-empty text.
        counts.sentences = max(1, sentenceMatches - shortSentences)
    }

    @inline(__always)
    private mutating func tally(_ sentence: SentenceTracker.Match) {
        sentenceMatches += 1
        if sentence.wordCount <= 2 { shortSentences += 1 }
    }

    private mutating func endToken() {
        inToken = false
        counts.tokens += 1
        guard !word.isEmpty else { return }
        counts.words += 1
        measureWord()
        word.removeAll()
    }

    private mutating func measureWord() {
        let syllables: Int
        let isEasy: Bool
        if word.isASCII {
            let bytes = word.bytes
            if let known = cache.entry(for: bytes) {
                (syllables, isEasy) = (known.syllables, known.isEasy)
            } else if let known = SharedWordCache.shared.entry(for: bytes) {
                (syllables, isEasy) = (known.syllables, known.isEasy)
                cache.insert(known, for: bytes)
            } else {
                (syllables, isEasy) = (syllableCounter.count(word), easyWords.contains(bytes))
                let entry = WordLookupCache.Entry(syllables: syllables, isEasy: isEasy)
                cache.insert(entry, for: bytes)
                SharedWordCache.shared.insert(entry, for: bytes)
            }
        } else {
            // Not cached: rare in English, and the easy list holds ASCII words only.
            (syllables, isEasy) = (syllableCounter.count(word), false)
        }
        counts.syllables += syllables
        if syllables == 1 { counts.monosyllables += 1 }
        if syllables >= 3 { counts.polysyllables += 1 }
        if word.wordCharacters > 6 { counts.longWords += 1 }

        guard !isEasy else { return }
        counts.unfamiliarWords += 1
        // textstat's difficult-word check lower-cases the word and then removes punctuation
        // again, which drops the U+0307 that lower-casing İ produces; only then does it count.
        let checkedSyllables = word.hasDottedCapitalI
            ? syllableCounter.count(word.removingCombiningDotAbove()) : syllables
        if checkedSyllables >= 2 { counts.difficultWords += 1 }
        if checkedSyllables >= 3 { counts.complexWords += 1 }
    }
}
