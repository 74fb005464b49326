/// Expected alerts of Vale's own fixtures that LaunchKit does not reproduce, each with the reason.
/// Every one is a check type this engine does not implement, or a format it does not lint; the
/// conformance test fails if any other expected alert goes missing.
enum ValeTestdataKnownDifferences {
    static let spelling = "spelling checks need Hunspell dictionaries (Vale's built-in en_US one was not copied); extends: spelling loads but reports nothing"
    static let sequence = "sequence checks need a part-of-speech tagger (twine's perceptron model); extends: sequence loads but reports nothing"
    static let script = "script checks run Tengo programs; extends: script loads but reports nothing"
    static let yamlComments = "Vale lints only the comments of YAML files (tree-sitter); LaunchKit lints Markdown, text, and unknown formats as plain text, and skips code formats"

    static let all: [KnownDifference] = [
        KnownDifference(kind: .missing, scenario: "Checks / Script", line: "test.md:29:1:Checks.ScriptRE:Consider inserting a new section heading at this point.", reason: script),
        KnownDifference(kind: .missing, scenario: "Checks / Script", line: "test.md:39:1:Checks.ScriptRE:Consider inserting a new section heading at this point.", reason: script),
        KnownDifference(kind: .missing, scenario: "Checks / Script", line: "test.md:4:19:Scripts.CustomMsg:Some message", reason: script),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:11:32:LanguageTool.OF_ALL_TIMES:In this context, the idiom needs to be spelled 'of all time'.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:13:5:LanguageTool.OF_ALL_TIMES:In this context, the idiom needs to be spelled 'of all time'.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:15:24:LanguageTool.OF_ALL_TIMES:In this context, the idiom needs to be spelled 'of all time'.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:17:42:LanguageTool.OF_ALL_TIMES:In this context, the idiom needs to be spelled 'of all time'.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:21:5:LanguageTool.APOS_ARE:Did you mean \"endpoints\" instead of \"endpoint's\"?", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:25:1:LanguageTool.Metadata:Use data and metadata as plural nouns.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:29:1:LanguageTool.Metadata:Use data and metadata as plural nouns.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:31:17:LanguageTool.ARE_USING:Use 'by using' instead of 'using' when it follows a noun for clarity and grammatical correctness.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:3:4:LanguageTool.WOULD_BE_JJ_VB:The infinitive 'write' after 'be' requries 'to'. Did you mean 'be great *to* write'?", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.md:9:88:LanguageTool.WOULD_BE_JJ_VB:The infinitive 'come' after 'be' requries 'to'. Did you mean 'be available *to* come'?", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.txt:11:32:LanguageTool.OF_ALL_TIMES:In this context, the idiom needs to be spelled 'of all time'.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.txt:13:5:LanguageTool.OF_ALL_TIMES:In this context, the idiom needs to be spelled 'of all time'.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.txt:15:24:LanguageTool.OF_ALL_TIMES:In this context, the idiom needs to be spelled 'of all time'.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.txt:17:42:LanguageTool.OF_ALL_TIMES:In this context, the idiom needs to be spelled 'of all time'.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.txt:21:5:LanguageTool.APOS_ARE:Did you mean \"endpoints\" instead of \"endpoint's\"?", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.txt:25:1:LanguageTool.Metadata:Use data and metadata as plural nouns.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.txt:29:1:LanguageTool.Metadata:Use data and metadata as plural nouns.", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.txt:3:4:LanguageTool.WOULD_BE_JJ_VB:The infinitive 'write' after 'be' requries 'to'. Did you mean 'be great *to* write'?", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Sequence", line: "test.txt:9:88:LanguageTool.WOULD_BE_JJ_VB:The infinitive 'come' after 'be' requries 'to'. Did you mean 'be available *to* come'?", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Checks / Spelling", line: "test.md:16:1:Vale.Spelling:Did you really mean 'gitlab'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Checks / Spelling", line: "test.md:28:11:Vale.Spelling:Did you really mean 'typpo'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Checks / Spelling", line: "test.md:32:17:Vale.Spelling:Did you really mean 'gfm'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Checks / Spelling", line: "test.md:34:17:Vale.Spelling:Did you really mean 'remmark'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Lint / Lint a YAML file", line: "test.yml:15:45:vale.Annotations:'XXX' left in text", reason: yamlComments),
        KnownDifference(kind: .missing, scenario: "Lint / Lint a YAML file", line: "test.yml:3:19:vale.Annotations:'TODO' left in text", reason: yamlComments),
        KnownDifference(kind: .missing, scenario: "Misc / Duplicate matches", line: "test.md:5:95:Vale.Spelling:Did you really mean 'multimicrophone'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Misc / infostrings", line: "test.md:16:24:Vale.Spelling:Did you really mean 'Encryptor'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Misc / infostrings", line: "test.md:16:35:Vale.Spelling:Did you really mean 'Jasypt'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Misc / infostrings", line: "test.md:17:25:Vale.Spelling:Did you really mean 'config'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Misc / infostrings", line: "test.md:23:78:Vale.Spelling:Did you really mean 'config'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Misc / infostrings", line: "test.md:23:85:Vale.Spelling:Did you really mean 'json'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against Scripts", line: "test.md:17:1:Scripts.Test:Consider inserting a new section heading at this point.", reason: script),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against Scripts", line: "test.md:27:1:Scripts.Test:Consider inserting a new section heading at this point.", reason: script),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against demo", line: "test.md:14:121:demo.Filters:Did you really mean 'DBA'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against demo", line: "test.md:16:1:demo.Filters:Did you really mean 'MHS'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against demo", line: "test.md:16:60:demo.Filters:Did you really mean 'MHS'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against demo", line: "test.md:22:47:demo.Spellcheck:Did you really mean 'preceeded'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against demo", line: "test.md:22:6:demo.Spellcheck:Did you really mean 'dissapear'?", reason: spelling),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against demo", line: "test.md:26:110:demo.Meet-up:Use 'meetup(s)' instead of 'meet-up'", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against demo", line: "test.md:26:381:demo.Meetup:Use 'meetup(s)' instead of 'meet up'", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against demo", line: "test.md:26:3:demo.Meetup:Use 'meetup(s)' instead of 'meet up'", reason: sequence),
        KnownDifference(kind: .missing, scenario: "Styles / Lint against demo", line: "test.md:28:1:demo.Filters:Did you really mean 'FOOOOOO'?", reason: spelling),
    ]
}
