import LaunchKitCore

/// The few ways the packet writes numbers, dates and counts, in one place so every page and
/// summary.json agree and nothing depends on the locale.
enum ReadinessText {
    /// Points with at most one decimal: `25`, `2.5`, `3.3`.
    static func points(_ value: Double) -> String {
        oneDecimal(value)
    }

    /// A readability grade: `8.2`, `10`.
    static func grade(_ value: Double) -> String {
        oneDecimal(value)
    }

    /// `3.3333` → `3.3`, `10.0` → `10`, `-0.04` → `0`; locale-free.
    static func oneDecimal(_ value: Double) -> String {
        // Beyond what Int holds (or not a number) the shortest round-trip form is as good as any.
        guard value.isFinite, abs(value) < 1e15 else { return value.description }
        let tenths = (value * 10).rounded()
        if tenths == 0 { return "0" }
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// `1 message`, `3 messages`.
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// Where a due date falls relative to the release: `7 days before the release`,
    /// `on the release date`, `1 day after the release`.
    static func relative(_ due: CalendarDate, to release: CalendarDate) -> String {
        let days = due.days(until: release)
        if days == 0 { return "on the release date" }
        return days > 0 ? "\(count(days, "day")) before the release" : "\(count(-days, "day")) after the release"
    }

    /// `a, b and c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// The first `limit` items as a sentence list, with how many more there are.
    static func list(_ items: [String], limit: Int) -> String {
        guard items.count > limit else { return list(items) }
        return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }
}
