import MigrationRules

/// JUnit XML, the test-report format nearly every CI system shows (GitLab's `artifacts:reports:junit`,
/// Jenkins, Azure Pipelines, CircleCI, test-reporter actions).
///
/// One test case per check id, every check listed so the report reads as the full checklist; a case fails
/// with one `<failure>` per change of its check that reaches `--fail-on` and is not accepted, which is exactly
/// what makes `rules diff` exit 1. Changes below the threshold and accepted ones are in the case's
/// `<system-out>`. No timestamps or durations: the same diff gives the same bytes.
public struct JUnitReporter: RuleChangeReporter {
    /// The threshold a change must reach to fail its test case.
    public var failOn: FailThreshold

    public init(failOn: FailThreshold) {
        self.failOn = failOn
    }

    public func report(_ changes: RuleChangeSet) -> String {
        let failing = Set(changes.failures(at: failOn).map(\.fingerprint))
        let failedChecks = Set(changes.changes.filter { failing.contains($0.fingerprint) }.map(\.check))
        let counts = "tests=\"\(CheckID.allCases.count)\" failures=\"\(failedChecks.count)\" errors=\"0\" skipped=\"0\""
        let summary =
            changes.isEmpty
            ? "No rule changes \(changes.sidesSentence)." : "Rule changes \(changes.sidesSentence): \(changes.countsSentence)."
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"migration-docs rules diff\" \(counts)>\n"
        output += "  <testsuite name=\"rules diff\" \(counts)>\n"
        output += "    <properties>\n"
        for (name, value) in [
            ("base", side(changes.base)), ("head", side(changes.head)), ("fail-on", failOn.rawValue),
            ("changes", String(changes.changes.count)), ("failing-changes", String(failing.count)),
        ] {
            output += "      <property name=\"\(name)\" value=\"\(value.xmlAttribute)\"/>\n"
        }
        output += "    </properties>\n"
        for check in CheckID.allCases {
            output += testCase(check, changes: changes.changes.filter { $0.check == check }, failing: failing)
        }
        var suiteOutput = summary + "\n"
        for unused in changes.unusedAcceptances {
            suiteOutput += "The accepted fingerprint \(unused.fingerprint) matches no change; remove it from the accept file.\n"
        }
        output += "    <system-out>\(suiteOutput.xmlText)</system-out>\n"
        output += "  </testsuite>\n</testsuites>\n"
        return output
    }

    private func testCase(_ check: CheckID, changes: [RuleChange], failing: Set<String>) -> String {
        let opening = "    <testcase classname=\"rules-diff.\(check.severity.rawValue)\" name=\"\(check.rawValue)\""
        guard !changes.isEmpty else { return opening + "/>\n" }
        var output = opening + ">\n"
        var passing = ""
        for change in changes {
            if failing.contains(change.fingerprint) {
                output += "      <failure type=\"\(check.rawValue)\" message=\"\(change.summary.xmlAttribute)\">"
                output += details(change, meaning: check.meaning).xmlText + "</failure>\n"
            } else {
                passing += details(change, meaning: nil) + "\n"
            }
        }
        if !passing.isEmpty { output += "      <system-out>\(passing.xmlText)</system-out>\n" }
        return output + "    </testcase>\n"
    }

    /// The change as a reviewer reads it in a CI's test view: what it is, every language before and after,
    /// and the fingerprint to accept it with.
    private func details(_ change: RuleChange, meaning: String?) -> String {
        var lines = ["\(change.severity.rawValue) \(change.check.rawValue) \(change.ruleID) (\(change.section)\(change.field.map { ", \($0)" } ?? ""))"]
        if let meaning { lines.append(meaning) }
        lines.append(change.summary)
        for text in change.texts {
            let tag = text.language?.tag ?? "value"
            switch (text.before, text.after) {
            case (let before?, let after?) where before == after: lines.append("\(tag) = \(before)")
            case (let before, let after):
                if let before { lines.append("\(tag) - \(before)") }
                if let after { lines.append("\(tag) + \(after)") }
            }
        }
        lines.append("fingerprint: \(change.fingerprint)")
        if let reason = change.acceptance { lines.append("accepted: \(reason)") }
        return lines.joined(separator: "\n")
    }

    private func side(_ side: RuleChangeSet.Side) -> String {
        "\(side.origin) (version \(side.version), \(side.date))"
    }
}
