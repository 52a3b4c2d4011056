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

    /// The reporter for this format.
    public func reporter(colour: Bool) -> any RuleChangeReporter {
        switch self {
        case .text: TextReporter(colour: colour)
        case .markdown: MarkdownReporter()
        case .json: JSONReporter()
        case .github: GitHubReporter()
        }
    }
}
