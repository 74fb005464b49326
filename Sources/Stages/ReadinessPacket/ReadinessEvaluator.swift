import LaunchKitCore

extension Subject.Kind {
    /// A line of the launch checklist.
    static let checklistItem: Subject.Kind = "checklist-item"
}

/// Runs every ``CheckFamily`` over a kit. Pure: the same kit and checklist give the same checks.
///
/// It reads only what earlier stages left in the kit (personas, messages, findings, and the
/// artifacts' `kind` and `subject`), never the stages themselves, so it works with whichever ran.
struct ReadinessEvaluator {
    let kit: Kit
    let checklist: Checklist?
    let tier: LaunchTier
    /// The completeness score (0–100) a persona needs.
    /// The id of the running stage, written on each check; checks with another stage id are other
    /// stages' checks and count as they are.
    let stageID: String
    private let index: KitIndex

    init(kit: Kit, checklist: Checklist?, tier: LaunchTier, stageID: String) {
        self.kit = kit
        self.checklist = checklist
        self.tier = tier
        self.stageID = stageID
        index = KitIndex(kit)
    }

    func assess(threshold: Double?) -> ReadinessAssessment {
        let requirements = TierRequirements(tier: tier.number, checklist: checklist)
        let families = [
            requiredItems(requirements), noErrors(), buyerMessages(), onePagers(), channelBriefs(), battlecards(),
            channelChanges(), readingLevel(), personaCompleteness(), otherItems(requirements), schedule(),
        ]
        let external = kit.checks.filter { $0.stage != stageID }
        return ReadinessAssessment(
            stageID: stageID, release: kit.release, tier: tier, requirements: requirements, families: families, external: external, threshold: threshold)
    }

    // MARK: Checklist

    func requiredItems(_ requirements: TierRequirements) -> FamilyResult {
        let family = CheckFamily.requiredItems
        guard !requirements.required.isEmpty else {
            return FamilyResult(family, notApplicable: "the checklist lowers every item a tier \(tier.number) launch requires by default")
        }
        return FamilyResult(family, checks: requirements.required.map { entry in
            guard let item = entry.item else {
                var detail = "not on the checklist: add an item with the id '\(entry.id)'"
                if let typo = requirements.likelyTypo(of: entry.id, in: checklist) {
                    detail += " (or rename '\(typo.id)' if it is this item)"
                }
                return check(family, entry.id, entry.title, passed: false, detail: detail, subject: Subject(.checklistItem, entry.id))
            }
            return check(family, item.id, item.title, passed: item.status.isClosed, detail: itemDetail(item), subject: Subject(.checklistItem, item.id))
        })
    }

    func otherItems(_ requirements: TierRequirements) -> FamilyResult {
        let family = CheckFamily.otherItems
        guard !requirements.others.isEmpty else {
            return FamilyResult(family, notApplicable: checklist == nil ? "no checklist was given" : "every checklist item is required at tier \(tier.number)")
        }
        return FamilyResult(family, checks: requirements.others.map { item in
            check(family, item.id, item.title, passed: item.status.isClosed, detail: itemDetail(item), subject: Subject(.checklistItem, item.id))
        })
    }

    func schedule() -> FamilyResult {
        let family = CheckFamily.schedule
        let items = checklist?.items ?? []
        guard !items.isEmpty else {
            return FamilyResult(family, notApplicable: checklist == nil ? "no checklist was given" : "the checklist has no items")
        }
        return FamilyResult(family, checks: items.map { item in
            let overdue = item.isOverdue(releaseDate: kit.release.date)
            let detail = overdue
                ? "\(item.status.title.lowercased()), due \(item.due): \(ReadinessText.relative(item.due, to: kit.release.date))"
                : item.status.isClosed ? item.status.title.lowercased() : "due \(item.due), \(ReadinessText.relative(item.due, to: kit.release.date))"
            return check(family, item.id, "\(item.title) is due by the release date", passed: !overdue, detail: detail, subject: Subject(.checklistItem, item.id))
        })
    }

    /// Status, owner and due date in one clause, for check details and the blockers list.
    func itemDetail(_ item: ChecklistItem) -> String {
        switch item.status {
        case .done:
            return "done, owner \(item.owner)"
        case .notApplicable:
            return item.note.map { "not applicable: \($0)" } ?? "marked not applicable"
        case .todo, .doing:
            return "\(item.status.title.lowercased()), owner \(item.owner), due \(item.due) (\(ReadinessText.relative(item.due, to: kit.release.date)))"
        }
    }

    // MARK: Findings

    func noErrors() -> FamilyResult {
        let family = CheckFamily.noErrors
        let checkedSomething = !kit.findings.isEmpty || !kit.messages.isEmpty || !kit.buyerPersonas.isEmpty
            || !kit.channelPersonas.isEmpty || !kit.competitors.isEmpty
        guard checkedSomething else {
            return FamilyResult(family, notApplicable: "no stage added findings, messages, personas or competitors")
        }
        let errors = kit.findings.filter { $0.severity == .error }.sorted()
        let detail: String
        if errors.isEmpty {
            detail = kit.findings.isEmpty ? "no findings" : "none of the \(ReadinessText.count(kit.findings.count, "finding")) is an error"
        } else {
            let shown = errors.map { error in error.location.map { "\(error.message) (\($0))" } ?? error.message }
            detail = "\(ReadinessText.count(errors.count, "finding")) at error level: \(ReadinessText.list(shown, limit: 3))"
        }
        return FamilyResult(family, checks: [
            ReadinessCheck(id: family.id, title: family.title, passed: errors.isEmpty, detail: detail, stage: stageID),
        ])
    }

    // MARK: Buyer personas

