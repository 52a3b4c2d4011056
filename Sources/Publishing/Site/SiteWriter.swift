import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The write stage: puts a whole build in place at once, or leaves the previous one untouched.
///
/// Files are written with POSIX calls into a fresh folder beside the output, which then takes the
/// output's place by two renames. A reader never sees half a site, a failed build changes nothing, and
/// files of an earlier build cannot linger because the new folder starts empty.
public struct SiteWriter: Sendable {
    /// A file every build writes, so a later build knows the folder is its own to replace.
    public static let markerName = ".migration-docs-build"
    static let markerText = "This folder is written by `migration-docs build` and replaced whole on every build; edit content/ and templates/ instead.\n"

    public init() {}

    /// Writes `files` (relative paths) as the new content of `output`.
    public func write(_ files: [OutputFile], to output: String) throws(OutputError) {
        let output = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        try checkReplaceable(output)
        let parent = (output as NSString).deletingLastPathComponent.isEmpty ? "." : (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: parent, reason: "the folder cannot be created (\(error.localizedDescription))")
        }
        let staging = try makeTemporaryDirectory(parent: parent, prefix: ".\(name).build-")
        do throws(OutputError) {
            let all = files + [OutputFile(path: Self.markerName, text: Self.markerText)]
            try createDirectories(for: all, in: staging)
            try writeFiles(all, in: staging)
            try swap(staging, into: output, parent: parent, name: name)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// Refuses to replace a folder this tool did not write: `--output content` must not wipe the content.
    private func checkReplaceable(_ output: String) throws(OutputError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .cannotCreate(path: output, reason: "a file is in the way; remove it or choose another --output folder")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        if !entries.isEmpty, !entries.contains(Self.markerName) {
            throw .cannotCreate(
                path: output,
                reason: "the folder is not empty and was not written by migration-docs build, so it is not replaced; choose an empty or new --output folder")
        }
    }

    private func makeTemporaryDirectory(parent: String, prefix: String) throws(OutputError) -> String {
        var template = Array("\(parent)/\(prefix)XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkdtemp($0) != nil } ?? false }
        guard made else { throw .cannotCreate(path: parent, reason: systemError()) }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func createDirectories(for files: [OutputFile], in root: String) throws(OutputError) {
        var folders = Set<String>()
        for file in files {
            var folder = (file.path as NSString).deletingLastPathComponent
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        // Sorted, so a parent is always made before its children.
        for folder in folders.sorted() {
            let path = "\(root)/\(folder)"
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw .cannotCreate(path: path, reason: systemError())
            }
        }
    }

    /// Writes on every core; each file is new in an empty folder, so no per-file rename is needed.
    private func writeFiles(_ files: [OutputFile], in root: String) throws(OutputError) {
        let failures: [OutputError?] = files.concurrentMap { file -> OutputError? in
            let path = "\(root)/\(file.path)"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return .cannotCreate(path: path, reason: systemError()) }
            defer { close(descriptor) }
            do throws(OutputError) {
                try AtomicFile.writeAll(file.bytes, to: descriptor, path: path)
            } catch {
                return error
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Moves the old output aside, the new one in, then deletes the old one.
    private func swap(_ staging: String, into output: String, parent: String, name: String) throws(OutputError) {
        guard FileManager.default.fileExists(atPath: output) else {
            guard rename(staging, output) == 0 else { throw .ioFailure(path: output, reason: systemError()) }
            return
        }
        let old = try makeTemporaryDirectory(parent: parent, prefix: ".\(name).old-")
        // rename(2) may replace an empty folder, which is what mkdtemp made.
        guard rename(output, old) == 0 else {
            rmdir(old)
            throw .ioFailure(path: output, reason: systemError())
        }
        guard rename(staging, output) == 0 else {
            let reason = systemError()
            rename(old, output)
            throw .ioFailure(path: output, reason: reason)
        }
        try? FileManager.default.removeItem(atPath: old)
    }
}
