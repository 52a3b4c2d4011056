import Diagnostics

/// Why one side of a comparison could not be read: the diff never reports "no changes" after one of these.
///
/// Each case's text is a whole sentence that names the snapshot and says how to get out of it; `status`
/// follows the sysexits convention of DESIGN.md.
public enum SnapshotReadError: ReportableError, Sendable, Equatable {
    /// The file does not exist.
    case missingFile(path: String)
    /// The file exists but cannot be read (permissions, a folder, an I/O error).
    case unreadableFile(path: String)
    /// `git` is not installed or not on `PATH`, so a `REV:PATH` snapshot cannot be read.
    case gitUnavailable(source: String)
    /// `git show REV:PATH` failed: an unknown revision, a path missing at that revision, not a repository.
    case gitFailed(source: String, message: String)
    /// The snapshot is empty.
    case empty(source: String)
    /// The bytes are not JSON; `location` is `line:column` when the parser could tell.
    case malformed(source: String, location: String?, reason: String)
    /// The JSON stops before its end, as a file cut off by a failed write or copy does.
    case truncated(source: String)
    /// The JSON is well formed but is not a rule book snapshot (a missing section, an item without an id...).
    case invalid(source: String, reason: String)
    /// The snapshot was written by a newer version of the tool, with a schema this build does not know.
    case futureSchema(source: String, schema: Int)

    /// Missing or unreadable input, git missing, or bad data.
    public var status: ExitStatus {
        switch self {
        case .missingFile, .unreadableFile, .gitFailed: .inputMissing
        case .gitUnavailable: .unavailable
        case .empty, .malformed, .truncated, .invalid, .futureSchema: .invalidData
        }
    }
}

extension SnapshotReadError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missingFile(let path):
            "\(path): error: no such snapshot file. Give the path of a snapshot written by `migration-docs rules snapshot`, or a git revision as REV:PATH (for example origin/main:content/rules.json)."
        case .unreadableFile(let path):
            "\(path): error: the snapshot file cannot be read; check that it is a regular file and that its permissions allow reading."
        case .gitUnavailable(let source):
            "\(source): error: git is needed to read a snapshot at a revision but was not found on PATH; install git or check the snapshot out to a file first."
        case .gitFailed(let source, let message):
            "\(source): error: git could not show this snapshot (\(message)). Check the revision and the path; in CI, fetch the full history (actions/checkout with fetch-depth: 0)."
        case .empty(let source):
            "\(source): error: the snapshot is empty. Regenerate it with `migration-docs rules snapshot --output FILE`, or restore it from git."
        case .malformed(let source, let location, let reason):
            "\(source)\(location.map { ":" + $0 } ?? ""): error: the snapshot is not valid JSON (\(reason)). Regenerate it with `migration-docs rules snapshot --output FILE`, or restore it from git."
        case .truncated(let source):
            "\(source): error: the snapshot ends before its JSON is complete; the file looks truncated. Regenerate it with `migration-docs rules snapshot --output FILE`, or restore it from git."
        case .invalid(let source, let reason):
            "\(source): error: this is not a rule book snapshot: \(reason). Regenerate it with `migration-docs rules snapshot --output FILE`, or restore it from git."
        case .futureSchema(let source, let schema):
            "\(source): error: the snapshot has schema \(schema), but this build of migration-docs reads schema \(RuleSnapshot.schema) only; it was written by a newer version. Update migration-docs, or regenerate the snapshot with this version."
        }
    }
}
