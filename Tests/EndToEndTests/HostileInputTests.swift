import Foundation
import Testing
import TestSupport

/// The hostile inputs of issue 12, run against the built binary: each gets its exit code and a sentence that
/// locates the problem and says what to do, and nothing valid around it is lost.
///
/// The inputs are built here rather than committed: several are megabytes, and each is a small change to an
/// example profile, which keeps the case readable.
@Suite("Hostile input, end to end", .serialized)
struct HostileInputTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        /// The file the command reads, written into a fresh folder.
        let file: String
        let contents: @Sendable () -> Data
        let exitCode: Int32
        /// What standard error must say.
        let message: String
        var description: String { name }
    }

    static let templates = Golden.packageRoot.appendingPathComponent("templates").path
    static var padaria: String {
        (try? String(contentsOfFile: Golden.packageRoot.appendingPathComponent("examples/padaria-sao-joao.yaml").path, encoding: .utf8)) ?? ""
    }

    static let cases: [Case] = [
        Case(
            name: "one alias repeated 20,000 times is refused, not expanded into a huge checklist", file: "aliases.yaml",
            contents: {
                let anchored = padaria.replacingOccurrences(of: "templates:", with: "templates:\n  - &t {name: a, status: approved, quality: high}")
                return Data((anchored + String(repeating: "  - *t\n", count: 20_000)).utf8)
            }, exitCode: 65, message: "over the limit of 10000 for one customer"),
        Case(
            name: "a list of 1,200 numbers is refused with the limit", file: "numbers.yaml",
            contents: {
                let numbers = (0..<1200).map { String(format: "  - phone: \"+55119%08d\"\n", $0) }.joined()
                return Data(padaria.replacingOccurrences(of: "numbers:\n", with: "numbers:\n" + numbers).utf8)
            }, exitCode: 65, message: "'numbers' has "),
        Case(
            name: "a profile over 4 MiB is refused before parsing, pointing to CSV batches", file: "big.yaml",
            contents: { Data((padaria + "# " + String(repeating: "x", count: 5 << 20) + "\n").utf8) },
            exitCode: 65, message: "over the limit of 4 MiB"),
        Case(
            name: "a duplicate key is located and named, in a message of its own", file: "duplicate.yaml",
            contents: { Data(padaria.replacingOccurrences(of: "company:", with: "company: A\ncompany:").utf8) },
            exitCode: 65, message: "duplicate.yaml:2:1: error: this mapping has the key 'company' more than once"),
        Case(
            name: "a bad UTF-8 byte in a CSV row leaves out that customer only, with its row and column", file: "batch.csv",
            contents: {
                var lines = (try? Data(contentsOf: Golden.packageRoot.appendingPathComponent("examples/batch.csv")))?
                    .split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Data($0) } ?? []
                lines[3] = Data(String(decoding: lines[3], as: UTF8.self).replacingOccurrences(of: "Hijos", with: "Hi#jos").utf8)
                if let mark = lines[3].firstIndex(of: UInt8(ascii: "#")) { lines[3][mark] = 0xFF }
                return Data((lines[0...3] + [lines[8], Data()]).joined(separator: [UInt8(ascii: "\n")]))
            }, exitCode: 65, message: "batch.csv:4:11: error: this row is not valid UTF-8 (byte 0xFF)"),
    ]

    @Test("each hostile profile gets its exit code and a located sentence", arguments: cases)
    func hostileProfile(_ item: Case) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try item.contents().write(to: folder.appendingPathComponent(item.file))
        let run = try ToolRun.run(
            ["checklist", item.file, "--templates", Self.templates, "--format", "json", "-o", "out"], in: folder)
        #expect(run.exitCode == item.exitCode, "\(run.standardError)")
        #expect(run.standardError.contains(item.message), "\(run.standardError)")
        #expect(run.standardError.utf8.count < 4096, "the diagnostics should be bounded, got \(run.standardError.utf8.count) bytes")
    }

    @Test("the valid customers of a CSV with one bad byte are all written")
    func csvKeepsGoodCustomers() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let item = try #require(Self.cases.first { $0.file == "batch.csv" })
        try item.contents().write(to: folder.appendingPathComponent("batch.csv"))
        _ = try ToolRun.run(["checklist", "batch.csv", "--templates", Self.templates, "--format", "json", "-o", "out"], in: folder)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        #expect(written == ["padaria-pao-quente-700000000000001.json", "tienda-lista-700000000000006.json"])
    }

    @Test("a JSON profile with a surrogate-pair escape (an emoji) is read")
    func surrogatePairs() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try String(contentsOf: Golden.packageRoot.appendingPathComponent("examples/acme-logistics.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"company\": \"", with: "\"company\": \"\\ud83d\\ude00 ")
        try Data(json.utf8).write(to: folder.appendingPathComponent("emoji.json"))
        let run = try ToolRun.run(["checklist", "emoji.json", "--format", "json", "-o", "-", "--templates", Self.templates], in: folder)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("\"company\" : \"😀 Acme Logistics Inc.\""))
    }

    @Test("standard input closed or a directory ends with 66 and a sentence", arguments: [
        ("<&-", "it is closed"), ("< /", "it is a directory"),
    ])
    func badStandardInput(redirection: String, reason: String) throws {
        let run = try ToolRun.run(
            ["/bin/sh", "-c", "exec \"$0\" checklist - --format json -o - \(redirection)", ToolRun.executable.path],
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.exitCode == 66)
        #expect(run.standardError.contains("cannot read standard input: \(reason)"), "\(run.standardError)")
    }

    @Test("a revision that looks like an option is never passed to git as one")
    func revisionStartingWithDash() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("written-by-git")
        let run = try ToolRun.run(["rules", "diff", "--", "--output=\(target.path):content/rules.json"])
        #expect(run.exitCode == 66, "\(run.standardError)")
        #expect(run.standardError.contains("git could not show this snapshot"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("templates that include themselves or a missing partial are located errors (65), not a crash or an empty page", arguments: [
        ("checklist-criterion.mustache", "{{>checklist-criterion}}\n", "includes itself"),
        ("checklist.mustache", "{{>nope}}\n", "there is no nope.mustache in the templates folder"),
    ])
    func badTemplates(file: String, addition: String, message: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: Self.templates, toPath: templates.path)
        let handle = try FileHandle(forWritingTo: templates.appendingPathComponent(file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(addition.utf8))
        try handle.close()
        let profile = Golden.packageRoot.appendingPathComponent("examples/padaria-sao-joao.yaml").path
        let run = try ToolRun.run(["checklist", profile, "--templates", templates.path, "-o", "out"], in: folder)
        #expect(run.exitCode == 65, "\(run.standardError)")
        #expect(run.standardError.contains("templates/\(file):"), "\(run.standardError)")
        #expect(run.standardError.contains(message), "\(run.standardError)")
    }

    @Test("--jobs outside 1...256 is a usage error (64), not a run that never ends", arguments: ["0", "257", "99999999999"])
    func jobsOutOfRange(value: String) throws {
        let profile = Golden.packageRoot.appendingPathComponent("examples/padaria-sao-joao.yaml").path
        let run = try ToolRun.run(["checklist", profile, "--format", "json", "-o", "-", "--jobs", value])
        #expect(run.exitCode == 64)
        #expect(run.standardError.contains("--jobs must be between 1 and 256"), "\(run.standardError)")
    }

    @Test("an empty --output is a usage error (64)", arguments: [["build"], ["checklist", "examples/padaria-sao-joao.yaml"]])
    func emptyOutput(command: [String]) throws {
        let run = try ToolRun.run(command + ["--output", ""])
        #expect(run.exitCode == 64)
        #expect(run.standardError.contains("--output needs a folder name"), "\(run.standardError)")
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
