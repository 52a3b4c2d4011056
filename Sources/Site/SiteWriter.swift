import Diagnostics
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
        try write(count: files.count, to: output) { files[$0] }
    }

    /// Writes `count` files, asking `file` for each one in the worker that writes it, so a build never
    /// holds every rendered page at once: memory stays that of a few pages, whatever the site's size.
    ///
    /// `file` is called once per index, on any thread; the files' paths must be distinct.
    public func write(count: Int, to output: String, file: @Sendable (Int) -> OutputFile) throws(OutputError) {
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
            let marker = OutputFile(path: Self.markerName, text: Self.markerText)
            try writeFiles(count: count + 1, in: staging) { $0 == count ? marker : file($0) }
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

    /// Makes `folder` (a path inside the staging folder) and any missing parents. Safe from many threads:
    /// a folder another worker made first is fine.
    private func makeFolder(_ folder: String) throws(OutputError) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw .cannotCreate(path: folder, reason: systemError()) }
        try makeFolder((folder as NSString).deletingLastPathComponent)
        if mkdir(folder, 0o755) != 0, errno != EEXIST {
            throw .cannotCreate(path: folder, reason: systemError())
        }
    }

    /// Renders and writes on every core; each file is new in an empty folder, so no per-file rename is
    /// needed. The first failure by index is reported, so the message does not depend on scheduling.
    private func writeFiles(count: Int, in root: String, file: @Sendable (Int) -> OutputFile) throws(OutputError) {
        let failures: [OutputError?] = Array(0..<count).concurrentMap { index -> OutputError? in
            let file = file(index)
            let path = "\(root)/\(file.path)"
            // A page is the only file of its own new folder (`<lang>/<slug>/index.html`): making the folder
            // first saves the failed `open` of every page.
            let folder = (path as NSString).deletingLastPathComponent
            if folder != root {
                do throws(OutputError) {
                    try makeFolder(folder)
                } catch {
                    return error
                }
            }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return .cannotCreate(path: path, reason: systemError()) }
            defer { close(descriptor) }
            let written = file.withBytes { buffer in
                Result { () throws(OutputError) in try AtomicFile.writeAll(buffer, to: descriptor, path: path) }
            }
            if case .failure(let error) = written { return error }
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
