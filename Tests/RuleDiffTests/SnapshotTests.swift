import Foundation
import MigrationRules
import Testing
import TestSupport

@testable import RuleDiff

@Suite("Canonical snapshot")
struct SnapshotTests {
    /// The one test of the committed snapshot against the rule book, through `rules check`'s own comparison.
    /// Never re-recorded with the goldens: the snapshot is a release artefact, refreshed on purpose with
    /// `rules snapshot` and reviewed with `rules diff`, so `RECORD_GOLDEN=1` must not paper over a stale one.
    @Test("the committed content/rules.json is the canonical snapshot of the compiled rule book")
    func matchesCommittedSnapshot() throws {
        let reader = SnapshotReader(workingDirectory: Golden.packageRoot, compiledRuleBook: .current)
        let path = Golden.packageRoot.appendingPathComponent("content/rules.json").path
        if case .outOfDate(let changes) = try SnapshotCheck.run(snapshotPath: path, reader: reader) {
            Issue.record("content/rules.json is stale (\(changes.changes.map(\.fingerprint))); refresh it with \(SnapshotCheck.refreshCommand(snapshotPath: "content/rules.json")) and review its diff.")
        }
    }

    @Test("the snapshot is valid JSON that round-trips to the same bytes")
    func roundTrips() throws {
        let text = RuleSnapshot.text(of: .current)
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
        let parsed = try JSONValue.parse(Data(text.utf8))
        // Parsing sorts the top level too, so compare the sections, then the text of a re-ordered tree.
        let original = RuleSnapshot.make(from: .current)
        for section in ["schema", "version", "date"] + RuleSnapshot.sections {
            #expect(parsed[section] == original[section], "\(section) did not round-trip")
        }
        let reordered = JSONValue.object(RuleSnapshot.topLevelKeys.compactMap { key in parsed[key].map { (key: key, value: $0) } })
        #expect(reordered.canonicalText() == text)
    }

    @Test("the snapshot starts with schema, version and date, then the sections in order")
    func layout() throws {
        let keys = RuleSnapshot.make(from: .current).objectValue?.map(\.key)
        #expect(keys == ["schema", "version", "date"] + RuleSnapshot.sections)
        let text = RuleSnapshot.text(of: .current)
        #expect(text.hasPrefix("{\n  \"schema\": 1,\n  \"version\": \"2026.12\",\n  \"date\": \"2026-12-04\",\n"))
        #expect(text.hasSuffix("}\n") && !text.hasSuffix("\n\n"))
    }

    @Test("every item has an id, sources, facts and texts keyed by language tag")
    func items() throws {
        let snapshot = RuleSnapshot.make(from: .current)
        for section in RuleSnapshot.sections where section != "releases" {
            for item in snapshot[section]?.arrayValue ?? [] {
                #expect(item["id"]?.stringValue != nil)
                #expect(item["sources"]?.arrayValue?.isEmpty == false)
                #expect(item["last_checked"].flatMap(\.stringValue).flatMap(RuleDate.init(iso:)) != nil)
                let keys = item.objectValue?.map(\.key) ?? []
                #expect(keys == keys.sorted(), "keys of \(item["id"]?.stringValue ?? "?") are not sorted")
            }
        }
        let firstFact = snapshot["facts"]?.arrayValue?.first
        #expect(firstFact?["text"]?.objectValue?.map(\.key) == ["en", "es", "pt-BR"])
    }

    @Test("strings are escaped so the JSON stays valid", arguments: ["aspas \"duplas\"", "barra \\ invertida", "linha\nnova", "\u{1}"])
    func escaping(text: String) throws {
        let value = JSONValue.object([("text", .string(text))])
        let parsed = try JSONValue.parse(Data(value.canonicalText().utf8))
        #expect(parsed["text"]?.stringValue == text)
    }

    @Test("non-integer numbers are refused with a reason")
    func refusesFloats() {
        #expect(throws: JSONReadError.self) { try JSONValue.parse(Data(#"{"schema": 1.5}"#.utf8)) }
    }
}
