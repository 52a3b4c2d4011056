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
                    exitCode: 66)
            }
            guard !isDirectory.boolValue, let contents = FileManager.default.contents(atPath: path) else {
                throw DiagnosticsError(
                    [Diagnostic(path: path, message: "the file cannot be read; give a readable YAML, JSON or CSV file.")], exitCode: 66)
            }
            data = contents
        }
        return ProfileFile(path: path, text: try decodeUTF8(data, path: path))
    }

    /// Decodes UTF-8 strictly, pointing at the first bad byte: a Latin-1 export would otherwise become U+FFFD in print.
    static func decodeUTF8(_ data: Data, path: String) throws(DiagnosticsError) -> String {
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        let location = InvalidUTF8Location(bytes)
        let byte = location?.byte.map { "byte \($0)" } ?? "an incomplete character"
        throw DiagnosticsError([
            Diagnostic(
                path: path, line: location?.line ?? 1, column: location?.column ?? 1,
                message: "the file is not valid UTF-8 (\(byte)); save it as UTF-8, for example with 'iconv -f latin1 -t utf-8'.")
        ])
    }
}
