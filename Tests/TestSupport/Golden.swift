import Foundation
import Testing

/// Golden-file assertions shared by every test target.
///
/// Set `RECORD_GOLDEN=1` to rewrite the committed files from the current output, then review the
/// change as a diff (`git diff Tests/`) before committing it.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// The package root, found from this source file's path so tests run from any directory.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Compares `actual` with the golden file at `path` (relative to the package root), or records it.
    public static func assertMatches(
        _ actual: String, file path: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = packageRoot.appendingPathComponent(path)
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Golden file \(path) is missing; run the tests with RECORD_GOLDEN=1 to create it.", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let line = firstDifferentLine(expected, actual)
            Issue.record(
                "Output differs from \(path) (first difference at line \(line)); if the change is intended, re-record with RECORD_GOLDEN=1 and review the diff.",
                sourceLocation: sourceLocation)
        }
    }

    /// Compares a whole output folder with a golden folder: same file list, same bytes; or records it.
    public static func assertDirectoryMatches(
        _ actualDirectory: URL, golden path: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let goldenURL = packageRoot.appendingPathComponent(path)
        if isRecording {
            try? FileManager.default.removeItem(at: goldenURL)
            try FileManager.default.createDirectory(at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: actualDirectory, to: goldenURL)
            return
        }
        let actualFiles = try relativeFiles(in: actualDirectory)
        let goldenFiles = try relativeFiles(in: goldenURL)
        #expect(actualFiles == goldenFiles, "The set of files differs from \(path).", sourceLocation: sourceLocation)
        for file in actualFiles where goldenFiles.contains(file) {
            let actual = try Data(contentsOf: actualDirectory.appendingPathComponent(file))
            let expected = try Data(contentsOf: goldenURL.appendingPathComponent(file))
            if actual != expected {
                Issue.record(
                    "\(file) differs from \(path)/\(file); re-record with RECORD_GOLDEN=1 and review the diff if intended.",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// Every regular file under a folder, as sorted relative paths.
    public static func relativeFiles(in directory: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        let base = directory.standardizedFileURL.path
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
        }
        return files.sorted()
    }

    private static func firstDifferentLine(_ a: String, _ b: String) -> Int {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<min(left.count, right.count) where left[index] != right[index] { return index + 1 }
        return min(left.count, right.count) + 1
    }
}

/// Runs the built `migration-docs` binary, for end-to-end tests.
public struct ToolRun: Sendable {
    public let exitCode: Int32
    public let standardOutput: String
    public let standardError: String

    /// The executable built next to the test bundle (`.build/<config>/migration-docs`).
    public static var executable: URL {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.appendingPathComponent("migration-docs"),
            bundle.deletingLastPathComponent().appendingPathComponent("migration-docs"),
            packageRoot.appendingPathComponent(".build/debug/migration-docs"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    static var packageRoot: URL { Golden.packageRoot }

    /// Runs the tool with arguments, in a working directory, feeding `input` to standard input; `executable`
    /// runs another program instead (a shell that redirects the tool's streams).
    public static func run(
        _ arguments: [String], in directory: URL? = nil, input: Data? = nil, environment: [String: String]? = nil,
        executable: URL = executable
    ) throws -> ToolRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        if let environment { process.environment = environment }
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try inputPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block the child.
        let errorData = ReadAll(error)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(
            exitCode: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.wait(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on a background thread.
final class ReadAll: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

/// A fresh temporary folder, removed by the caller.
public func makeTemporaryDirectory(_ name: String = "migration-docs-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
