/// The stage's user documentation, as `launchkit stages` prints it: built from the tiers, required
/// items and check families the stage runs on, so the documentation cannot drift from the code.
enum ReadinessDocumentation {
    static let width = 96

    static var discussion: String {
        var paragraphs: [String] = []
        paragraphs.append("""
            Input: whatever earlier stages put in the kit (personas, messages, findings, competitors, \
            the sheets they wrote, their own checks); it needs none of them. Optionally a launch checklist. \
            Output: README.md (verdict, score and gate first, then what blocks the launch, every file of \
            the packet, how the score adds up, top findings, per-persona, per-channel and per-competitor \
            status), checklist.md, checklist.csv and summary.json; its checks in the kit and the gate, \
            which makes 'launchkit build' exit 1 when it fails. Findings: a warning for a checklist id \
            that looks like a mistyped required item.
            """)
        paragraphs.append("""
            Checklist file: 'items:', a list of id (lower-case letters, digits, '-'; unique), title, \
            owner, due (YYYY-MM-DD), status (todo, doing, done, n-a), and optionally required-from \
            (1, 2 or 3), link and note. Every problem of the file is reported at once, at its line and \
            column. n-a waives an item for this launch: say why in its note.
            """)
        paragraphs.append("""
            Launch tiers (release.tier). Each tier requires the items of every smaller tier plus its own, \
            by checklist id. An item with 'required-from: N' is required for tier N and bigger launches \
            (tier 1 is the biggest) and overrides the built-in value for its id; an item without it is \
            required only if the list below names its id. A required item missing from the checklist \
            counts as not done.
            """)
        var tiers: [String] = []
        for tier in LaunchTier.all {
            let own = RequiredItem.builtIn.filter { $0.requiredFrom == tier.number }.map(\.id)
            let smaller = tier.number < LaunchTier.all.count ? "everything tier \(tier.number + 1) requires, plus " : ""
            tiers.append("- Tier \(tier.number), \(tier.name) (\(tier.summary)): \(smaller)\(own.joined(separator: ", ")).")
        }
        paragraphs.append(tiers.joined(separator: "\n"))
        paragraphs.append("""
            Checks. Each family below is checked once per subject and its points are shared equally among \
            its subjects. A failed check of a blocking family fails the gate whatever the score. A family \
            with no subject in the kit is not applicable and counts in neither sum of the score.
            """)
        var families: [String] = []
        for family in CheckFamily.all {
            let blocking = family.blocking ? ", blocking" : ""
            families.append("- \(family.id) (\(ReadinessText.points(family.points)) points\(blocking)): \(family.rule). Not applicable when \(family.notApplicable).")
        }
        paragraphs.append(families.joined(separator: "\n"))
        paragraphs.append("""
            Check ids are '<family>:<subject id>' ('one-pagers:ciso'; persona-completeness adds the \
            persona kind: 'persona-completeness:channel-persona:msp'); no-errors has no subject. An open \
            item (todo or doing) is overdue when it is due after the release date: dates are compared with \
            the release date, never the clock, so the packet is the same whenever it is built.
            """)
        paragraphs.append("""
            Score: earned ÷ possible × 100, rounded down. 'possible' adds the points of every applicable \
            family and the weight of every check other stages added; 'earned' adds, per family, its points \
            × passed ÷ checks, and the weight of each passed check of another stage. With every family \
            applicable the points add up to 100. The gate fails when a blocking check fails (other stages' \
            blocking checks included) or when the score is below 'fail-under' ('--fail-under' wins); \
            without a threshold only blocking checks fail it.
            """)
        paragraphs.append("""
            summary.json (schema 'launchkit.readiness-summary', version 1; keys sorted, whole numbers \
            without a decimal point): generated (the SOURCE_DATE_EPOCH day, or null), release {product, \
            version, date, tier, tier_name}, score, gate {score, threshold, passed, blocking_failures}, \
            points {earned, possible}, counts {buyer_personas, channel_personas, messages, competitors, \
            files, findings {error, warning, suggestion}, checks {passed, failed, not_applicable}, \
            checklist {todo, doing, done, n-a, missing, overdue}}, families [{id, title, points, blocking, \
            applicable, not_applicable_reason, checks, passed, failed, earned}], checks [{id, title, family, \
            stage, passed, blocking, weight, detail, subject}], checklist [{id, title, owner, due, status, \
            required, required_from, overdue, link, note}], files [{path, kind, title, stage, bytes, \
            sha256}] for every other file of the packet, sorted by path, with the SHA-256 of its UTF-8 bytes.
            """)
        return paragraphs.map(wrap).joined(separator: "\n\n")
    }

    /// Wraps each line of `text` at ``width`` columns; list items continue indented by two spaces.
    static func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let indent = line.hasPrefix("- ") ? "  " : ""
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty, current.count + 1 + word.count > width {
                    lines.append(current)
                    current = indent + word
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
