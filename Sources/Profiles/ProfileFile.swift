import Diagnostics
import Foundation

/// The load stage's first step: the bytes of one input, checked to be present and valid UTF-8.
public struct ProfileFile: Sendable {
    /// The path as the user gave it (`-` for standard input); diagnostics use it verbatim.
    public let path: String
    public let text: String

    /// The kind of input, from its extension: CSV is a batch, anything else is one YAML or JSON profile.
    public var isCSV: Bool { path.lowercased().hasSuffix(".csv") }

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads a file, or standard input for `-`.
    ///
    /// - Throws: `DiagnosticsError` with exit 66 when the file is missing or unreadable, 65 when it is not UTF-8.
    public static func read(_ path: String, standardInput: () -> Data) throws(DiagnosticsError) -> ProfileFile {
        let data: Data
        if path == "-" {
            data = standardInput()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DiagnosticsError(
                    [Diagnostic(path: path, message: "no such file; give the path of a YAML, JSON or CSV profile, or '-' for standard input.")],
                    status: .inputMissing)
            }
            guard !isDirectory.boolValue, let contents = FileManager.default.contents(atPath: path) else {
                throw DiagnosticsError(
                    [Diagnostic(path: path, message: "the file cannot be read; give a readable YAML, JSON or CSV file.")], status: .inputMissing)
            }
            data = contents
        }
        return ProfileFile(path: path, text: try UTF8Text.decode(data, path: path))
    }
}
