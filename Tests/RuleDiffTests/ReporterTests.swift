import Foundation
import MigrationRules
import RuleDiff
import Testing

@Suite("Reporters")
struct ReporterTests {
    static func single(_ change: RuleChange) -> RuleChangeSet {
        let side = RuleChangeSet.Side(origin: "a.json", version: "1", date: "2026-01-01")
        return RuleChangeSet(base: side, head: side, changes: [change])
    }

    @Test("the text report is coloured only when asked to")
    func colourOnlyWhenAsked() throws {
        let changes = try Fixtures.pairDiff()
        #expect(TextReporter(colour: true).report(changes).contains("\u{1B}["))
        #expect(!TextReporter(colour: false).report(changes).contains("\u{1B}["))
    }

    @Test("GitHub annotations escape newlines, percent signs, and colons and commas in titles")
    func githubEscaping() {
        let change = RuleChange(check: .ruleAdded, ruleID: "a,b:c", section: "facts", summary: "100% new\nline")
        let report = GitHubReporter().report(Self.single(change))
        #expect(report.hasPrefix("::notice title=info rule-added%3A a%2Cb%3Ac::100%25 new%0Aline%0AFingerprint: rule-added:a,b:c\n"))
    }

    @Test("GitHub annotations map breaking to error, warning to warning, info and accepted changes to notice")
    func githubCommands() throws {
        let lines = GitHubReporter().report(try Fixtures.pairDiff()).split(separator: "\n")
        let changes = try Fixtures.pairDiff().changes
        for change in changes {
            let command = ["breaking": "error", "warning": "warning", "info": "notice"][change.severity.rawValue] ?? ""
            // Past GitHub's per-step limit a change is a plain log line that still names its command.
            let line = try #require(lines.first { $0.hasSuffix("Fingerprint: \(change.fingerprint)") })
            #expect(line.hasPrefix("::\(command) ") || line.hasPrefix("\(command): "))
        }
        var accepted = changes[0]
        accepted.acceptance = "fine"
        #expect(GitHubReporter().report(Self.single(accepted)).hasPrefix("::notice "))
    }

    @Test("Markdown table cells escape pipes and keep line breaks")
    func markdownCells() {
        let change = RuleChange(
            check: .textChanged, ruleID: "r", section: "facts", field: "text", summary: "s",
            texts: [TextChange(language: .en, before: "a | b", after: "c\nd")])
        #expect(MarkdownReporter().report(Self.single(change)).contains("| en | a \\| b | c<br>d |"))
    }

    @Test("every check id has a documented meaning and the severity table stays as documented")
    func checkTable() {
        #expect(CheckID.allCases.allSatisfy { !$0.meaning.isEmpty })
        let breaking = CheckID.allCases.filter { $0.severity == .breaking }.map(\.rawValue)
        #expect(breaking == ["criterion-added", "criterion-removed", "allowed-value-removed", "limit-narrowed", "kept-asset-removed", "rule-removed", "rule-renamed"])
    }
}
