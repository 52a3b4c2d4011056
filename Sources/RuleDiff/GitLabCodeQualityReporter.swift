/// GitLab Code Quality: the JSON array of issues `artifacts:reports:codequality` takes, shown in the merge
/// request widget and, on Ultimate, beside the changed line of `content/rules.json`.
///
/// Only the members GitLab reads are written (its "Implement a custom tool" documentation: `description`,
/// `check_name`, `fingerprint`, `severity`, `location.path`, `location.lines.begin`); GitLab ignores the rest of
/// the Code Climate specification. The widget compares fingerprints between the target branch's report and
/// the merge request's, so it uses our text-free fingerprint: a reworded change stays the same issue.
public struct GitLabCodeQualityReporter: RuleChangeReporter {
    /// Where the head snapshot's rules are: the file and line every issue points at.
    public var headLines: SnapshotLines

    public init(headLines: SnapshotLines) {
        self.headLines = headLines
    }

    public func report(_ changes: RuleChangeSet) -> String {
        JSONValue.array(changes.changes.map(issue)).canonicalText()
    }

    private func issue(_ change: RuleChange) -> JSONValue {
        var description = change.summary
        if let reason = change.acceptance { description += " Accepted: \(reason)" }
        return .object([
            ("description", .string(description)),
            ("check_name", .string(change.check.rawValue)),
            ("fingerprint", .string(change.fingerprint)),
            ("severity", .string(severity(change))),
            (
                "location",
                .object([
                    ("path", .string(headLines.path)),
                    ("lines", .object([("begin", .integer(headLines.line(of: change)))])),
                ])
            ),
        ])
    }

    /// GitLab's five levels for our three; an accepted change is `info`, as it is a notice on GitHub, so the
    /// widget's alarm matches what fails the run. `blocker` is left for tools that stop a release outright.
    private func severity(_ change: RuleChange) -> String {
        guard !change.isAccepted else { return "info" }
        switch change.severity {
        case .breaking: return "critical"
        case .warning: return "major"
        case .info: return "info"
        }
    }
}
