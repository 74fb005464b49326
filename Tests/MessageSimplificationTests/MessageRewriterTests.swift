import Testing
@testable import MessageSimplification

/// The rewrite applies replacements where `↓…↓` pairs mark them, and nothing else.
@Suite struct MessageRewriterTests {
    /// Rewrites `marked` with one replacement per pair of markers, in order.
    func rewrite(_ marked: String, _ replacements: [String]) -> String? {
        let example = RuleExample(marked)
        let (text, offsets) = example.unmarked
        let edits = replacements.enumerated().map { index, replacement in
            TextEdit(range: offsets[2 * index]..<offsets[2 * index + 1], replacement: replacement)
        }
        return MessageRewriter.rewrite(text, applying: edits)
    }

    @Test func replacesGlossaryTermsInPlace() {
        #expect(rewrite("Replace four tools with one ↓CNAPP↓.", ["cloud security platform"]) == "Replace four tools with one cloud security platform.")
    }

    @Test func capitalizesAtTheStartOfASentence() {
        #expect(rewrite("↓CNAPP↓ covers every account. ↓Leverage↓ it.", ["cloud security platform", "use"])
            == "Cloud security platform covers every account. Use it.")
        #expect(rewrite("\"↓CNAPP↓\" is a label.", ["cloud security platform"]) == "\"Cloud security platform\" is a label.")
    }

    @Test func keepsTheReplacementsCaseInsideASentence() {
        #expect(rewrite("Teams ↓Leverage↓ it.", ["use"]) == "Teams use it.")
        #expect(rewrite("Runs on ↓aws↓ today.", ["Amazon Web Services"]) == "Runs on Amazon Web Services today.")
    }

    @Test func fixesTheArticleBeforeAReplacement() {
        #expect(rewrite("Export an ↓SBOM↓ for every build.", ["software bill of materials (SBOM)"])
            == "Export a software bill of materials (SBOM) for every build.")
        #expect(rewrite("An ↓SBOM↓ ships with every build.", ["software bill of materials (SBOM)"])
            == "A software bill of materials (SBOM) ships with every build.")
        #expect(rewrite("Buy a ↓CNAPP↓ once.", ["all-in-one platform"]) == "Buy an all-in-one platform once.")
        #expect(rewrite("Get a ↓tool↓ now.", ["unified view"]) == "Get a unified view now.")
        #expect(rewrite("Get a ↓tool↓ now.", ["hour-long demo"]) == "Get an hour-long demo now.")
        #expect(rewrite("Data ↓CNAPP↓ now.", ["all-in-one platform"]) == "Data all-in-one platform now.")
    }

    @Test func skipsAReplacementThatOverlapsAnEarlierOne() {
        let text = "Replace one CNAPP platform."
        let edits = [
            TextEdit(range: 12..<26, replacement: "tool"),
            TextEdit(range: 12..<17, replacement: "cloud security platform"),
        ]
        #expect(MessageRewriter.rewrite(text, applying: edits) == "Replace one cloud security platform platform.")
    }

    @Test func returnsNilWhenNothingChanges() {
        #expect(MessageRewriter.rewrite("Nothing to do.", applying: []) == nil)
        #expect(rewrite("Keep ↓this↓ word.", ["this"]) == nil)
    }

    @Test func countsUnicodeScalarsLikeTheRules() {
        #expect(rewrite("☁️ Café ↓CNAPP↓ ☁️", ["platform"]) == "☁️ Café platform ☁️")
    }

    @Test func choosesArticlesBySound() {
        #expect(IndefiniteArticle.forPhrase("SBOM") == "an")
        #expect(IndefiniteArticle.forPhrase("CNAPP") == "a")
        #expect(IndefiniteArticle.forPhrase("unified view") == "a")
        #expect(IndefiniteArticle.forPhrase("update") == "an")
        #expect(IndefiniteArticle.forPhrase("hour") == "an")
        #expect(IndefiniteArticle.forPhrase("8-hour scan") == "an")
        #expect(IndefiniteArticle.forPhrase("one-click fix") == "a")
    }
}
