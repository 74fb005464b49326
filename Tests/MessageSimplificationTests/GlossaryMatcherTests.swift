import Testing
@testable import MessageSimplification

/// Which glossary terms the matcher finds in a text, written as the matched words in text order.
@Suite struct GlossaryMatcherTests {
    func found(_ text: String, in terms: [Glossary.Term]) -> [String] {
        let scalars = ScalarText(text)
        return GlossaryMatcher.matches(of: Glossary(terms), in: scalars).map { match in
            "\(scalars[match.range])=\(match.term.term)\(match.isPlural ? " (plural)" : "")"
        }
    }

    @Test func acronymsInTheirOwnCaseOtherTermsInAnyCase() {
        let terms = [Glossary.Term(term: "SBOM"), Glossary.Term(term: "shift left")]
        #expect(found("Export an SBOM, not an sbom. Shift Left, SHIFT LEFT.", in: terms) == [
            "SBOM=SBOM", "Shift Left=shift left", "SHIFT LEFT=shift left",
        ])
    }

    @Test func wholeWordsOnlyWithAPluralS() {
        let terms = [Glossary.Term(term: "CSPM"), Glossary.Term(term: "EC2")]
        #expect(found("CSPMX and XCSPM and CSPMs and CSPMS and EC2s and EC2.", in: terms) == ["CSPMs=CSPM (plural)", "EC2=EC2"])
    }

    @Test func aSpaceInATermMatchesAnyRunOfWhiteSpace() {
        let terms = [Glossary.Term(term: "east-west traffic")]
        #expect(found("See east-west\n  traffic and east-west\u{2003}traffic.", in: terms) == [
            "east-west\n  traffic=east-west traffic", "east-west\u{2003}traffic=east-west traffic",
        ])
    }

    @Test func theLongestTermWinsWhereTermsOverlap() {
        let terms = [
            Glossary.Term(term: "posture management"), Glossary.Term(term: "cloud security posture management"),
            Glossary.Term(term: "security"), Glossary.Term(term: "management console"),
        ]
        #expect(found("Cloud security posture management console, security posture management console.", in: terms) == [
            "Cloud security posture management=cloud security posture management",
            "security=security",
            "posture management=posture management",
        ])
    }

    @Test func theTermListedFirstWinsWhereTwoMatchTheSameWords() {
        let acronymFirst = [Glossary.Term(term: "CNAPP", plain: "platform"), Glossary.Term(term: "Cnapp", plain: "tool")]
        #expect(found("One CNAPP.", in: acronymFirst) == ["CNAPP=CNAPP"])
        #expect(found("One CNAPP.", in: acronymFirst.reversed()) == ["CNAPP=Cnapp"])
        // The plural of one term and another term spelled with an `s` cover the same words.
        let pluralFirst = [Glossary.Term(term: "CNAPP"), Glossary.Term(term: "cnapps")]
        #expect(found("Compare CNAPPs.", in: pluralFirst) == ["CNAPPs=CNAPP (plural)"])
        #expect(found("Compare CNAPPs.", in: pluralFirst.reversed()) == ["CNAPPs=cnapps"])
    }

    @Test func termsThatStartWithPunctuationAreFoundInsideWords() {
        let terms = [Glossary.Term(term: ".NET"), Glossary.Term(term: "C#")]
        #expect(found("Port ASP.NET apps and C# code.", in: terms) == [".NET=.NET", "C#=C#"])
    }

    @Test func termsAreLookedUpByNameAsWrittenThenInAnyCase() {
        var glossary = Glossary([Glossary.Term(term: "Cnapp", plain: "first"), Glossary.Term(term: "CNAPP", plain: "second"), Glossary.Term(term: "SBOM")])
        #expect(glossary.term(named: "CNAPP")?.plain == "second")
        #expect(glossary.term(named: "cnapp")?.plain == "first")
        #expect(glossary.term(named: "sbom") == nil)
        glossary.terms.removeFirst()
        #expect(glossary.term(named: "cnapp") == nil)
        #expect(GlossaryMatcher.matches(of: glossary, in: ScalarText("A CNAPP.")).map(\.term.plain) == ["second"])
    }

    @Test func aTermKnowsWhetherItIsAnAcronymAfterAChange() {
        var term = Glossary.Term(term: "CNAPP")
        #expect(term.isAcronym)
        term.term = "cloud platform"
        #expect(!term.isAcronym)
    }
}
