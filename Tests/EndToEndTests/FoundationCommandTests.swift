import Foundation
import Testing
import TestSupport

@Suite("rules snapshot and markdown, run as a user would")
struct FoundationCommandTests {
    @Test("rules snapshot prints the committed snapshot, the same bytes from run to run")
    func snapshotToStandardOutput() throws {
        let run = try ToolRun.run(["rules", "snapshot"])
        #expect(run.exitCode == 0)
        #expect(try ToolRun.run(["rules", "snapshot"]).standardOutput == run.standardOutput)
        let committed = try String(contentsOf: Golden.packageRoot.appendingPathComponent("content/rules.json"), encoding: .utf8)
        #expect(run.standardOutput == committed)
    }

    @Test("rules snapshot --output writes the file and prints nothing")
    func snapshotToFile() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try ToolRun.run(["rules", "snapshot", "--output", "rules.json"], in: directory)
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.isEmpty)
        let written = try String(contentsOf: directory.appendingPathComponent("rules.json"), encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"schema\": 1,"))
        #expect(try Golden.relativeFiles(in: directory) == ["rules.json"], "no temporary file may remain")
    }

    @Test("rules snapshot into a missing folder exits 73 and names the path")
    func snapshotCannotCreate() throws {
        let run = try ToolRun.run(["rules", "snapshot", "-o", "/nonexistent-folder/rules.json"])
        #expect(run.exitCode == 73)
        #expect(run.standardError.contains("/nonexistent-folder/rules.json: error: cannot create the output"))
    }

    @Test("markdown renders standard input and files alike")
    func markdownInputs() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = "## Migração de templates\n\n<script>x</script>\n\nVeja [a](javascript:alert(1)).\n"
        try Data(source.utf8).write(to: directory.appendingPathComponent("page.md"))
        let fromFile = try ToolRun.run(["markdown", "page.md"], in: directory)
        let fromDash = try ToolRun.run(["markdown", "-"], in: directory, input: Data(source.utf8))
        let fromNothing = try ToolRun.run(["markdown"], in: directory, input: Data(source.utf8))
        #expect(fromFile.exitCode == 0)
        #expect(fromFile.standardOutput.contains(#"<h2 id="migracao-de-templates">Migração de templates</h2>"#))
        #expect(!fromFile.standardOutput.contains("<script"))
        #expect(fromFile.standardOutput.contains(#"<a href="">a</a>"#))
        #expect(fromDash.standardOutput == fromFile.standardOutput)
        #expect(fromNothing.standardOutput == fromFile.standardOutput)
    }

    @Test("markdown of a missing file exits 66 with the path")
    func markdownMissingFile() throws {
        let run = try ToolRun.run(["markdown", "no-such-page.md"])
        #expect(run.exitCode == 66)
        #expect(run.standardError.contains("no-such-page.md: error: no such file"))
    }

    @Test("markdown refuses a language it does not know, exit 64")
    func markdownUnknownLanguage() throws {
        let run = try ToolRun.run(["markdown", "--language", "fr", "-"], input: Data("# x\n".utf8))
        #expect(run.exitCode == 64)
        #expect(run.standardError.contains("The value 'fr' is invalid for '--language <language>'. Please provide one of 'pt-BR', 'en' or 'es'."))
    }

    @Test("an unknown subcommand is a usage error, exit 64")
    func usageError() throws {
        #expect(try ToolRun.run(["publish"]).exitCode == 64)
    }

    @Test("A standard output that is full or closed ends the run with exit 74 and a sentence, not a crash", arguments: [
        ">/dev/full", ">&-",
    ])
    func unwritableStandardOutput(redirection: String) throws {
        let run = try ToolRun.run(
            ["/bin/sh", "-c", "printf '# x\\n' | \"$0\" markdown - \(redirection)", ToolRun.executable.path], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.exitCode == 74, "\(run.standardError)")
        #expect(run.standardError.hasPrefix("error: cannot write to standard output: "), "\(run.standardError)")
    }
}
