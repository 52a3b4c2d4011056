import ArgumentParser
import Diagnostics
import Foundation
import RuleDiff

/// `migration-docs rules check`: fails when the committed snapshot no longer matches the compiled rule book.
struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the committed snapshot matches the compiled rule book.",
        discussion: """
            Equal: exit 0 with one line. Different: prints the changes as `rules diff` does and the command that \
            refreshes the snapshot, and exits 1. A missing or broken snapshot exits 66 or 65 with the reason.
            """
    )

    @Option(help: ArgumentHelp("The committed snapshot to check.", valueName: "file"))
    var snapshot: String = "content/rules.json"

    func run() throws {
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
