import Foundation
import MigrationRules

/// Reads and validates snapshots from files, git revisions or the compiled rule book.
///
/// Every failure becomes a `SnapshotReadError` naming the snapshot, so a side that cannot be read is
/// never mistaken for a side without changes.
public struct SnapshotReader: Sendable {
    /// The folder relative paths and `git show` are resolved in.
    public var workingDirectory: URL
    /// The rule book `SnapshotSource.compiledRuleBook` stands for: the executable's, or a test's variant.
    public var compiledRuleBook: RuleBook

    public init(
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        compiledRuleBook: RuleBook
    ) {
        self.workingDirectory = workingDirectory
        self.compiledRuleBook = compiledRuleBook
    }

    /// Parses a command-line argument into a source, checking file existence in the working directory.
    public func source(for argument: String) -> SnapshotSource {
        SnapshotSource(argument: argument) { FileManager.default.fileExists(atPath: resolve($0).path) }
    }

    /// Reads and validates one snapshot.
    public func read(_ source: SnapshotSource) throws(SnapshotReadError) -> Snapshot {
        switch source {
        case .compiledRuleBook:
            return try Snapshot(validating: RuleSnapshot.make(from: compiledRuleBook), origin: source.description)
        case .file(let path):
            return try Self.parse(try readFile(path), origin: source.description)
        case .gitRevision(let revision, let path):
            return try Self.parse(try gitShow(revision: revision, path: path, origin: source.description), origin: source.description)
        }
    }

    /// Reads and validates one snapshot, with the line of each of its rules in the text it was read from.
    ///
    /// Reports that point at a line (SARIF, GitLab Code Quality) need the head side this way. The compiled rule
    /// book is located in its canonical text, which `rules check` keeps identical to `content/rules.json`.
    public func readWithLines(_ source: SnapshotSource) throws(SnapshotReadError) -> (snapshot: Snapshot, lines: SnapshotLines) {
        switch source {
        case .compiledRuleBook:
            let json = RuleSnapshot.make(from: compiledRuleBook)
            let snapshot = try Snapshot(validating: json, origin: source.description)
            return (snapshot, SnapshotLines(path: SnapshotLines.committedPath, text: Data(json.canonicalText().utf8)))
        case .file(let path):
            let data = try readFile(path)
            return (try Self.parse(data, origin: source.description), SnapshotLines(path: path, text: data))
        case .gitRevision(let revision, let path):
            let data = try gitShow(revision: revision, path: path, origin: source.description)
            return (try Self.parse(data, origin: source.description), SnapshotLines(path: path, text: data))
        }
    }

    /// The raw bytes of a snapshot file, for callers that also compare bytes (`rules check`).
    public func readFile(_ path: String) throws(SnapshotReadError) -> Data {
        let url = resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .missingFile(path: path)
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadableFile(path: path)
        }
        return data
    }

    /// Parses and validates snapshot bytes, telling a truncated file from a malformed one.
    public static func parse(_ data: Data, origin: String) throws(SnapshotReadError) -> Snapshot {
        guard data.contains(where: { !Self.isJSONWhitespace($0) }) else { throw .empty(source: origin) }
        let json: JSONValue
        do {
            json = try JSONValue.parse(data)
        } catch {
            throw Self.explainParseFailure(data, origin: origin, fallback: error.description)
        }
        return try Snapshot(validating: json, origin: origin)
    }

    private func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }

    private func gitShow(revision: String, path: String, origin: String) throws(SnapshotReadError) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "show", "\(revision):\(path)"]
        process.currentDirectoryURL = workingDirectory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .gitUnavailable(source: origin)
        }
        // Drain standard error on another thread so neither pipe can fill up and block git.
        let errorData = PipeDrain(errors)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: errorData.wait(), as: UTF8.self)
        // `env` exits 127 when it cannot find the program.
        if process.terminationStatus == 127 { throw .gitUnavailable(source: origin) }
        guard process.terminationStatus == 0 else {
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw .gitFailed(source: origin, message: firstLine.trimmingCharacters(in: CharacterSet(charactersIn: " .")))
        }
        return data
    }

    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Foundation's decoder says only "not valid JSON"; `JSONSerialization` says where, and whether the text ended early.
    private static func explainParseFailure(_ data: Data, origin: String, fallback: String) -> SnapshotReadError {
        let reason: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            // Well-formed JSON that the snapshot tree refuses: a fractional number, for instance.
            return .invalid(source: origin, reason: fallback)
        } catch {
            reason = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? fallback
        }
        if reason.localizedCaseInsensitiveContains("end of file") || reason.localizedCaseInsensitiveContains("unexpected end") {
            return .truncated(source: origin)
        }
        return .malformed(source: origin, location: location(in: data, reason: reason), reason: reason.trimmingCharacters(in: CharacterSet(charactersIn: ". ")))
    }

    /// Turns "around character N" into `line:column`, so an editor can jump to the problem.
    private static func location(in data: Data, reason: String) -> String? {
        guard let range = reason.range(of: "character ") else { return nil }
        let digits = reason[range.upperBound...].prefix { $0.isNumber }
        guard let offset = Int(digits), offset <= data.count else { return nil }
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return "\(line):\(column)"
    }
}

/// Reads a pipe to its end on a background thread.
private final class PipeDrain: @unchecked Sendable {
    // Written once by the background read before `done` is signalled, read only after waiting on it.
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
