import ArgumentParser
import Diagnostics
import Foundation
import Markdown
import MigrationRules

/// `migration-docs markdown`: renders one Markdown file through the same renderer the site uses.
struct MarkdownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markdown",
        abstract: "Render a Markdown file to an HTML fragment on standard output.",
        discussion: "Raw HTML is omitted and javascript: links are dropped, as on the site."
    )

    @Argument(help: ArgumentHelp("The Markdown file; '-' or nothing reads standard input.", valueName: "file"))
    var file: String = "-"

    @Option(help: ArgumentHelp("Typography of the text's language (pt-BR, en, es): smart quotes and dashes.", valueName: "language"))
    var language: Language = .ptBR

    func run() throws {
        do {
            let renderer = MarkdownRenderer(options: .forLanguage(tag: language.tag))
            StandardStreams.writeOut(renderer.render(data: try readInput()).html)
        } catch let error as DiagnosticsError {
            throw error.exit()
        }
    }

    private func readInput() throws -> Data {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: file) else {
                throw DiagnosticsError(
                    Diagnostic(path: file, message: "no such file. Give the path of a Markdown file, or '-' for standard input."), status: .inputMissing)
            }
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw DiagnosticsError(Diagnostic(path: file, message: "the file cannot be read; check its permissions."), status: .inputMissing)
            }
            data = contents
        }
        return data
    }
}
