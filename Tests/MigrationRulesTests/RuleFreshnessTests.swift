import Testing

@testable import MigrationRules

@Suite("Rule freshness")
struct RuleFreshnessTests {
    @Test("days between two calendar days", arguments: [
        (RuleDate(2026, 12, 4), RuleDate(2026, 12, 4), 0),
        (RuleDate(2026, 6, 7), RuleDate(2026, 12, 4), 180),
        (RuleDate(2026, 6, 6), RuleDate(2026, 12, 4), 181),
        (RuleDate(2024, 2, 28), RuleDate(2024, 3, 1), 2),
    ])
    func days(start: RuleDate, end: RuleDate, expected: Int) {
        #expect(RuleFreshness.days(from: start, to: end) == expected)
    }

    @Test("a rule is stale only once it is older than the allowed age")
    func threshold() {
        let book = RuleBook.current
        let oldest = book.allRules.map(\.provenance.lastChecked).min() ?? book.date
        let atLimit = RuleDate(oldest.year, oldest.month, oldest.day)
        #expect(RuleFreshness(maximumAgeDays: 0).staleRules(in: book, today: atLimit).isEmpty)
        let stale = RuleFreshness(maximumAgeDays: 180).staleRules(in: book, today: RuleDate(2028, 1, 1))
        #expect(stale.count == book.allRules.count)
        #expect(RuleFreshness().staleRules(in: book, today: book.date).isEmpty, "the shipped rule book is fresh on its own date")
    }

    @Test("the warning names the rule, its date and its sources")
    func message() {
        let freshness = RuleFreshness()
        let stale = RuleFreshness.StaleRule(id: "step.cutover", lastChecked: RuleDate(2026, 1, 2), ageDays: 200, sources: [.seed, .metaAPI])
        let text = freshness.message(for: stale)
        #expect(text.contains("step.cutover"))
        #expect(text.contains("2026-01-02"))
        #expect(text.contains("SEED (\(Source.seed.title))"))
        #expect(text.contains("META-API"))
        #expect(text.hasSuffix("."))
    }
}
