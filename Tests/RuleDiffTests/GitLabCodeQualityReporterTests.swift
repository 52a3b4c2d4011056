import Foundation
import RuleDiff
import TestSupport
import Testing

@Suite("GitLab Code Quality report")
struct GitLabCodeQualityReporterTests {
    /// The golden report as GitLab reads it: a JSON array of objects, parsed by Foundation, not by our reader.
    static func issues() throws -> [[String: Any]] {
        let data = try Data(contentsOf: Golden.packageRoot.appendingPathComponent("Tests/RuleDiffTests/Golden/fixture-diff.gitlab.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test("one issue per change, with exactly the members GitLab documents")
    func members() throws {
        let issues = try Self.issues()
        #expect(issues.count == (try Fixtures.pairDiff()).changes.count)
        for issue in issues {
            #expect(Set(issue.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
            let location = try #require(issue["location"] as? [String: Any])
            #expect(Set(location.keys) == ["path", "lines"])
            #expect(Set((location["lines"] as? [String: Any] ?? [:]).keys) == ["begin"])
        }
    }

    @Test("every field carries the change: check, fingerprint, severity, description")
    func fields() throws {
        let changes = try Fixtures.pairDiff().changes
        for (issue, change) in zip(try Self.issues(), changes) {
            #expect(issue["check_name"] as? String == change.check.rawValue)
            #expect(issue["fingerprint"] as? String == change.fingerprint)
            #expect(issue["description"] as? String == change.summary)
            let expected = ["breaking": "critical", "warning": "major", "info": "info"][change.severity.rawValue]
            #expect(issue["severity"] as? String == expected)
        }
        let fingerprints = try Self.issues().compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == changes.count, "GitLab shows issues with one fingerprint as one")
    }

    @Test("each issue points at a line of head.json that holds the changed rule's id or its section")
    func locations() throws {
        let changes = try Fixtures.pairDiff().changes
        let head = try String(contentsOf: Fixtures.directory.appendingPathComponent("head.json"), encoding: .utf8)
        let textLines = head.split(separator: "\n", omittingEmptySubsequences: false)
        for (issue, change) in zip(try Self.issues(), changes) {
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] as? String == "head.json")
            let begin = try #require((location["lines"] as? [String: Any])?["begin"] as? Int)
            let line = String(textLines[begin - 1])
            let id = change.check == .ruleRenamed ? change.detail ?? "" : change.ruleID
            let expected = ["\"id\": \"\(id)\"", "\"\(change.section)\": [", "\"\(change.field ?? "")\": "]
            #expect(expected.contains { line.contains($0) }, "\(change.fingerprint) points at line \(begin): \(line)")
        }
    }

    @Test("an accepted change is info and says why it was accepted")
    func accepted() throws {
        let pair = try Fixtures.pairDiff()
        let accepted = pair.accepting(AcceptedChanges(entries: [AcceptedChange(fingerprint: pair.changes[0].fingerprint, reason: "Reviewed.")]))
        let report = GitLabCodeQualityReporter(headLines: try Fixtures.headContext().headLines).report(accepted)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [[String: Any]])
        #expect(issues[0]["severity"] as? String == "info")
        #expect((issues[0]["description"] as? String)?.hasSuffix(" Accepted: Reviewed.") == true)
    }
}
