import Diagnostics
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The output folder of a batch, opened once, where each checklist is written whole or not at all.
///
/// Like `AtomicFile`, each file goes to a temporary name beside its target and is renamed into place, so a
/// reader never sees half a checklist. The difference is the cost per file, which matters at 10,000 files:
/// paths are resolved against the open folder (`openat`, `renameat`) instead of from the root, names are
/// joined without `NSString` (path helpers were 5% of a batch in callgrind), and the text's UTF-8 is written
/// from the string's own storage instead of being copied into two arrays first.
/// A class because it owns the folder's descriptor.
final class ChecklistOutputFolder: @unchecked Sendable {
    let path: String
    private let descriptor: Int32

    /// Opens an existing folder.
    init(path: String) throws(OutputError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: systemError()) }
    }

    deinit { close(descriptor) }

    /// The path of a file in the folder, as diagnostics show it.
    func path(of name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    /// Writes `file` as the file `name`, replacing any file there. `unique` tells this write's temporary
    /// file apart from the others of the run (the customer's index).
    func write(_ file: ChecklistFile, name: String, unique: Int) throws(OutputError) {
        var temporary = ".\(name).tmp-\(getpid())-\(unique)"
        var descriptorOfFile = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        var attempt = 0
        while descriptorOfFile < 0, errno == EEXIST, attempt < 100 {
            attempt += 1
            temporary = ".\(name).tmp-\(getpid())-\(unique)-\(attempt)"
            descriptorOfFile = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        }
        guard descriptorOfFile >= 0 else { throw .cannotCreate(path: path(of: name), reason: systemError()) }
        // `AtomicFile.writeAll` straight from the text's own UTF-8 storage or the PDF's bytes, with no copy.
        let write = { (buffer: UnsafeRawBufferPointer) in
            Result { () throws(OutputError) in try AtomicFile.writeAll(buffer, to: descriptorOfFile, path: self.path(of: name)) }
        }
        let written: Result<Void, OutputError>
        switch file {
        case .text(var text): written = text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        case .binary(let bytes): written = bytes.withUnsafeBytes(write)
        }
        // The same mode as `AtomicFile` gives, whatever the umask.
        let failure: String?
        switch written {
        case .success: failure = fchmod(descriptorOfFile, 0o644) == 0 ? nil : systemError()
        case .failure(.ioFailure(_, let reason)), .failure(.cannotCreate(_, let reason)): failure = reason
        }
        close(descriptorOfFile)
        if failure == nil, renameat(descriptor, temporary, descriptor, name) == 0 { return }
        let reason = failure ?? systemError()
        unlinkat(descriptor, temporary, 0)
        throw .ioFailure(path: path(of: name), reason: reason)
    }
}
