import ArgumentParser
import MigrationRules
import Checklists
import Site
import Profiles
import Diagnostics
import RuleDiff

/// `migration-docs rules snapshot`: the whole rule book as canonical JSON.
struct RulesSnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Write the rule book as canonical JSON (the file committed as content/rules.json).",
        discussion: "Sorted keys, stable order, two-space indent and a final newline: the same rules give the same bytes."
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let text = RuleSnapshot.text(of: .current)
        guard let output else {
            StandardStreams.writeOut(text)
            return
        }
        try reporting { () throws(OutputError) in try AtomicFile.write(text, to: output) }
    }
}
