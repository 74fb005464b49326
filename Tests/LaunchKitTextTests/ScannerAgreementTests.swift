import Foundation
import LaunchKitTestSupport
import LaunchKitText
import Testing

/// The one-pass scanner against textstat's rules spelled out step by step (`WordList`, and a
/// literal reading of the sentence regex below), on every textstat text (seven languages), the
/// 90 documents of the marketing corpus and some hostile strings.
@Suite struct ScannerAgreementTests {
    static func corpus() throws -> [(name: String, text: String)] {
        var texts = try TextstatFixtures.expected().texts.map { (name: $0.key, text: $0.value) }
        let folder = PackagePaths.conformance.appending(path: "marketing-corpus")
        let manifest = try String(contentsOf: folder.appending(path: "manifest.csv"), encoding: .utf8)
        // The manifest has CRLF line ends: "\r\n" is one Character, so split on newlines, not "\n".
        for line in manifest.split(whereSeparator: \.isNewline).dropFirst() {
            let path = String(line.prefix { $0 != "," })
            texts.append((path, try String(contentsOf: folder.appending(path: path), encoding: .utf8)))
        }
        texts += [
            ("hostile", "\u{1C}a\u{85}b\u{2028}c\u{3000}d 'twas dogs' ''t x'-ve o'Neil İİ ΣΑΣ K\u{212A}"),
            ("controls", "\0\u{7F}\u{FEFF}end.\r\nNext\tline!!!?? ... ?!. more words here"),
            ("no-spaces", String(repeating: "word.", count: 500)),
            ("dotted-i", "İNTERNATİONAL relations are İMPORTANT for İT. İnternational."),
            ("accents", "Ünïcödé wörds: naïve façade, Ærø, straße, ﬁnancial oﬃce, résumé. Ελληνικά λόγια εδώ."),
            ("marks-and-numbers", "x\u{301}y\u{308}z words_with_underscores 1st 2nd 3rd ½ ² Ⅻ"),
        ]
        return texts
    }

    @Test func countsAgreeWithTheReferenceRules() throws {
        let texts = try Self.corpus()
        #expect(texts.count > 100)
        Self.expectAgreement(on: texts)
    }

    /// Random strings over the scalars where textstat's rules have corners: contractions, every
    /// kind of space, terminators, hyphens, İ and Σ, combining marks, ligatures, emoji, CJK.
    @Test func randomStringsAgreeWithTheReferenceRules() {
        let alphabet = Array("aeiostdlvrTSDE'’-.!?_0 \t\n\u{1F}\u{A0}\u{2028}İΣσK\u{212A}é\u{301}ﬁ🚀你,\"()".unicodeScalars)
        var generator = SplitMix64(seed: 2026)
        let texts = (0..<400).map { index -> (name: String, text: String) in
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 60) {
                scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            return ("random #\(index)", String(scalars))
        }
        Self.expectAgreement(on: texts)
    }

    static func expectAgreement(on texts: [(name: String, text: String)]) {
        let memo = Memo()
        for (name, text) in texts {
            let counts = TextCounts.of(text)
            let words = WordList.words(in: text)
            let bareWords = WordList.words(in: text, options: .init(removeApostrophes: true))
            #expect(counts.words == words.count, "\(name): words")
            #expect(counts.tokens == WordList.words(in: text, options: .init(removePunctuation: false)).count, "\(name): tokens")
            #expect(counts.letters == bareWords.reduce(0) { $0 + $1.unicodeScalars.count }, "\(name): letters")
            #expect(counts.longWords == bareWords.filter { $0.unicodeScalars.count > 6 }.count, "\(name): long words")
            // Per word as written, like textstat's polysyllable count (lower-casing first would
            // let the second punctuation pass drop the U+0307 of a lower-cased İ).
            #expect(counts.syllables == words.reduce(0) { $0 + memo.syllables($1) }, "\(name): syllables")
            // textstat's list_difficult_words, word by word (memoised: the corpus repeats itself).
            func difficult(_ threshold: Int) -> Int {
                words.filter { memo.isDifficult($0, threshold) }.count
            }
            #expect(counts.unfamiliarWords == difficult(0), "\(name): unfamiliar")
            #expect(counts.difficultWords == difficult(2), "\(name): difficult")
            #expect(counts.complexWords == difficult(3), "\(name): complex")

            let matches = Self.sentenceRegexMatches(text)
            #expect(Sentences.split(text).map { String(text[$0.range]) } == matches, "\(name): sentence spans")
            let short = matches.filter { WordList.words(in: $0).count <= 2 }.count
            #expect(counts.sentences == (text.isEmpty ? 0 : max(1, matches.count - short)), "\(name): sentences")
        }
    }

    /// Answers of the reference per distinct word, so the test stays fast in debug builds.
    final class Memo {
        private var syllableCounts: [String: Int] = [:]
        private var difficulty: [String: Bool] = [:]

        func syllables(_ word: String) -> Int {
            if let known = syllableCounts[word] { return known }
            let count = Syllables.count(word)
            syllableCounts[word] = count
            return count
        }

        func isDifficult(_ word: String, _ threshold: Int) -> Bool {
            let key = "\(threshold) \(word)"
            if let known = difficulty[key] { return known }
            let answer = WordList.isDifficult(word, syllableThreshold: threshold)
            difficulty[key] = answer
            return answer
        }
    }

    /// `re.findall(r"\b[^.!?]+[.!?]*", text)` read literally: try every scalar position; a match
    /// needs a word boundary there and takes the longest run of non-terminators, then the longest
    /// run of terminators.
    static func sentenceRegexMatches(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        func isWord(_ index: Int) -> Bool {
            guard scalars.indices.contains(index) else { return false }
            let scalar = scalars[index]
            if scalar == "_" { return true }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
            default: return scalar.properties.numericType != nil
            }
        }
        func isTerminator(_ index: Int) -> Bool { ".!?".unicodeScalars.contains(scalars[index]) }
        var matches: [String] = []
        var position = 0
        while position < scalars.count {
            let boundary = isWord(position - 1) != isWord(position)
            guard boundary, !isTerminator(position) else {
                position += 1
                continue
            }
            var end = position
            while end < scalars.count, !isTerminator(end) { end += 1 }
            while end < scalars.count, isTerminator(end) { end += 1 }
            var match = String.UnicodeScalarView()
            match.append(contentsOf: scalars[position..<end])
            matches.append(String(match))
            position = end
        }
        return matches
    }
}