    func buyerMessages() -> FamilyResult {
        let family = CheckFamily.buyerMessages
        guard !kit.buyerPersonas.isEmpty else { return FamilyResult(family, notApplicable: family.notApplicable) }
        return FamilyResult(family, checks: kit.buyerPersonas.map { persona in
            let messages = index.messages(forPersona: persona.id).map(\.id)
            let detail = messages.isEmpty
                ? "no message lists '\(persona.id)' under personas"
                : "\(ReadinessText.count(messages.count, "message")): \(ReadinessText.list(messages.map { "'\($0)'" }, limit: 4))"
            return check(family, persona.id, "\(persona.name) has a message", passed: !messages.isEmpty, detail: detail,
                         subject: Subject(.buyerPersona, persona.id))
        })
    }

    func onePagers() -> FamilyResult {
        let family = CheckFamily.onePagers
        guard !kit.buyerPersonas.isEmpty else { return FamilyResult(family, notApplicable: family.notApplicable) }
        return FamilyResult(family, checks: kit.buyerPersonas.map { persona in
            sheetCheck(family, kind: SheetKind.onePager, sheetName: "one-pager", subject: Subject(.buyerPersona, persona.id), name: persona.name)
        })
    }

    func readingLevel() -> FamilyResult {
        let family = CheckFamily.readingLevel
        var checks: [ReadinessCheck] = []
        for message in kit.messages {
            guard let grade = message.scores?.fleschKincaidGrade else { continue }
            let targets = message.personas.compactMap { id in index.buyerPersona(id: id)?.readingLevel.map { (id, $0) } }
            guard let (persona, target) = targets.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { continue }
            // Judged on the grade as shown (one decimal), so the page never says "grade 9, above 9".
            let shown = (grade * 10).rounded() / 10
            let passed = shown <= target
            let detail = "grade \(ReadinessText.grade(grade)), \(passed ? "within" : "above") grade \(ReadinessText.grade(target)) for '\(persona)'"
            checks.append(check(family, message.id, "Message '\(message.id)' reads at its personas' level", passed: passed, detail: detail,
                                subject: Subject(.message, message.id)))
        }
        return checks.isEmpty ? FamilyResult(family, notApplicable: family.notApplicable) : FamilyResult(family, checks: checks)
    }

    func personaCompleteness() -> FamilyResult {
        let family = CheckFamily.personaCompleteness
        let scored: [(Subject, String, Completeness)] =
            kit.buyerPersonas.compactMap { persona in persona.completeness.map { (Subject(.buyerPersona, persona.id), persona.name, $0) } }
            + kit.channelPersonas.compactMap { persona in persona.completeness.map { (Subject(.channelPersona, persona.id), persona.name, $0) } }
        guard !scored.isEmpty else { return FamilyResult(family, notApplicable: family.notApplicable) }
        return FamilyResult(family, checks: scored.map { subject, name, completeness in
            let passed = completeness.isSufficient
            var detail = "\(completeness.score)% complete"
            if !passed {
                detail += ", below the \(completeness.minimum)% asked"
                if !completeness.missing.isEmpty { detail += "; missing \(ReadinessText.list(completeness.missing))" }
            }
            return ReadinessCheck(
                id: "\(family.id):\(subject.kind.rawValue):\(subject.id)", title: "\(name) is complete enough", passed: passed,
                detail: detail, subject: subject, stage: stageID)
        })
    }

    // MARK: Channels and competitors

    func channelBriefs() -> FamilyResult {
        let family = CheckFamily.channelBriefs
        guard !kit.channelPersonas.isEmpty else { return FamilyResult(family, notApplicable: family.notApplicable) }
        return FamilyResult(family, checks: kit.channelPersonas.map { channel in
            sheetCheck(family, kind: SheetKind.channelBrief, sheetName: "channel brief", subject: Subject(.channelPersona, channel.id), name: channel.name)
        })
    }

    func channelChanges() -> FamilyResult {
        let family = CheckFamily.channelChanges
        guard !kit.channelPersonas.isEmpty else { return FamilyResult(family, notApplicable: family.notApplicable) }
        return FamilyResult(family, checks: kit.channelPersonas.map { channel in
            let support = ChannelSupport(channel: channel, channelMessages: index.messageCount(forChannel: channel.id))
            return check(family, channel.id, "Changes asked of \(channel.name) are supported", passed: support.isSufficient,
                         detail: support.summary, subject: Subject(.channelPersona, channel.id))
        })
    }

    func battlecards() -> FamilyResult {
        let family = CheckFamily.battlecards
        guard !kit.competitors.isEmpty else { return FamilyResult(family, notApplicable: family.notApplicable) }
        return FamilyResult(family, checks: kit.competitors.map { competitor in
            sheetCheck(family, kind: SheetKind.battlecard, sheetName: "battlecard", subject: Subject(.competitor, competitor.id), name: competitor.name)
        })
    }

    // MARK: Building checks

    private func sheetCheck(_ family: CheckFamily, kind: String, sheetName: String, subject: Subject, name: String) -> ReadinessCheck {
        let sheet = index.sheet(kind, about: subject)
        let detail = sheet.map(\.path) ?? "no \(sheetName) was written for '\(subject.id)'"
        return check(family, subject.id, "\(name) has a \(sheetName)", passed: sheet != nil, detail: detail, subject: subject)
    }

    /// A check of `family` about one subject; `FamilyResult` sets its weight and blocking flag.
    private func check(_ family: CheckFamily, _ subjectID: String, _ title: String, passed: Bool, detail: String, subject: Subject) -> ReadinessCheck {
        ReadinessCheck(id: "\(family.id):\(subjectID)", title: title, passed: passed, detail: detail, subject: subject, stage: stageID)
    }
}
