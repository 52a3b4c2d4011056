import Foundation
import RuleDiff
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("JUnit report")
struct JUnitReporterTests {
    static func document(_ text: String) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }

    static func golden() throws -> XMLDocument {
        try XMLDocument(
            contentsOf: Golden.packageRoot.appendingPathComponent("Tests/RuleDiffTests/Golden/fixture-diff.junit.xml"), options: [])
    }

    static func attribute(_ node: XMLNode, _ name: String) -> String? {
        (node as? XMLElement)?.attribute(forName: name)?.stringValue
    }

    @Test("one test case per check id, in the check table's order")
    func oneCasePerCheck() throws {
        let cases = try Self.golden().nodes(forXPath: "/testsuites/testsuite/testcase")
        #expect(cases.map { Self.attribute($0, "name") } == CheckID.allCases.map(\.rawValue))
        #expect(cases.map { Self.attribute($0, "classname") } == CheckID.allCases.map { "rules-diff.\($0.severity.rawValue)" })
    }

    @Test("the golden, at --fail-on breaking, has one failure per breaking change and the counts agree")
    func goldenFailures() throws {
        let document = try Self.golden()
        let changes = try Fixtures.pairDiff().changes
        // Failures sit in their check's case, so they come in check-table order, each check's in change order.
        let order = Dictionary(uniqueKeysWithValues: CheckID.allCases.enumerated().map { ($1, $0) })
        let breaking = changes.enumerated().filter { $0.element.severity == .breaking }
            .sorted { (order[$0.element.check] ?? 0, $0.offset) < (order[$1.element.check] ?? 0, $1.offset) }.map(\.element)
        let failures = try document.nodes(forXPath: "//testcase/failure")
        #expect(failures.count == breaking.count)
        for (failure, change) in zip(failures, breaking) {
            #expect(Self.attribute(failure, "message") == change.summary)
            #expect(Self.attribute(failure, "type") == change.check.rawValue)
            #expect(Self.attribute(failure.parent ?? failure, "name") == change.check.rawValue)
            #expect(failure.stringValue?.contains("fingerprint: \(change.fingerprint)") == true)
        }
        let suite = try #require(try document.nodes(forXPath: "/testsuites/testsuite").first)
        #expect(Self.attribute(suite, "tests") == String(CheckID.allCases.count))
        #expect(Self.attribute(suite, "failures") == String(Set(breaking.map(\.check)).count))
        #expect(Self.attribute(suite, "errors") == "0")
    }

    @Test("changes below the threshold are listed in their case's output, never as failures")
    func passingChangesInOutput() throws {
        let outputs = try Self.golden().nodes(forXPath: "//testcase/system-out").compactMap(\.stringValue).joined()
        for change in try Fixtures.pairDiff().changes where change.severity != .breaking {
            #expect(outputs.contains("fingerprint: \(change.fingerprint)"))
        }
    }

    @Test("the threshold decides what fails", arguments: [
        (FailThreshold.never, 0), (.breaking, 7), (.warning, 17), (.info, 29),
    ])
    func threshold(failOn: FailThreshold, failures: Int) throws {
        let report = JUnitReporter(failOn: failOn).report(try Fixtures.pairDiff())
        #expect(try Self.document(report).nodes(forXPath: "//failure").count == failures)
    }

    @Test("an accepted change never fails its case")
    func acceptedDoesNotFail() throws {
        let pair = try Fixtures.pairDiff()
        let accepted = pair.accepting(AcceptedChanges(entries: [AcceptedChange(fingerprint: pair.changes[0].fingerprint, reason: "Reviewed.")]))
        let document = try Self.document(JUnitReporter(failOn: .breaking).report(accepted))
        #expect(try document.nodes(forXPath: "//failure").count == 6)
        #expect(try document.nodes(forXPath: "//system-out").compactMap(\.stringValue).joined().contains("accepted: Reviewed."))
    }

    @Test("markup, quotes, line breaks and control characters survive a parser in attributes and text")
    func escaping() throws {
        let hostile = "a < b & c > \"d\" 'e'\nline\ttab\r\u{1}\u{1B}[31m end"
        let change = RuleChange(
            check: .ruleRemoved, ruleID: "r<&>", section: "facts", summary: hostile,
            texts: [TextChange(language: .en, before: hostile, after: nil)])
        let side = RuleChangeSet.Side(origin: "o\"&<", version: "1", date: "d")
        let report = JUnitReporter(failOn: .breaking).report(RuleChangeSet(base: side, head: side, changes: [change]))
        let document = try Self.document(report)
        let failure = try #require(try document.nodes(forXPath: "//failure").first)
        let survived = "a < b & c > \"d\" 'e'\nline\ttab\r\u{FFFD}\u{FFFD}[31m end"
        #expect(Self.attribute(failure, "message") == survived)
        #expect(failure.stringValue?.contains("en - " + survived) == true)
        #expect(failure.stringValue?.contains("r<&>") == true)
        let property = try #require(try document.nodes(forXPath: "//property[@name='base']").first)
        #expect(Self.attribute(property, "value") == "o\"&< (version 1, d)")
        #expect(!report.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }
}
