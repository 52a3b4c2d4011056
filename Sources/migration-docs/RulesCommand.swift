import ArgumentParser

/// `migration-docs rules`: the rule book's snapshot, check and diff.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work with the rule book: write its canonical snapshot, check it, diff two versions.",
        subcommands: [RulesSnapshotCommand.self, RulesCheckCommand.self, RulesDiffCommand.self]
    )
}
