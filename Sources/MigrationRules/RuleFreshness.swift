import Foundation

/// Which rules have not been checked against their sources for too long.
///
/// Meta changes its platform without telling us; a rule's last-checked date is the only sign that what it says
/// was still true recently. `rules check` reports every rule older than the allowed age so someone re-reads its
/// sources before customers act on an outdated rule.
public struct RuleFreshness: Sendable {
    /// The age in days after which a rule counts as stale, unless the command is told otherwise.
    public static let defaultMaximumAgeDays = 180

    /// A rule whose last check is older than the allowed age.
    public struct StaleRule: Sendable, Hashable {
        public let id: String
        public let lastChecked: RuleDate
        public let ageDays: Int
        public let sources: [Source]
    }

    public let maximumAgeDays: Int

    public init(maximumAgeDays: Int = Self.defaultMaximumAgeDays) {
        self.maximumAgeDays = maximumAgeDays
    }

    /// The rules of `book` last checked more than `maximumAgeDays` before `today`, in rule book order.
    public func staleRules(in book: RuleBook, today: RuleDate) -> [StaleRule] {
        book.allRules.compactMap { rule in
            let age = Self.days(from: rule.provenance.lastChecked, to: today)
            guard age > maximumAgeDays else { return nil }
            return StaleRule(id: rule.id, lastChecked: rule.provenance.lastChecked, ageDays: age, sources: rule.provenance.sources)
        }
    }

    /// The warning for one stale rule, naming the rule and the sources to re-read.
    public func message(for stale: StaleRule) -> String {
        let sources = stale.sources.map { "\($0.rawValue) (\($0.title))" }.joined(separator: "; ")
        return "rule \(stale.id) was last checked on \(stale.lastChecked), \(stale.ageDays) days ago, more than the "
            + "\(maximumAgeDays) days allowed. Re-read its sources, \(sources), then update the rule and its last-checked date."
    }

    /// Whole days between two calendar days, counted in UTC so no time zone shifts the result.
    public static func days(from start: RuleDate, to end: RuleDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = { (date: RuleDate) in DateComponents(year: date.year, month: date.month, day: date.day) }
        guard let from = calendar.date(from: components(start)), let to = calendar.date(from: components(end)) else { return 0 }
        return calendar.dateComponents([.day], from: from, to: to).day ?? 0
    }

    /// Today's date in UTC.
    public static func today() -> RuleDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return RuleDate(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
