import Foundation

extension StandardStreams {
    /// True when standard output is a terminal and `NO_COLOR` is unset: the only case where reports are coloured.
    static var outputIsColourTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
