import Crypto
import LaunchKitCore

/// summary.json: the readiness verdict for tools (dashboards, release pipelines), with a hash of
/// every packet file so a reader can tell the packet it describes has not changed.
///
/// Schema `launchkit.readiness-summary`, version 1 (`version` changes when a field changes meaning
/// or goes away; new fields may appear within a version). Keys are sorted; numbers are integers
/// where whole; `null` marks a value that does not exist.
///
/// ```
/// schema       "launchkit.readiness-summary"
/// version      1
/// generated    "YYYY-MM-DD" from SOURCE_DATE_EPOCH, or null: no date without it
/// release      {product, version, date, tier, tier_name}
/// score        0–100, the readiness score
/// gate         {score, threshold (null when none), passed, blocking_failures: [check id]}
/// points       {earned, possible}: score = ⌊100 × earned ÷ possible⌋
/// counts       {buyer_personas, channel_personas, messages, competitors, files,
///               findings {error, warning, suggestion},
///               checks {passed, failed, not_applicable (families)},
///               checklist {todo, doing, done, n-a, missing, overdue}}
/// families     [{id, title, points, blocking, applicable, not_applicable_reason,
///                checks, passed, failed, earned}]  in packet order
/// checks       [{id, title, family (null for other stages' checks), stage, passed, blocking,
///                weight, detail, subject {kind, id} or null}]  this stage's, then other stages'
/// checklist    [{id, title, owner, due, status, required, required_from, overdue, link, note}]
///              required items first; a required item missing from the checklist has status
///              "missing" and null owner and due
/// files        [{path, kind, title, stage, bytes, sha256}]  every other file of the packet,
///              sorted by path; sha256 of the file's UTF-8 bytes, lower-case hex
/// ```
enum ReadinessSummary {
    static let schema = "launchkit.readiness-summary"
    static let version = 1

    /// - Parameters:
    ///   - assessment: the verdict.
    ///   - kit: the kit, whose artifacts at this point are every file but summary.json itself.
    ///   - generated: the SOURCE_DATE_EPOCH day, when set.
    static func render(_ assessment: ReadinessAssessment, kit: Kit, generated: CalendarDate?) -> String {
        let release = assessment.release
        let families = assessment.families
        let checks = assessment.allChecks
        let checklist = ChecklistRows(assessment)
        let severities = kit.findingCounts()
        let document: [String: JSONValue] = [
            "schema": .string(schema),
            "version": .integer(version),
            "generated": .optional(generated?.description),
            "release": .object([
                "product": .string(release.product), "version": .string(release.version), "date": .string(release.date.description),
                "tier": .integer(release.tier), "tier_name": .string(assessment.tier.name),
            ]),
            "score": .integer(assessment.score.value),
            "gate": .object([
                "score": .number(assessment.gate.score),
                "threshold": assessment.gate.threshold.map(JSONValue.number) ?? .null,
                "passed": .bool(assessment.gate.passed),
                "blocking_failures": .array(assessment.gate.blockingFailures.map(JSONValue.string)),
            ]),
            "points": .object(["earned": .number(assessment.score.earned), "possible": .number(assessment.score.possible)]),
            "counts": .object([
                "buyer_personas": .integer(kit.buyerPersonas.count),
                "channel_personas": .integer(kit.channelPersonas.count),
                "messages": .integer(kit.messages.count),
                "competitors": .integer(kit.competitors.count),
                "files": .integer(kit.artifacts.count),
                "findings": .object(Dictionary(uniqueKeysWithValues: Diagnostic.Severity.allCases.map { ($0.rawValue, .integer(severities[$0] ?? 0)) })),
                "checks": .object([
                    "passed": .integer(checks.filter(\.passed).count),
                    "failed": .integer(checks.filter { !$0.passed }.count),
                    "not_applicable": .integer(families.filter { !$0.isApplicable }.count),
                ]),
                "checklist": .object(checklist.counts.mapValues(JSONValue.integer)),
            ]),
            "families": .array(families.map { result in
                .object([
                    "id": .string(result.family.id), "title": .string(result.family.title),
                    "points": .number(result.family.points), "blocking": .bool(result.family.blocking),
                    "applicable": .bool(result.isApplicable), "not_applicable_reason": .optional(result.notApplicableReason),
                    "checks": .integer(result.checks.count), "passed": .integer(result.passed.count),
                    "failed": .integer(result.failed.count), "earned": .number(result.earned),
                ])
            }),
            "checks": .array(checks.map { check in
                .object([
                    "id": .string(check.id), "title": .string(check.title),
                    "family": .optional(assessment.family(of: check)?.family.id), "stage": .string(check.stage),
                    "passed": .bool(check.passed), "blocking": .bool(check.blocking), "weight": .number(check.weight),
                    "detail": .optional(check.detail),
                    "subject": check.subject.map { .object(["kind": .string($0.kind.rawValue), "id": .string($0.id)]) } ?? .null,
                ])
            }),
            "checklist": .array(checklist.rows.map { row in
                .object([
                    "id": .string(row.id), "title": .string(row.title), "owner": .optional(row.owner),
                    "due": .optional(row.due?.description), "status": .string(row.status),
                    "required": .bool(row.required), "required_from": row.requiredFrom.map(JSONValue.integer) ?? .null,
                    "overdue": .bool(row.overdue), "link": .optional(row.link), "note": .optional(row.note),
                ])
            }),
            "files": .array(kit.artifacts.sorted { $0.path < $1.path }.map { artifact in
                .object([
                    "path": .string(artifact.path), "kind": .string(artifact.kind), "title": .string(artifact.title),
                    "stage": .string(artifact.stage), "bytes": .integer(artifact.contents.utf8.count),
                    "sha256": .string(sha256(artifact.contents)),
                ])
            }),
        ]
        return JSONValue.object(document).rendered
    }

    /// Lower-case hex SHA-256 of the text's UTF-8 bytes.
    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
