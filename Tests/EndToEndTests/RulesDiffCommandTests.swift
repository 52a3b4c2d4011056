import Foundation
import TestSupport
import Testing

@Suite("migration-docs rules diff")
struct RulesDiffCommandTests {
    static let base = "Tests/RuleDiffTests/Fixtures/base.json"
    static let head = "Tests/RuleDiffTests/Fixtures/head.json"

    @Test("no changes: exit 0 and says so explicitly")
    func noChanges() throws {
        let run = try ToolRun.run(["rules", "diff", "content/rules.json"])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.hasPrefix("No rule changes from content/rules.json"))
    }

    @Test("the fixture pair fails at every threshold but never", arguments: [
        ("breaking", Int32(1)), ("warning", Int32(1)), ("info", Int32(1)), ("never", Int32(0)),
    ])
    func fixtureExitCodes(threshold: String, code: Int32) throws {
        let run = try ToolRun.run(["rules", "diff", Self.base, Self.head, "--fail-on", threshold])
        #expect(run.exitCode == code)
        #expect(run.standardOutput.contains("7 breaking"))
        if code == 1 { #expect(run.standardError.contains("--fail-on \(threshold)")) }
    }

    @Test("a change of info severity only fails at info", arguments: [
        ("breaking", Int32(0)), ("warning", Int32(0)), ("info", Int32(1)), ("never", Int32(0)),
    ])
    func infoOnlyExitCodes(threshold: String, code: Int32) throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOf: Golden.packageRoot.appendingPathComponent(Self.base), encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"version\": \"1.0.0\",\n  \"date\"", with: "\"version\": \"1.0.1\",\n  \"date\"").utf8)
            .write(to: directory.appendingPathComponent("head.json"))
        let run = try ToolRun.run(["rules", "diff", Golden.packageRoot.appendingPathComponent(Self.base).path, "head.json", "--fail-on", threshold], in: directory)
        #expect(run.exitCode == code)
        #expect(run.standardOutput.contains("0 breaking, 0 warnings, 1 info"))
    }

    // JUnit runs at the default threshold, as its golden is recorded: its failures depend on --fail-on.
    @Test("each format prints the golden report", arguments: [
        ("text", "txt", "never"), ("markdown", "md", "never"), ("json", "json", "never"), ("github", "github.txt", "never"),
        ("sarif", "sarif", "never"), ("gitlab", "gitlab.json", "never"), ("junit", "junit.xml", "breaking"),
    ])
    func formats(format: String, fileExtension: String, failOn: String) throws {
        let run = try ToolRun.run(["rules", "diff", "base.json", "head.json", "--format", format, "--fail-on", failOn],
            in: Golden.packageRoot.appendingPathComponent("Tests/RuleDiffTests/Fixtures"))
        #expect(run.exitCode == (failOn == "never" ? 0 : 1))
        let golden = try String(
            contentsOf: Golden.packageRoot.appendingPathComponent("Tests/RuleDiffTests/Golden/fixture-diff.\(fileExtension)"), encoding: .utf8)
        #expect(run.standardOutput == golden)
    }

    @Test("accepted breaking changes are reported and do not fail the run")
    func accept() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = try ToolRun.run(["rules", "diff", Self.base, Self.head, "--format", "json"]).standardOutput
        let fingerprints = json.split(separator: "\n").filter { $0.contains("\"fingerprint\"") }
        let breaking = fingerprints.prefix(7).map { line in
            String(line.split(separator: "\"")[3])
        }
        let entries = breaking.map { "{\"fingerprint\": \"\($0)\", \"reason\": \"Reviewed with the product team.\"}" }
        let file = directory.appendingPathComponent("accepted.json")
        try Data("{\"schema\": 1, \"accepted\": [\(entries.joined(separator: ", "))]}".utf8).write(to: file)
        let run = try ToolRun.run(["rules", "diff", Self.base, Self.head, "--accept", file.path])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("(7 accepted)"))
        #expect(run.standardOutput.contains("accepted: Reviewed with the product team."))
        let stricter = try ToolRun.run(["rules", "diff", Self.base, Self.head, "--accept", file.path, "--fail-on", "warning"])
        #expect(stricter.exitCode == 1)
    }

    @Test("a broken accept file stops the run with its reason")
    func brokenAcceptFile() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{\"schema\": 1, \"accepted\": [{\"fingerprint\": \"x\"}]}".utf8).write(to: directory.appendingPathComponent("a.json"))
        let run = try ToolRun.run(["rules", "diff", Golden.packageRoot.appendingPathComponent(Self.base).path, "--accept", "a.json"], in: directory)
        #expect(run.exitCode == 65)
        #expect(run.standardError.hasPrefix("a.json: error: this is not a valid accept file"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test("an unreadable side exits with the reason and never says no changes", arguments: [
        ("{\"schema\": 1, \"version\": \"1.0.0\", \"date\": \"2026-1", Int32(65), "looks truncated"),
        ("{\"schema\": 2, \"version\": \"9.0.0\"}", Int32(65), "schema 2"),
        ("{\"schema\": 1,, }", Int32(65), "not valid JSON"),
        ("", Int32(65), "the snapshot is empty"),
    ])
    func brokenSide(contents: String, code: Int32, reason: String) throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(contents.utf8).write(to: directory.appendingPathComponent("base.json"))
        let run = try ToolRun.run(["rules", "diff", "base.json"], in: directory)
        #expect(run.exitCode == code)
        #expect(run.standardError.hasPrefix("base.json"))
        #expect(run.standardError.contains(reason), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }

    @Test("a missing file exits 66")
    func missingSide() throws {
        let run = try ToolRun.run(["rules", "diff", "no-such-snapshot.json"])
        #expect(run.exitCode == 66)
        #expect(run.standardError.hasPrefix("no-such-snapshot.json: error: no such snapshot file."))
    }

    @Test("bad usage exits 64", arguments: [
        ["rules", "diff"], ["rules", "diff", "a.json", "--format", "yaml"], ["rules", "diff", "a.json", "--fail-on", "sometimes"],
        ["rules", "diff", "a.json", "b.json", "c.json"],
    ])
    func usage(arguments: [String]) throws {
        #expect(try ToolRun.run(arguments).exitCode == 64)
    }

    @Test("REV:PATH compares two revisions of a temporary git repository")
    func gitRevisions() throws {
        let directory = try makeTemporaryDirectory("rules-diff-git")
        defer { try? FileManager.default.removeItem(at: directory) }
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid"] + arguments
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git("init", "-q", "-b", "main")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("content"), withIntermediateDirectories: true)
        for name in ["base.json", "head.json"] {
            try Data(contentsOf: Golden.packageRoot.appendingPathComponent("Tests/RuleDiffTests/Fixtures/\(name)"))
                .write(to: directory.appendingPathComponent("content/rules.json"))
            try git("add", "content/rules.json")
            try git("commit", "-q", "-m", name)
        }
        let run = try ToolRun.run(["rules", "diff", "main~1:content/rules.json", "main:content/rules.json", "--fail-on", "never"], in: directory)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("Rule changes from main~1:content/rules.json (version 1.0.0, 2026-11-25) to main:content/rules.json (version 1.1.0, 2026-12-10): 7 breaking"))
        let missing = try ToolRun.run(["rules", "diff", "origin/main:content/rules.json"], in: directory)
        #expect(missing.exitCode == 66)
        #expect(missing.standardError.contains("fetch-depth: 0"))
    }
}
