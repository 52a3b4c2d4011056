import Foundation
import MigrationRules
import RuleDiff
import TestSupport
import Testing

@Suite("Rule differ on the fixture pair")
struct RuleDifferTests {
    @Test("the fixture pair exercises every check id")
    func fixtureExercisesEveryCheck() throws {
        let checks = Set(try Fixtures.pairDiff().changes.map(\.check))
        let missing = CheckID.allCases.filter { !checks.contains($0) }
        #expect(missing.isEmpty, "Checks the fixture pair does not exercise: \(missing.map(\.rawValue))")
    }

    @Test("changes are ordered breaking first, then warnings, then info")
    func changesAreOrderedBySeverity() throws {
        let severities = try Fixtures.pairDiff().changes.map(\.severity)
        #expect(severities == severities.sorted(by: >))
    }

    @Test("every fingerprint of the fixture pair is unique")
    func fingerprintsAreUnique() throws {
        let fingerprints = try Fixtures.pairDiff().changes.map(\.fingerprint)
        #expect(Set(fingerprints).count == fingerprints.count)
    }

    @Test("a snapshot compared with itself has no changes")
    func identicalSnapshotsHaveNoChanges() throws {
        let head = try Fixtures.snapshot("head.json")
        #expect(RuleDiffer.diff(base: head, head: head).isEmpty)
    }

    @Test("each format's report of the fixture pair matches its golden file", arguments: ReportFormat.allCases)
    func goldenReport(format: ReportFormat) throws {
        let report = format.reporter(try Fixtures.headContext()).report(try Fixtures.pairDiff())
        try Golden.assertMatches(report, file: "Tests/RuleDiffTests/Golden/fixture-diff.\(Self.fileExtension(format))")
    }

    @Test("each format says explicitly that there are no changes", arguments: ReportFormat.allCases)
    func noChangesIsExplicit(format: ReportFormat) throws {
        let base = try Fixtures.snapshot("base.json")
        let report = format.reporter(try Fixtures.headContext()).report(RuleDiffer.diff(base: base, head: base))
        switch format {
        case .json:
            let json = try JSONValue.parse(Data(report.utf8))
            #expect(json["summary"]?["total"] == .integer(0))
            #expect(json["changes"] == .array([]))
        case .gitlab:
            // GitLab reads an empty array as "no Code Quality issues"; there is nowhere to write a sentence.
            #expect(report == "[]\n")
        case .sarif:
            let run = try JSONValue.parse(Data(report.utf8))["runs"]?.arrayValue?.first
            #expect(run?["results"] == .array([]))
            #expect(run?["properties"]?["summary"]?.stringValue?.hasPrefix("No rule changes from base.json") == true)
        default:
            #expect(report.contains("No rule changes from") && report.contains("base.json"))
        }
    }

    @Test("the JSON report parses and carries the documented members")
    func jsonReportShape() throws {
        let json = try JSONValue.parse(Data(JSONReporter().report(try Fixtures.pairDiff()).utf8))
        #expect(json["schema"] == .integer(JSONReporter.schema))
        #expect(json["base"]?["origin"] == .string("base.json"))
        #expect(json["head"]?["version"] == .string("1.1.0"))
        let first = try #require(json["changes"]?.arrayValue?.first)
        for key in ["severity", "check", "rule_id", "section", "field", "detail", "fingerprint", "summary", "accepted", "texts"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(json["summary"]?["breaking"] == .integer(try Fixtures.pairDiff().count(.breaking)))
    }

    static func fileExtension(_ format: ReportFormat) -> String {
        switch format {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        case .github: "github.txt"
        case .sarif: "sarif"
        case .gitlab: "gitlab.json"
        case .junit: "junit.xml"
        }
    }
}
