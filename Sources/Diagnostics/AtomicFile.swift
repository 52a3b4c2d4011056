import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Why an output could not be written.
public enum OutputError: ReportableError, Sendable, Equatable {
    /// The file or folder could not be created (exit 73).
    case cannotCreate(path: String, reason: String)
    /// Writing or renaming failed midway (exit 74).
    case ioFailure(path: String, reason: String)

    public var description: String { "\(path): error: \(message)" }

    /// The file the failure is about.
    public var path: String {
        switch self {
        case .cannotCreate(let path, _), .ioFailure(let path, _): path
        }
    }

    /// The sentence without the location, for reports that print the path themselves.
    public var message: String {
        switch self {
        case .cannotCreate(_, let reason): "cannot create the output: \(reason)."
        case .ioFailure(_, let reason): "writing the output failed: \(reason)."
        }
    }

    public var status: ExitStatus {
        switch self {
        case .cannotCreate: .cannotCreate
        case .ioFailure: .ioError
        }
    }

    /// The failure as a diagnostic about its file.
    public var diagnostic: Diagnostic { Diagnostic(path: path, message: message) }
}

/// Writes files whole or not at all, with plain POSIX calls.
///
/// Each file goes to a temporary name beside its target and is renamed into place, so a reader never
/// sees half a file. No fsync per file: Foundation's `write(toFile:atomically:)` syncs every file,
/// which is about ten times slower for thousands of small files, and a crash mid-build is recovered
/// by building again.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any file there.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(OutputError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array("\(directory.isEmpty ? "." : directory)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: systemError()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(OutputError) {
            // Closed exactly once, whatever happens: a second close could shut a descriptor another
            // thread has just opened under the same number.
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            fchmod(descriptor, 0o644)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = systemError()
            unlink(temporary)
            throw .ioFailure(path: path, reason: reason)
        }
    }

    /// Writes a string as UTF-8.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes every byte to an open descriptor, resuming after partial writes and interrupts.
    public static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32, path: String) throws(OutputError) {
        let result = Array(bytes).withUnsafeBytes { buffer in
            Result { () throws(OutputError) in try writeAll(buffer, to: descriptor, path: path) }
        }
        try result.get()
    }

    /// Writes a buffer to an open descriptor, resuming after partial writes and interrupts.
    public static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws(OutputError) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .ioFailure(path: path, reason: systemError())
            }
            offset += written
        }
    }
}

/// The current `errno` as a sentence fragment ("No such file or directory").
public func systemError() -> String {
    guard let message = strerror(errno) else { return "error \(errno)" }
    return String(decoding: UnsafeRawBufferPointer(start: message, count: strlen(message)).bindMemory(to: UInt8.self), as: UTF8.self)
}
