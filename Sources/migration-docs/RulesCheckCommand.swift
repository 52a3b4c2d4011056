import ArgumentParser
import Diagnostics
import Foundation
import MigrationRules
import RuleDiff

/// `migration-docs rules check`: fails when the committed snapshot no longer matches the compiled rule book.
struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the committed snapshot matches the compiled rule book.",
        discussion: """
            Equal: exit 0 with one line. Different: prints the changes as `rules diff` does and the command that \
            refreshes the snapshot, and exits 1. A missing or broken snapshot exits 66 or 65 with the reason. \
            Every rule last checked more than --max-age days ago is a warning naming the rule and its sources; \
            with --strict those warnings fail the check (exit 1).
            """
    )

    @Option(help: ArgumentHelp("The committed snapshot to check.", valueName: "file"))
    var snapshot: String = "content/rules.json"

    @Option(help: ArgumentHelp("Days after which a rule's last-checked date counts as stale.", valueName: "days"))
    var maxAge: Int = RuleFreshness.defaultMaximumAgeDays

    @Option(help: ArgumentHelp("The day to measure ages from, as YYYY-MM-DD; default: today (UTC).", valueName: "date"))
    var today: String?

    @Flag(help: "Fail (exit 1) when any rule is stale, for CI.")
    var strict = false

    func validate() throws {
        guard maxAge >= 0 else {
            throw ValidationError("--max-age must be a number of days, 0 or more; found \(maxAge).")
        }
        if let today, RuleDate(iso: today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, like 2026-12-04; found '\(today)'.")
        }
    }

    func run() throws {
        let freshness = RuleFreshness(maximumAgeDays: maxAge)
        let day = today.flatMap(RuleDate.init(iso:)) ?? RuleFreshness.today()
        let stale = freshness.staleRules(in: .current, today: day)
        for rule in stale {
            StandardStreams.writeError("\(strict ? "error" : "warning"): \(freshness.message(for: rule))\n")
        }
        try checkSnapshot()
        if strict && !stale.isEmpty {
            StandardStreams.writeError(
                "\(stale.count) rule\(stale.count == 1 ? " is" : "s are") stale; re-check them, or run without --strict to only warn.\n")
            throw ExitCode(1)
        }
    }

    private func checkSnapshot() throws {
        let outcome: SnapshotCheck.Outcome
        do {
            outcome = try SnapshotCheck.run(snapshotPath: snapshot, reader: SnapshotReader(compiledRuleBook: .current))
        } catch {
            throw error.exit(hint: "To write a fresh snapshot: \(SnapshotCheck.refreshCommand(snapshotPath: snapshot))")
        }
        switch outcome {
        case .upToDate:
            StandardStreams.writeOut("\(snapshot) is up to date with the compiled rule book.\n")
        case .outOfDate(let changes):
            var output = TextReporter(colour: StandardStreams.outputIsColourTerminal).report(changes)
            if changes.isEmpty {
                output += "\(snapshot) holds the same rules but is not in canonical form (formatting or key order differs).\n"
            }
            output += "\n\(snapshot) is out of date. Refresh it, then review and commit its diff:\n\n"
            output += "    \(SnapshotCheck.refreshCommand(snapshotPath: snapshot))\n"
            StandardStreams.writeOut(output)
            throw ExitCode(ExitStatus.findings)
        }
    }
}
