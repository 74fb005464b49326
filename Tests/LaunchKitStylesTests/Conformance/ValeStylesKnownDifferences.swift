/// Expected alerts of the style packages' fixtures that LaunchKit does not reproduce, by
/// package, each with the reason. All come from Vale versions older than the one LaunchKit
/// follows (3.7, the version of Vale's own fixtures and close to Google's CI, 3.9).
enum ValeStylesKnownDifferences {
    /// Vale 3.4.1 (commit 231fac2a) stopped capitalising a substitution's replacement because of
    /// `ignorecase` and added the `capitalize` option; Microsoft's CI still runs Vale 3.3.0, and
    /// Google's (3.9) expects the new behaviour ("Use 'it's' instead of 'It is'"). LaunchKit
    /// prints the lower-case replacement at the same positions.
    static let vale33Capitalization = "Vale 3.3 capitalised a substitution's replacement after a capitalised match because of ignorecase; since 3.4.1 only 'capitalize: true' does (Google's CI, on Vale 3.9, expects the new form)"
    /// alex's expectations predate the split of `alex.Profanity` into `ProfanityLikely`,
    /// `ProfanityMaybe` and `ProfanityUnlikely`; LaunchKit flags the same four words at the same
    /// positions under the new names.
    static let alexRenamed = "the package split alex.Profanity into ProfanityLikely/Maybe/Unlikely after this expectation was written (Vale 2); the same word is flagged at the same position under the new name"
    /// Since Vale 3 (commit fea611fe) a `replace` action quotes the replacement itself, and only a
    /// message that quotes both `%s` loses its own quotes; this rule quotes one, so Vale 3 prints
    /// `''Hong Konger''`, as LaunchKit does.
    static let vale2Quoting = "Vale 3 quotes a replace action's suggestion itself, so this message (one quoted %s) prints ''Hong Konger''; the expectation is from Vale 2"

    static let all: [String: [KnownDifference]] = [
        "Microsoft": [
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:105:1:Microsoft.Contractions:Use 'doesn't' instead of 'Does not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:123:1:Microsoft.Contractions:Use 'hasn't' instead of 'Has not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:141:1:Microsoft.Contractions:Use 'haven't' instead of 'Have not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:155:1:Microsoft.Contractions:Use 'how's' instead of 'How is'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:15:1:Microsoft.Contractions:Use 'aren't' instead of 'Are not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:169:1:Microsoft.Contractions:Use 'isn't' instead of 'Is not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:171:1:Microsoft.Contractions:Use 'that's' instead of 'That is'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:17:1:Microsoft.Contractions:Use 'they're' instead of 'They are'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:187:1:Microsoft.Contractions:Use 'it's' instead of 'It is'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:205:1:Microsoft.Contractions:Use 'shouldn't' instead of 'Should not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:223:1:Microsoft.Contractions:Use 'that's' instead of 'That is'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:245:1:Microsoft.Contractions:Use 'they're' instead of 'They are'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:259:1:Microsoft.Contractions:Use 'wasn't' instead of 'Was not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:277:1:Microsoft.Contractions:Use 'we're' instead of 'We are'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:295:1:Microsoft.Contractions:Use 'we've' instead of 'We have'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:313:1:Microsoft.Contractions:Use 'weren't' instead of 'Were not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:331:1:Microsoft.Contractions:Use 'what's' instead of 'What is'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:33:1:Microsoft.Contractions:Use 'can't' instead of 'Cannot'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:349:1:Microsoft.Contractions:Use 'when's' instead of 'When is'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:367:1:Microsoft.Contractions:Use 'where's' instead of 'Where is'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:385:1:Microsoft.Contractions:Use 'won't' instead of 'Will not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:51:1:Microsoft.Contractions:Use 'couldn't' instead of 'Could not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:69:1:Microsoft.Contractions:Use 'didn't' instead of 'Did not'.", reason: vale33Capitalization),
            KnownDifference(kind: .extra, scenario: "Rules / Use of contractions", line: "test.md:87:1:Microsoft.Contractions:Use 'don't' instead of 'Do not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:105:1:Microsoft.Contractions:Use 'Doesn't' instead of 'Does not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:123:1:Microsoft.Contractions:Use 'Hasn't' instead of 'Has not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:141:1:Microsoft.Contractions:Use 'Haven't' instead of 'Have not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:155:1:Microsoft.Contractions:Use 'How's' instead of 'How is'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:15:1:Microsoft.Contractions:Use 'Aren't' instead of 'Are not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:169:1:Microsoft.Contractions:Use 'Isn't' instead of 'Is not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:171:1:Microsoft.Contractions:Use 'That's' instead of 'That is'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:17:1:Microsoft.Contractions:Use 'They're' instead of 'They are'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:187:1:Microsoft.Contractions:Use 'It's' instead of 'It is'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:205:1:Microsoft.Contractions:Use 'Shouldn't' instead of 'Should not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:223:1:Microsoft.Contractions:Use 'That's' instead of 'That is'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:245:1:Microsoft.Contractions:Use 'They're' instead of 'They are'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:259:1:Microsoft.Contractions:Use 'Wasn't' instead of 'Was not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:277:1:Microsoft.Contractions:Use 'We're' instead of 'We are'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:295:1:Microsoft.Contractions:Use 'We've' instead of 'We have'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:313:1:Microsoft.Contractions:Use 'Weren't' instead of 'Were not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:331:1:Microsoft.Contractions:Use 'What's' instead of 'What is'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:33:1:Microsoft.Contractions:Use 'Can't' instead of 'Cannot'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:349:1:Microsoft.Contractions:Use 'When's' instead of 'When is'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:367:1:Microsoft.Contractions:Use 'Where's' instead of 'Where is'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:385:1:Microsoft.Contractions:Use 'Won't' instead of 'Will not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:51:1:Microsoft.Contractions:Use 'Couldn't' instead of 'Could not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:69:1:Microsoft.Contractions:Use 'Didn't' instead of 'Did not'.", reason: vale33Capitalization),
            KnownDifference(kind: .missing, scenario: "Rules / Use of contractions", line: "test.md:87:1:Microsoft.Contractions:Use 'Don't' instead of 'Do not'.", reason: vale33Capitalization),
        ],
        "alex": [
            KnownDifference(kind: .missing, scenario: "Rules / Basic test case", line: "fail.md:3:21:alex.Profanity:Be careful with 'fucking', it’s profane in some cases.", reason: alexRenamed),
            KnownDifference(kind: .missing, scenario: "Rules / Basic test case", line: "fail.md:6:13:alex.Profanity:Be careful with 'damn', it’s profane in some cases.", reason: alexRenamed),
            KnownDifference(kind: .missing, scenario: "Rules / Basic test case", line: "fail.md:6:18:alex.Profanity:Be careful with 'sexy', it’s profane in some cases.", reason: alexRenamed),
            KnownDifference(kind: .missing, scenario: "Rules / Basic test case", line: "fail.md:8:210:alex.Profanity:Be careful with 'dead', it’s profane in some cases.", reason: alexRenamed),
        ],
        "proselint": [
            KnownDifference(kind: .missing, scenario: "Rules / Basic tests", line: "test.md:45:21:proselint.DenizenLabels:Did you mean 'Hong Konger'?", reason: vale2Quoting),
        ],
    ]
}
