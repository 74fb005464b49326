/// One rule per check type, in Vale's YAML, with text that must trigger it at the `↓` markers
/// and text that must not. ``CheckTypeExampleTests`` runs every one.
enum CheckTypeExamples {
    static let all: [RuleExample] = [
        RuleExample(
            name: "Existence",
            yaml: """
                extends: existence
                message: "Consider removing '%s'."
                ignorecase: true
                tokens:
                  - very
                  - may help
                """,
            triggering: ["This is ↓very good, and it ↓May help you.", "# A ↓very short title\n\n- ↓very\n"],
            nonTriggering: ["Everything is fine here.", "Use `very` in code.", "```\nvery\n```\n", "[link](https://very.example.com)"],
            message: "Consider removing 'very'."),
        RuleExample(
            name: "ExistenceExceptions",
            yaml: """
                extends: existence
                message: "Define '%s'."
                nonword: true
                tokens:
                  - '\\b[A-Z]{3,5}\\b'
                exceptions:
                  - API
                  - URL
                """,
            triggering: ["Our ↓CNAPP uses an API."],
            nonTriggering: ["Our API returns a URL."]),
        RuleExample(
            name: "Substitution",
            yaml: """
                extends: substitution
                message: "Use '%s' instead of '%s'."
                level: error
                ignorecase: true
                swap:
                  utilize: use
                  leverage: use
                  best-in-class: leading
                """,
            triggering: ["We ↓utilize and ↓leverage a ↓best-in-class tool."],
            nonTriggering: ["We use a leading tool.", "Utilization is a noun."],
            message: "Use 'use' instead of 'utilize'.", suggestion: "use"),
        RuleExample(
            name: "SubstitutionReplaceAction",
            yaml: """
                extends: substitution
                message: "Consider using '%s' instead of '%s'."
                ignorecase: true
                capitalize: true
                action:
                  name: replace
                swap:
                  in order to: to
                  a number of: some|several
                """,
            triggering: ["↓In order to win, ↓a number of teams ship early."],
            nonTriggering: ["To win, several teams ship early."],
            message: "Consider using 'To' instead of 'In order to'.", suggestion: "To"),
        RuleExample(
            name: "OccurrenceMaximum",
            yaml: """
                extends: occurrence
                message: "Sentences should have at most 8 words (this one has %s)."
                scope: sentence
                max: 8
                token: '\\b(\\w+)\\b'
                """,
            triggering: ["↓This sentence has far too many words in it to read easily. Short one."],
            nonTriggering: ["Short one. Another short sentence."],
            format: .text,
            message: "Sentences should have at most 8 words (this one has 12)."),
        RuleExample(
            name: "OccurrenceMinimum",
            yaml: """
                extends: occurrence
                message: "Say what the customer gains."
                scope: text
                min: 1
                ignorecase: true
                token: '\\b(?:benefit|save|gain)s?\\b'
                """,
            triggering: ["↓Our platform has an engine."],
            nonTriggering: ["Teams save an hour a day."],
            format: .text),
        RuleExample(
            name: "Repetition",
            yaml: """
                extends: repetition
                message: "'%s' is repeated!"
                level: error
                alpha: true
                tokens:
                  - '[^\\s]+'
                """,
            triggering: ["This is ↓the the end.", "It ↓is is\nfine."],
            nonTriggering: ["This is the end.", "Version 2 2 is numeric."],
            message: "'the' is repeated!"),
        RuleExample(
            name: "CapitalizationSentence",
            yaml: """
                extends: capitalization
                message: "'%s' should be in sentence case."
                scope: heading
                match: $sentence
                exceptions:
                  - LaunchKit
                """,
            triggering: ["# ↓This Is A Heading\n", "## ↓Getting Started With Packets\n"],
            nonTriggering: ["# This is a heading\n", "This Is Not A Heading.\n", "# Getting started with LaunchKit\n"],
            message: "'This Is A Heading' should be in sentence case."),
        RuleExample(
            name: "CapitalizationTitle",
            yaml: """
                extends: capitalization
                message: "'%s' should be in title case ('%s')."
                scope: heading
                match: $title
                """,
            triggering: ["# ↓The state of the art\n"],
            nonTriggering: ["# The State of the Art\n"],
            message: "'The state of the art' should be in title case ('The State of the Art')."),
        RuleExample(
            name: "Metric",
            yaml: """
                extends: metric
                message: "Try to keep the Flesch-Kincaid grade level (%s) below 8."
                formula: |
                  (0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59
                condition: "> 8"
                """,
            triggering: [
                "↓Notwithstanding the aforementioned considerations, organizational stakeholders must systematically operationalize comprehensive transformational initiatives.\n",
            ],
            nonTriggering: ["The cat sat on the mat. It was warm.\n"]),
        RuleExample(
            name: "Conditional",
            yaml: """
                extends: conditional
                message: "'%s' has no definition."
                level: warning
                first: '\\b([A-Z]{3,5})\\b'
                second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'
                exceptions:
                  - API
                """,
            triggering: ["We protect workloads with ↓CNAPP.", "Our ↓SBOM is signed.\n\nSoftware Bill Of Materials (SBOM) files list parts.\n"],
            nonTriggering: [
                "A Cloud Native Application Protection Platform (CNAPP) helps. CNAPP is good.", "The API is fine.",
                // As in Vale, a definition anywhere in the same paragraph counts.
                "Our SBOM is signed. Software Bill Of Materials (SBOM) files list parts.",
            ],
            message: "'CNAPP' has no definition."),
        RuleExample(
            name: "Consistency",
            yaml: """
                extends: consistency
                message: "Inconsistent spelling of '%s'."
                level: error
                ignorecase: true
                either:
                  color: colour
                """,
            triggering: ["The color is red.\n\nThe ↓colour is blue.\n"],
            nonTriggering: ["The color is red. The color is blue.\n"],
            message: "Inconsistent spelling of 'colour'."),
        RuleExample(
            name: "Readability",
            yaml: """
                extends: readability
                message: "Grade level (%s) too high!"
                grade: 8
                metrics:
                  - Flesch-Kincaid
                """,
            triggering: [
                "↓Notwithstanding the aforementioned considerations, organizational stakeholders must systematically operationalize comprehensive transformational initiatives.\n",
            ],
            nonTriggering: ["The cat sat on the mat. It was warm.\n"]),
        RuleExample(
            name: "RawScope",
            yaml: """
                extends: existence
                message: "Don't emphasise inside a heading."
                scope: raw
                nonword: true
                tokens:
                  - '^#+.*\\*.*'
                """,
            triggering: ["Intro.\n\n↓## A *bold* heading\n"],
            nonTriggering: ["## A plain heading\n\nSome *emphasis*.\n"]),
    ]
}
