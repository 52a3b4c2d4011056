import Foundation
import RuleDiff
import Testing

@Suite("GitHub annotations within the per-step limit")
struct GitHubLimitTests {
    /// A synthetic diff: `breaking` rule removals, `warning` translation-stale changes, `info` rule additions.
    static func changes(breaking: Int, warning: Int, info: Int) -> RuleChangeSet {
        let removed = (0..<breaking).map { RuleChange(check: .ruleRemoved, ruleID: "rule.removed-\($0)", section: "facts", summary: "Removed \($0).") }
        let stale = (0..<warning).map {
            RuleChange(check: .translationStale, ruleID: "rule.stale-\($0)", section: "facts", field: "text", detail: "en", summary: "Stale \($0).")
        }
        let added = (0..<info).map { RuleChange(check: .ruleAdded, ruleID: "rule.added-\($0)", section: "facts", summary: "Added \($0).") }
        let side = RuleChangeSet.Side(origin: "a.json", version: "1", date: "2026-01-01")
        return RuleChangeSet(base: side, head: side, changes: removed + stale + added)
    }

    static func annotations(_ report: String, _ command: String) -> [Substring] {
        report.split(separator: "\n").filter { $0.hasPrefix("::\(command) ") }
    }

    @Test("40 breaking changes: 9 errors, then one that counts the other 31 and points at the job summary")
    func fortyBreaking() {
        let changes = Self.changes(breaking: 40, warning: 0, info: 0)
        let report = GitHubReporter().report(changes)
        let errors = Self.annotations(report, "error")
        #expect(errors.count == GitHubReporter.annotationsPerKind)
        #expect(errors.prefix(9).allSatisfy { $0.contains("rule-removed") })
        let overflow = String(errors[9])
        #expect(overflow.contains("31 more error annotations are not shown here (40 in all)"))
        #expect(overflow.contains("job summary"))
        // No change is lost: the ones past the limit are plain lines of the step's log.
        for change in changes.changes { #expect(report.contains("Fingerprint: \(change.fingerprint)")) }
        #expect(report.split(separator: "\n").filter { $0.hasPrefix("error: ") }.count == 31)
    }

    @Test("each kind has its own limit", arguments: [
        (10, 20, 10, [10, 10, 10]), (15, 15, 10, [10, 10, 10]), (40, 0, 0, [10, 0, 0]), (0, 11, 29, [0, 10, 10]),
    ])
    func perKind(breaking: Int, warning: Int, info: Int, shown: [Int]) {
        let report = GitHubReporter().report(Self.changes(breaking: breaking, warning: warning, info: info))
        #expect(["error", "warning", "notice"].map { Self.annotations(report, $0).count } == shown)
        for (command, total) in zip(["error", "warning", "notice"], [breaking, warning, info]) {
            let overflow = Self.annotations(report, command).contains { $0.contains("more \(command) annotations") }
            #expect(overflow == (total > GitHubReporter.annotationsPerKind), "\(command): \(total)")
        }
    }

    @Test("exactly 10 of a kind are all annotations, with no overflow notice")
    func exactlyTen() {
        let report = GitHubReporter().report(Self.changes(breaking: 10, warning: 0, info: 0))
        #expect(Self.annotations(report, "error").allSatisfy { $0.contains("rule-removed") })
        #expect(!report.contains("job summary"))
    }

    @Test("unused acceptances count against the warning limit too")
    func unusedAcceptancesCount() {
        var changes = Self.changes(breaking: 0, warning: 8, info: 0)
        changes.unusedAcceptances = (0..<5).map { AcceptedChange(fingerprint: "rule-added:old-\($0)", reason: "r") }
        let report = GitHubReporter().report(changes)
        #expect(Self.annotations(report, "warning").count == 10)
        #expect(report.contains("4 more warning annotations are not shown here (13 in all)"))
        #expect(report.contains("rule-added:old-4"))
    }
}

extension GitHubLimitTests {
    @Test("a change past the limit cannot start a workflow command in the log, whatever its rule id holds")
    func logLinesCannotInjectCommands() {
        var changes = Self.changes(breaking: 12, warning: 0, info: 0)
        changes.changes[11] = RuleChange(check: .ruleRemoved, ruleID: "x\n::error::injected", section: "facts", summary: "a\r::warning::b")
        let report = GitHubReporter().report(changes)
        #expect(!report.split(separator: "\n").contains { $0.hasPrefix("::error::") || $0.hasPrefix("::warning::") })
        #expect(report.contains("error: breaking rule-removed: x · ::error::injected: a · ::warning::b"))
    }
}
