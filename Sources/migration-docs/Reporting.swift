import ArgumentParser
import Diagnostics

extension ReportableError {
    /// Prints the error on standard error and gives ArgumentParser the exit with its status: how every command
    /// reports every library's errors, so none of them prints or numbers a failure its own way.
    ///
    /// - Parameter hint: a line to print after the error (the command that repairs it).
    func exit(hint: String? = nil) -> ExitCode {
        StandardStreams.writeError(description + (hint.map { "\n" + $0 } ?? "") + "\n")
        return ExitCode(status)
    }
}

extension ExitCode {
    init(_ status: ExitStatus) { self.init(status.rawValue) }
}

/// Runs a step whose errors are reportable, turning its failure into the printed error and its exit.
func reporting<Failure: ReportableError>(_ body: () throws(Failure) -> Void) throws {
    do {
        try body()
    } catch {
        throw error.exit()
    }
}
