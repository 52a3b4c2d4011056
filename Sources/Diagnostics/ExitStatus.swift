/// How the tool exits: the sysexits codes of DESIGN.md, in one place so no module writes a bare number.
public enum ExitStatus: Int32, Sendable, Hashable, CaseIterable {
    /// Everything worked.
    case success = 0
    /// A check found something: a diff over its threshold, an out-of-date snapshot.
    case findings = 1
    /// The command line is wrong (EX_USAGE).
    case usage = 64
    /// An input is invalid (EX_DATAERR).
    case invalidData = 65
    /// An input is missing or unreadable (EX_NOINPUT).
    case inputMissing = 66
    /// A program the tool needs (Chromium, git) is not there (EX_UNAVAILABLE).
    case unavailable = 69
    /// An output cannot be created (EX_CANTCREAT).
    case cannotCreate = 73
    /// Reading or writing failed midway (EX_IOERR).
    case ioError = 74

    /// The status a run with several failures exits with: the most specific cause wins (usage, then a missing
    /// input, then output trouble, then a missing program, then bad data), so a script can tell what to fix first.
    public static func mostSpecific(_ statuses: some Sequence<ExitStatus>) -> ExitStatus {
        let present = Set(statuses)
        return [.usage, .inputMissing, .cannotCreate, .ioError, .unavailable, .invalidData, .findings].first(where: present.contains) ?? .success
    }
}

/// An error the executable reports as it is: whole sentences (with file, line and column where there are some)
/// and the exit status DESIGN.md assigns. Every module's errors conform, so every command reports them alike.
public protocol ReportableError: Error, CustomStringConvertible {
    var status: ExitStatus { get }
}
