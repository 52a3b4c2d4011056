import Foundation
import TestSupport
import Testing

@Suite("migration-docs rules check")
struct RulesCheckCommandTests {
    static let fixtures = "Tests/RuleDiffTests/Fixtures"

    @Test("the committed snapshot is up to date: exit 0 and one line")
    func upToDate() throws {
        let run = try ToolRun.run(["rules", "check"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput == "content/rules.json is up to date with the compiled rule book.\n")
    }

    @Test("rules older than --max-age are warnings naming each rule and its sources; the check still passes")
    func staleRulesWarn() throws {
        let run = try ToolRun.run(["rules", "check", "--today", "2028-01-01"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardError.contains("warning: rule step.cutover was last checked on 2026-12-04"))
        #expect(run.standardError.contains("META-API (Meta for Developers: Migrating phone numbers among solution partners programmatically)"))
        let fresh = try ToolRun.run(["rules", "check", "--today", "2026-12-04"])
        #expect(fresh.standardError.isEmpty, "no rule is stale on the rule book's own date")
    }

    @Test("--strict turns stale rules into a failed check (exit 1)")
    func strictFails() throws {
        let run = try ToolRun.run(["rules", "check", "--strict", "--max-age", "30", "--today", "2027-06-01"])
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("error: rule "))
        #expect(run.standardError.contains("run without --strict to only warn"))
        let fresh = try ToolRun.run(["rules", "check", "--strict", "--today", "2026-12-04"])
        #expect(fresh.exitCode == 0, "\(fresh.standardError)")
    }

    @Test("a malformed --today or a negative --max-age is a usage error (exit 64)", arguments: [
        ["--today", "04/12/2026"], ["--max-age", "-1"],
    ])
    func badOptions(arguments: [String]) throws {
        let run = try ToolRun.run(["rules", "check"] + arguments)
        #expect(run.exitCode == 64)
    }

    @Test("a different snapshot prints the diff and the refresh command, and exits 1")
    func outOfDate() throws {
        let run = try ToolRun.run(["rules", "check", "--snapshot", "\(Self.fixtures)/base.json"])
        #expect(run.exitCode == 1)
        #expect(run.standardOutput.hasPrefix("Rule changes from \(Self.fixtures)/base.json (version 1.0.0, 2026-11-25) to the compiled rule book"))
        #expect(run.standardOutput.hasSuffix("\n    swift run migration-docs rules snapshot --output \(Self.fixtures)/base.json\n"))
        #expect(!run.standardOutput.contains("\u{1B}["), "no colour when standard output is a pipe")
    }

    @Test("a snapshot with the same rules but another layout is out of date too")
    func sameRulesOtherLayout() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let canonical = try String(contentsOf: Golden.packageRoot.appendingPathComponent("content/rules.json"), encoding: .utf8)
        try Data(canonical.replacingOccurrences(of: "\n  ", with: "\n\t").utf8).write(to: directory.appendingPathComponent("rules.json"))
        let run = try ToolRun.run(["rules", "check", "--snapshot", directory.appendingPathComponent("rules.json").path])
        #expect(run.exitCode == 1)
        #expect(run.standardOutput.contains("holds the same rules but is not in canonical form"))
    }

    @Test("a missing or broken snapshot is an error, never up to date", arguments: [
        ("absent.json", nil as String?, Int32(66)),
        ("broken.json", "{\"schema\": 1", Int32(65)),
        ("future.json", "{\"schema\": 9}", Int32(65)),
    ])
    func brokenSnapshot(name: String, contents: String?, code: Int32) throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        if let contents { try Data(contents.utf8).write(to: directory.appendingPathComponent(name)) }
        let run = try ToolRun.run(["rules", "check", "--snapshot", name], in: directory)
        #expect(run.exitCode == code)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.hasPrefix("\(name): error: "))
        #expect(run.standardError.contains("swift run migration-docs rules snapshot --output \(name)"))
    }
}
