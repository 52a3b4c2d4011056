import Diagnostics
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Unbuffered writes to the standard streams; libraries never print, the executable does it here.
///
/// POSIX `write` instead of `FileHandle`, whose `write` traps on a closed or full stream: a closed standard
/// output or `/dev/full` must end the run with exit 74 and a sentence, not a crash and a backtrace.
enum StandardStreams {
    static func writeOut(_ text: String) {
        writeOut(Array(text.utf8))
    }

    static func writeOut(_ bytes: [UInt8]) {
        if let failure = write(bytes, to: STDOUT_FILENO) {
            writeError("error: cannot write to standard output: \(failure).\n")
            exit(ExitStatus.ioError.rawValue)
        }
    }

    /// A failure here has nowhere to be reported, so it only decides the exit status.
    static func writeError(_ text: String) {
        if write(Array(text.utf8), to: STDERR_FILENO) != nil { exit(ExitStatus.ioError.rawValue) }
    }

    /// All of standard input, read with POSIX `read`: `FileHandle` traps when standard input is closed or a
    /// directory, where the run must end with exit 66 and a sentence. Stops after `limit` bytes, so a caller
    /// with a size limit can report it without holding an endless stream in memory.
    static func readInput(limit: Int = Int.max) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while data.count <= limit {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = errno == EISDIR ? "it is a directory" : errno == EBADF ? "it is closed" : String(cString: strerror(errno))
                writeError("-: error: cannot read standard input: \(reason); pipe a file into the command or give its path instead of '-'.\n")
                exit(ExitStatus.inputMissing.rawValue)
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    /// Writes every byte through `AtomicFile.writeAll`; the reason when it fails.
    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(OutputError) in try AtomicFile.writeAll(buffer, to: descriptor, path: "standard output") }
        }
        switch result {
        case .success: return nil
        case .failure(.ioFailure(_, let reason)), .failure(.cannotCreate(_, let reason)): return reason
        }
    }
}
