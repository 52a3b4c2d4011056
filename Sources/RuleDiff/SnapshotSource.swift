/// Where a snapshot comes from: a file, a file at a git revision, or the rule book compiled into this tool.
public enum SnapshotSource: Sendable, Hashable, CustomStringConvertible {
    case file(path: String)
    /// `REV:PATH`, read with `git show`, so CI can compare against the pull request's base branch.
    case gitRevision(revision: String, path: String)
    case compiledRuleBook

    /// Reads a command-line argument: an existing file wins, then `REV:PATH`, then a file path.
    ///
    /// An existing file is tried first so a path that happens to contain a colon still works; a missing
    /// file without a colon stays a file, so its error says the file is missing.
    public init(argument: String, fileExists: (String) -> Bool) {
        if fileExists(argument) {
            self = .file(path: argument)
        } else if let colon = argument.firstIndex(of: ":"), colon != argument.startIndex,
            argument.index(after: colon) != argument.endIndex
        {
            self = .gitRevision(
                revision: String(argument[..<colon]), path: String(argument[argument.index(after: colon)...]))
        } else {
            self = .file(path: argument)
        }
    }

    /// The name used in reports and error messages.
    public var description: String {
        switch self {
        case .file(let path): path
        case .gitRevision(let revision, let path): "\(revision):\(path)"
        case .compiledRuleBook: "the compiled rule book"
        }
    }
}
