import ArgumentParser
import Foundation
import Checklists
import Site
import Profiles
import Diagnostics
import RuleDiff

/// A failure the executable reports as one message on standard error and a sysexits code.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    let code: Int32

    var description: String { message }

    init(message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    /// A library error, whole, with the exit code it carries; `hint` is a line to add after it.
    init(_ error: some LibraryError, hint: String? = nil) {
        self.init(message: error.description + (hint.map { "\n" + $0 } ?? ""), code: error.exitCode)
    }

    /// Runs an output step, turning its error into the message and exit code DESIGN.md assigns.
    static func reporting(_ body: () throws(OutputError) -> Void) throws {
        do {
            try body()
        } catch {
            throw CommandFailure(error).exit()
        }
    }

    /// Prints the message and turns the failure into ArgumentParser's exit.
    func exit() -> ExitCode {
        StandardStreams.writeError(message + "\n")
        return ExitCode(code)
    }
}

/// The libraries' errors: each says what went wrong in whole sentences (with file, line and column where there
/// are some) and carries the exit code DESIGN.md assigns it, so every command reports them the same way.
protocol LibraryError: Error, CustomStringConvertible {
    var exitCode: Int32 { get }
}

extension DiagnosticsError: LibraryError {}
extension OutputError: LibraryError {}
extension SnapshotReadError: LibraryError {}
extension AcceptedChangesError: LibraryError {}
