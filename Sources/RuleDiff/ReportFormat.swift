/// Turns a change set into the text of one report; reporters are pure, the executable prints.
public protocol RuleChangeReporter: Sendable {
    func report(_ changes: RuleChangeSet) -> String
}

/// The report formats of `rules diff --format`.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// For people at a terminal; coloured only when asked to (the executable asks when stdout is a terminal).
    case text
    /// For a pull-request comment or a job summary.
    case markdown
    /// For programs: the versioned schema of `JSONReporter`.
    case json
    /// GitHub Actions workflow annotations.
    case github
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    case sarif
    /// GitLab Code Quality, for the merge request widget.
    case gitlab
    /// JUnit XML, for any CI that shows test results.
    case junit

    /// The reporter for this format.
    public func reporter(_ context: ReportContext) -> any RuleChangeReporter {
        switch self {
        case .text: TextReporter(colour: context.colour)
        case .markdown: MarkdownReporter()
        case .json: JSONReporter()
        case .github: GitHubReporter()
        case .sarif: SARIFReporter(headLines: context.headLines)
        case .gitlab: GitLabCodeQualityReporter(headLines: context.headLines)
        case .junit: JUnitReporter(failOn: context.failOn)
        }
    }
}

/// What reporters may need besides the change set: settings of the run, and where the head's rules are.
public struct ReportContext: Sendable {
    /// Colour for the text report; the executable sets it only when standard output is a terminal.
    public var colour: Bool
    /// The `--fail-on` threshold: JUnit reports a failure for each change that reaches it.
    public var failOn: FailThreshold
    /// The lines of the head snapshot's rules, for the formats that point at a file and line.
    public var headLines: SnapshotLines

    public init(colour: Bool = false, failOn: FailThreshold = .breaking, headLines: SnapshotLines) {
        self.colour = colour
        self.failOn = failOn
        self.headLines = headLines
    }
}
