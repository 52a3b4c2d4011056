import Foundation
import RuleDiff
import TestSupport
import Testing

@Suite("Snapshot reader")
struct SnapshotReaderTests {
    static let validText: String = {
        (try? String(contentsOf: Fixtures.directory.appendingPathComponent("base.json"), encoding: .utf8)) ?? ""
    }()

    struct BrokenSnapshot: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let expected: SnapshotReadError
        var testDescription: String { name }
    }

    static let broken: [BrokenSnapshot] = [
        BrokenSnapshot(name: "empty", text: "  \n", expected: .empty(source: "s.json")),
        BrokenSnapshot(name: "truncated", text: String(validText.prefix(validText.count / 2)), expected: .truncated(source: "s.json")),
        BrokenSnapshot(
            name: "malformed", text: "{\n  \"schema\": 1,\n  \"version\" \"1.0.0\"\n}\n",
            expected: .malformed(source: "s.json", location: "3:13", reason: "Invalid value around character 29")),
        BrokenSnapshot(
            name: "future schema", text: validText.replacingOccurrences(of: "\"schema\": 1,", with: "\"schema\": 2,"),
            expected: .futureSchema(source: "s.json", schema: 2)),
        BrokenSnapshot(
            name: "a fractional number", text: "{\"schema\": 1.5}",
            expected: .invalid(source: "s.json", reason: "a number that is not an integer (snapshots hold integers only) at .schema")),
        BrokenSnapshot(
            name: "no schema", text: "{\"version\": \"1.0.0\"}", expected: .invalid(source: "s.json", reason: "it has no \"schema\" member")),
        BrokenSnapshot(
            name: "not an object", text: "[1, 2]", expected: .invalid(source: "s.json", reason: "the top level must be an object")),
        BrokenSnapshot(
            name: "a missing section", text: "{\"schema\": 1, \"version\": \"1.0.0\", \"date\": \"2026-11-25\"}",
            expected: .invalid(source: "s.json", reason: "the section \"facts\" is missing")),
        BrokenSnapshot(
            name: "an item without id",
            text: validText.replacingOccurrences(of: "\"id\": \"fact.number-can-move\"", with: "\"key\": \"fact.number-can-move\""),
            expected: .invalid(source: "s.json", reason: "item 1 of \"facts\" has no string \"id\"")),
        BrokenSnapshot(
            name: "a duplicate id",
            text: validText.replacingOccurrences(of: "\"id\": \"fact.keep-your-number\"", with: "\"id\": \"fact.number-can-move\""),
            expected: .invalid(source: "s.json", reason: "the id \"fact.number-can-move\" appears twice in \"facts\"")),
    ]

    @Test("a broken snapshot is refused with its reason and exit code 65", arguments: broken)
    func brokenSnapshotIsRefused(_ snapshot: BrokenSnapshot) {
        #expect(throws: snapshot.expected) { try SnapshotReader.parse(Data(snapshot.text.utf8), origin: "s.json") }
        #expect(snapshot.expected.status == .invalidData)
        #expect(snapshot.expected.description.hasPrefix("s.json"))
        #expect(snapshot.expected.description.contains("error:"))
    }

    @Test("the future-schema message says to update the tool")
    func futureSchemaMessage() {
        let message = SnapshotReadError.futureSchema(source: "s.json", schema: 2).description
        #expect(message.contains("schema 2") && message.contains("Update migration-docs"))
    }

    @Test("a missing file is reported as missing, with exit code 66")
    func missingFile() {
        let reader = SnapshotReader(workingDirectory: Fixtures.directory, compiledRuleBook: .current)
        #expect(throws: SnapshotReadError.missingFile(path: "absent.json")) { try reader.read(.file(path: "absent.json")) }
    }

    @Test("an argument is a file when it exists, REV:PATH otherwise", arguments: [
        ("content/rules.json", SnapshotSource.file(path: "content/rules.json")),
        ("origin/main:content/rules.json", SnapshotSource.gitRevision(revision: "origin/main", path: "content/rules.json")),
        ("HEAD~1:rules.json", SnapshotSource.gitRevision(revision: "HEAD~1", path: "rules.json")),
        ("missing.json", SnapshotSource.file(path: "missing.json")),
        (":rules.json", SnapshotSource.file(path: ":rules.json")),
    ])
    func sourceParsing(argument: String, expected: SnapshotSource) {
        #expect(SnapshotSource(argument: argument, fileExists: { _ in false }) == expected)
    }

    @Test("an existing file whose name has a colon stays a file")
    func existingFileWithColon() {
        #expect(SnapshotSource(argument: "a:b.json", fileExists: { $0 == "a:b.json" }) == .file(path: "a:b.json"))
    }

    @Test("REV:PATH reads a snapshot at a revision of a temporary git repository")
    func gitRevision() throws {
        let repository = try GitRepository.withFixtureHistory()
        defer { try? FileManager.default.removeItem(at: repository.url) }
        let reader = SnapshotReader(workingDirectory: repository.url, compiledRuleBook: .current)
        let base = try reader.read(reader.source(for: "HEAD~1:rules.json"))
        let head = try reader.read(reader.source(for: "HEAD:rules.json"))
        #expect(base.origin == "HEAD~1:rules.json")
        #expect(base.version == "1.0.0")
        #expect(head.version == "1.1.0")
        let viaGit = RuleDiffer.diff(base: base, head: head).changes.map(\.fingerprint)
        #expect(viaGit == (try Fixtures.pairDiff()).changes.map(\.fingerprint))
    }

    @Test("an unknown revision is an error naming the revision, never an empty snapshot")
    func unknownRevision() throws {
        let repository = try GitRepository.withFixtureHistory()
        defer { try? FileManager.default.removeItem(at: repository.url) }
        let reader = SnapshotReader(workingDirectory: repository.url, compiledRuleBook: .current)
        do {
            _ = try reader.read(.gitRevision(revision: "no-such-branch", path: "rules.json"))
            Issue.record("reading an unknown revision succeeded")
        } catch {
            guard case .gitFailed(let source, let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(source == "no-such-branch:rules.json")
            #expect(message.contains("no-such-branch"))
            #expect(error.status == .inputMissing)
        }
    }
}

/// A throwaway git repository with two commits: the base fixture, then the head fixture, as `rules.json`.
struct GitRepository {
    let url: URL

    static func withFixtureHistory() throws -> GitRepository {
        let repository = GitRepository(url: try makeTemporaryDirectory("rules-git"))
        try repository.git("init", "-q")
        let target = repository.url.appendingPathComponent("rules.json")
        for (name, message) in [("base.json", "base"), ("head.json", "head")] {
            try Data(contentsOf: Fixtures.directory.appendingPathComponent(name)).write(to: target)
            try repository.git("add", "rules.json")
            try repository.git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", message)
        }
        return repository
    }

    func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = url
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "git \(arguments.joined(separator: " ")) failed"])
        }
    }
}
