import ArgumentParser

/// The `migration-docs` command: one subcommand per job, each in its own file.
@main
struct MigrationDocs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migration-docs",
        abstract: "Publish the WhatsApp number-migration guide, print per-customer checklists and diff rule changes.",
        discussion: """
            The migration rules are compiled into this tool. Every page, checklist and snapshot is generated \
            from them in Brazilian Portuguese (pt-BR), English (en) and Spanish (es).
            """,
        version: "1.0.0",
        subcommands: [
            BuildCommand.self, ChecklistCommand.self, RulesCommand.self, MarkdownCommand.self,
        ]
    )
}
