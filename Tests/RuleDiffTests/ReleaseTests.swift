import Foundation
import MigrationRules
import RuleDiff
import Testing
import TestSupport

/// Release 2026.12 went through the tool's own release path: its diff from the 1.0.0 snapshot (kept as a fixture,
/// a copy of `content/rules.json` at 7b30b64) has its breaking changes accepted, each with a reason.
@Suite("Release 2026.12")
struct ReleaseTests {
    static func releaseDiff() throws -> RuleChangeSet {
        RuleDiffer.diff(base: try Fixtures.snapshot("rules-1.0.0.json"), head: try Fixtures.snapshot(of: .current, origin: "head"))
    }

    static func acceptFile() throws -> AcceptedChanges {
        try AcceptedChanges.read(path: "content/accepted-rule-changes.json", workingDirectory: Golden.packageRoot)
    }

    @Test("the new destination criterion is breaking, and accepted with its reason")
    func newCriterionIsBreakingAndAccepted() throws {
        let changes = try Self.releaseDiff()
        let added = try #require(changes.changes.first { $0.fingerprint == "criterion-added:destination.verification-and-review" })
        #expect(added.severity == .breaking)
        let entry = try #require(try Self.acceptFile().entry(for: added.fingerprint))
        #expect(entry.reason.contains("R5"))
    }

    @Test("every breaking change of the release is accepted, and every entry of the accept file is used")
    func everyBreakingChangeIsAccepted() throws {
        let file = try Self.acceptFile()
        let accepted = try Self.releaseDiff().accepting(file)
        #expect(accepted.failures(at: .breaking).isEmpty, "unaccepted: \(accepted.failures(at: .breaking).map(\.fingerprint))")
        #expect(accepted.acceptedCount == file.entries.count)
        for entry in file.entries { #expect(entry.reason.count > 40, "\(entry.fingerprint) needs a reason a reviewer can check") }
    }

    @Test("the version and date moved, and the change log has the release in three languages")
    func versionAndChangeLog() throws {
        let base = try Fixtures.snapshot("rules-1.0.0.json")
        #expect(base.version == "1.0.0")
        let book = RuleBook.current
        #expect(book.version == "2026.12")
        let release = try #require(book.releases.first)
        #expect(release.version == book.version && release.date == book.date)
        for language in Language.allCases {
            #expect(release.changes.contains { $0[language].contains("Messaging For") })
        }
    }
}
