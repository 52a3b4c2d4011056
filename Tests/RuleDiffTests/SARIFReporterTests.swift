import Foundation
import MigrationRules
import RuleDiff
import TestSupport
import Testing

@Suite("SARIF report")
struct SARIFReporterTests {
    @Test("the golden SARIF report is valid against the OASIS SARIF 2.1.0 schema")
    func goldenIsValid() throws {
        let golden = Golden.packageRoot.appendingPathComponent("Tests/RuleDiffTests/Golden/fixture-diff.sarif")
        let run = try ExternalValidator.checkJSONSchema(schema: try ExternalValidator.sarifSchema(), files: [golden])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("reports with no changes, accepted changes and unused acceptances are valid too")
    func variantsAreValid() throws {
        let folder = try makeTemporaryDirectory("sarif")
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = try Fixtures.snapshot("base.json")
        let pair = try Fixtures.pairDiff()
        let accepted = pair.accepting(
            AcceptedChanges(entries: [
                AcceptedChange(fingerprint: pair.changes[0].fingerprint, reason: "Reviewed <with> \"the\" product team."),
                AcceptedChange(fingerprint: "rule-added:no-such-rule", reason: "Stale."),
            ]))
        let reporter = SARIFReporter(headLines: try Fixtures.headContext().headLines)
        var files: [URL] = []
        for (name, changes) in [("empty", RuleDiffer.diff(base: base, head: base)), ("accepted", accepted)] {
            let file = folder.appendingPathComponent("\(name).sarif")
            try Data(reporter.report(changes).utf8).write(to: file)
            files.append(file)
        }
        let run = try ExternalValidator.checkJSONSchema(schema: try ExternalValidator.sarifSchema(), files: files)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("a validator that is not installed fails the test instead of skipping it")
    func missingValidatorThrows() {
        #expect(throws: ExternalValidator.Missing.self) { try ExternalValidator.run("no-such-validator-migration-docs", []) }
    }

    @Test("the validator rejects a report that breaks the schema, so a pass means something")
    func validatorRejects() throws {
        let folder = try makeTemporaryDirectory("sarif")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = SARIFReporter(headLines: try Fixtures.headContext().headLines).report(try Fixtures.pairDiff())
        let file = folder.appendingPathComponent("broken.sarif")
        try Data(report.replacingOccurrences(of: "\"level\": \"error\"", with: "\"level\": \"fatal\"").utf8).write(to: file)
        let run = try ExternalValidator.checkJSONSchema(schema: try ExternalValidator.sarifSchema(), files: [file])
        #expect(run.status != 0)
    }

    @Test("one rule per check id with its severity as default level, one result per change at its head line")
    func shape() throws {
        let changes = try Fixtures.pairDiff()
        let lines = try Fixtures.headContext().headLines
        let json = try JSONValue.parse(Data(SARIFReporter(headLines: lines).report(changes).utf8))
        let run = try #require(json["runs"]?.arrayValue?.first)
        #expect(json["runs"]?.arrayValue?.count == 1)
        let rules = try #require(run["tool"]?["driver"]?["rules"]?.arrayValue)
        #expect(rules.map { $0["id"]?.stringValue } == CheckID.allCases.map(\.rawValue))
        for (rule, check) in zip(rules, CheckID.allCases) {
            let level = ["breaking": "error", "warning": "warning", "info": "note"][check.severity.rawValue]
            #expect(rule["defaultConfiguration"]?["level"]?.stringValue == level)
            #expect(rule["shortDescription"]?["text"]?.stringValue == check.meaning)
        }
        let results = try #require(run["results"]?.arrayValue)
        #expect(results.count == changes.changes.count)
        for (result, change) in zip(results, changes.changes) {
            #expect(result["ruleId"]?.stringValue == change.check.rawValue)
            #expect(result["ruleIndex"]?.integerValue == CheckID.allCases.firstIndex(of: change.check))
            #expect(result["partialFingerprints"]?[SARIFReporter.fingerprintKey]?.stringValue == change.fingerprint)
            let physical = result["locations"]?.arrayValue?.first?["physicalLocation"]
            #expect(physical?["artifactLocation"]?["uri"]?.stringValue == "head.json")
            #expect(physical?["region"]?["startLine"]?.integerValue == lines.line(of: change))
            #expect(result["message"]?["text"]?.stringValue?.hasPrefix(change.summary) == true)
        }
    }

    @Test("a localized change has its English text in the message and pt-BR and es in the properties")
    func languages() throws {
        let changes = try Fixtures.pairDiff()
        let json = try JSONValue.parse(Data(SARIFReporter(headLines: try Fixtures.headContext().headLines).report(changes).utf8))
        let results = try #require(json["runs"]?.arrayValue?.first?["results"]?.arrayValue)
        let index = try #require(changes.changes.firstIndex { $0.fingerprint == "text-changed:fact.number-can-move:text" })
        let change = changes.changes[index]
        let texts = results[index]["properties"]?["texts"]
        for language in [Language.ptBR, .es] {
            let text = try #require(change.texts.first { $0.language == language })
            #expect(texts?[language.tag]?["before"]?.stringValue == text.before)
            #expect(texts?[language.tag]?["after"]?.stringValue == text.after)
        }
        let english = try #require(change.texts.first { $0.language == .en })
        let message = try #require(results[index]["message"]?["text"]?.stringValue)
        #expect(message.contains("Before (en): \(english.before ?? "")") && message.contains("After (en): \(english.after ?? "")"))
    }

    @Test("an accepted change carries an external suppression with its reason")
    func acceptedIsSuppressed() throws {
        let pair = try Fixtures.pairDiff()
        let accepted = pair.accepting(AcceptedChanges(entries: [AcceptedChange(fingerprint: pair.changes[0].fingerprint, reason: "Reviewed.")]))
        let json = try JSONValue.parse(Data(SARIFReporter(headLines: try Fixtures.headContext().headLines).report(accepted).utf8))
        let results = try #require(json["runs"]?.arrayValue?.first?["results"]?.arrayValue)
        let suppression = results[0]["suppressions"]?.arrayValue?.first
        #expect(suppression?["kind"] == .string("external") && suppression?["justification"] == .string("Reviewed."))
        #expect(results[1]["suppressions"] == nil)
    }

    @Test("artifact paths become URI references", arguments: [
        ("content/rules.json", "content/rules.json"), ("my rules/a b.json", "my%20rules/a%20b.json"),
        ("/tmp/rules.json", "file:///tmp/rules.json"), ("a:b.json", "a%3Ab.json"),
    ])
    func uris(path: String, uri: String) throws {
        let change = RuleChange(check: .ruleAdded, ruleID: "a", section: "facts", summary: "s")
        let side = RuleChangeSet.Side(origin: "o", version: "1", date: "d")
        let report = SARIFReporter(headLines: SnapshotLines(path: path, text: Data())).report(
            RuleChangeSet(base: side, head: side, changes: [change]))
        let result = try JSONValue.parse(Data(report.utf8))["runs"]?.arrayValue?.first?["results"]?.arrayValue?.first
        #expect(result?["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue == uri)
    }
}
