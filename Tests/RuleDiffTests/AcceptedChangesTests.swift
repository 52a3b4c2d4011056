import Foundation
import RuleDiff
import Testing

@Suite("Accepted changes")
struct AcceptedChangesTests {
    @Test("an accepted change is still reported, with its reason, and no longer fails the run")
    func acceptedChangeIsReportedButDoesNotFail() throws {
        let changes = try Fixtures.pairDiff()
        let breaking = changes.failures(at: .breaking)
        let file = AcceptedChanges(entries: breaking.map { AcceptedChange(fingerprint: $0.fingerprint, reason: "Meta changed it; see META-TPL.") })
        let accepted = changes.accepting(file)
        #expect(accepted.changes.count == changes.changes.count)
        #expect(accepted.failures(at: .breaking).isEmpty)
        #expect(accepted.acceptedCount == breaking.count)
        #expect(TextReporter().report(accepted).contains("accepted: Meta changed it; see META-TPL."))
        #expect(accepted.failures(at: .warning).count == changes.count(.warning))
    }

    @Test("an entry that matches no change is listed as unused")
    func unusedEntry() throws {
        let file = AcceptedChanges(entries: [AcceptedChange(fingerprint: "rule-removed:no.such-rule", reason: "old")])
        let accepted = try Fixtures.pairDiff().accepting(file)
        #expect(accepted.unusedAcceptances == file.entries)
        #expect(TextReporter().report(accepted).contains("rule-removed:no.such-rule matches no change"))
    }

    @Test("the accept file parses fingerprints with their reasons")
    func parsesFile() throws {
        let text = """
            {"schema": 1, "accepted": [{"fingerprint": "limit-narrowed:limit.templates-unverified:value", "reason": "Meta lowered it."}]}
            """
        let file = try AcceptedChanges.parse(Data(text.utf8), origin: "accept.json")
        #expect(file.entry(for: "limit-narrowed:limit.templates-unverified:value")?.reason == "Meta lowered it.")
    }

    @Test("a broken accept file is refused with the reason", arguments: [
        ("not json", "it is not valid JSON"),
        ("{\"accepted\": []}", "it needs \"schema\": 1"),
        ("{\"schema\": 2, \"accepted\": []}", "schema 2 is not known"),
        ("{\"schema\": 1}", "it needs an \"accepted\" array"),
        ("{\"schema\": 1, \"accepted\": [{\"reason\": \"x\"}]}", "entry 1 has no \"fingerprint\""),
        ("{\"schema\": 1, \"accepted\": [{\"fingerprint\": \"a\", \"reason\": \" \"}]}", "entry 1 (a) has no \"reason\""),
        ("{\"schema\": 1, \"accepted\": [{\"fingerprint\": \"a\", \"reason\": \"x\"}, {\"fingerprint\": \"a\", \"reason\": \"y\"}]}", "a is listed twice"),
    ])
    func brokenFile(text: String, reason: String) {
        do {
            _ = try AcceptedChanges.parse(Data(text.utf8), origin: "accept.json")
            Issue.record("a broken accept file was accepted")
        } catch {
            #expect(error.status == .invalidData)
            #expect(error.description.contains(reason), "\(error.description)")
        }
    }
}
