import ArgumentParser
import Foundation
import Publishing

/// A failure the executable reports as one message on standard error and a sysexits code.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    let code: Int32

    var description: String { message }

    /// Runs an output step, turning its error into the message and exit code DESIGN.md assigns.
    static func reporting(_ body: () throws(OutputError) -> Void) throws {
        do {
            try body()
        } catch {
            StandardStreams.writeError(error.description + "\n")
            throw ExitCode(error.exitCode)
        }
    }
}

extension CommandFailure {
    /// Prints the message and turns the failure into ArgumentParser's exit.
    func exit() -> ExitCode {
        StandardStreams.writeError(message + "\n")
        return ExitCode(code)
    }
}
