import LaunchKitCore
import LaunchKitYAML

/// Which checklist items a release must have done, given its tier and its checklist.
///
/// An item is required when the tier is at least as big as its `required-from`: the item's own
/// value when it sets one, otherwise the built-in value for its id (``RequiredItem/builtIn``),
/// otherwise it is not required. A built-in item missing from the checklist is still required: the
/// launch needs it whether or not someone wrote it down.
struct TierRequirements: Sendable {
    /// A required item, and the checklist line that tracks it when there is one.
    struct Entry: Hashable, Sendable {
        var id: String
        var title: String
        var requiredFrom: Int
        var item: ChecklistItem?
    }

    let tier: Int
    /// Required items: those on the checklist in due-date order, then missing built-in ones in
    /// built-in order.
    let required: [Entry]
    /// Checklist items this tier does not require, in due-date order.
    let others: [ChecklistItem]

    init(tier: Int, checklist: Checklist?) {
        self.tier = tier
        let items = checklist?.items ?? []
        let builtIn = Dictionary(uniqueKeysWithValues: RequiredItem.builtIn.map { ($0.id, $0) })
        var required: [Entry] = []
        var others: [ChecklistItem] = []
        for item in Self.byDueDate(items) {
            let from = item.requiredFrom ?? builtIn[item.id]?.requiredFrom
            if let from, tier <= from {
                required.append(Entry(id: item.id, title: item.title, requiredFrom: from, item: item))
            } else {
                others.append(item)
            }
        }
        let listed = Set(items.map(\.id))
        for item in RequiredItem.builtIn where item.isRequired(atTier: tier) && !listed.contains(item.id) {
            required.append(Entry(id: item.id, title: item.title, requiredFrom: item.requiredFrom, item: nil))
        }
        self.required = required
        self.others = others
    }

    /// Required items nobody put on the checklist.
    var missing: [Entry] { required.filter { $0.item == nil } }

    /// For a missing required item, the checklist id that looks like a typo of it
    /// (`press-releases` for `press-release`), so the packet can say so.
    func likelyTypo(of id: String, in checklist: Checklist?) -> ChecklistItem? {
        let known = Set(RequiredItem.builtIn.map(\.id))
        let candidates = (checklist?.items ?? []).filter { !known.contains($0.id) }
        guard let match = NearestMatch.find(id, in: candidates.map(\.id)) else { return nil }
        return candidates.first { $0.id == match }
    }

    /// Stable: by due date, then in the checklist's own order.
    private static func byDueDate(_ items: [ChecklistItem]) -> [ChecklistItem] {
        items.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
    }
}
