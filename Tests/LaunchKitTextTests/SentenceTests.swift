import LaunchKitText
import Testing

@Suite struct SentenceTests {
    private func texts(of text: String) -> [String] {
        Sentences.split(text).map { String(text[$0.range]) }
    }

    @Test func splitsAfterEachRunOfTerminators() {
        #expect(texts(of: "Hello world. This is fine!") == ["Hello world.", "This is fine!"])
        #expect(texts(of: "Really?! Yes... we ship today") == ["Really?!", "Yes...", "we ship today"])
    }

    @Test func startsAtTheFirstWordCharacter() {
        // textstat's `\b` cannot hold at a quote or a space, so the opening quote is left out.
        let text = "“Quoted sentence here,” she said. Next one is here!"
        #expect(texts(of: text) == ["Quoted sentence here,” she said.", "Next one is here!"])
    }

    @Test func reportsWordCountsAndWhichSentencesCount() {
        let spans = Sentences.split("Thanks! We shipped the new release today.")
        #expect(spans.map(\.wordCount) == [1, 6])
        #expect(spans.map(\.isCounted) == [false, true])
    }

    @Test func abbreviationsAndDecimalsEndSentencesAsInTextstat() {
        #expect(texts(of: "See the notes, e.g. the changelog.") == ["See the notes, e.", "g.", "the changelog."])
        #expect(texts(of: "We shipped 3.5x faster builds.") == ["We shipped 3.", "5x faster builds."])
    }

    @Test func aSentenceCanStartInsideAToken() {
        #expect(texts(of: "end.Start of the next") == ["end.", "Start of the next"])
    }

    @Test func textWithoutWordCharactersHasNoSentences() {
        #expect(Sentences.split("").isEmpty)
        #expect(Sentences.split("   ").isEmpty)
        #expect(Sentences.split("... !? —").isEmpty)
    }

    @Test func rangesPointIntoTheOriginalText() throws {
        let text = "Café prices rose. Naïve buyers 🚀 paid more!"
        let spans = Sentences.split(text)
        #expect(spans.count == 2)
        let second = try #require(spans.last)
        #expect(text.distance(from: text.startIndex, to: second.range.lowerBound) == 18)
        #expect(text[second.range] == "Naïve buyers 🚀 paid more!")
        #expect(second.wordCount == 4)  // the rocket is not a word
    }
}
