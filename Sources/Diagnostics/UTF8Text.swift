import Foundation

/// Text read from a file: decoded as UTF-8 strictly, with a diagnostic that points at the first bad byte.
public enum UTF8Text {
    /// Decodes UTF-8 strictly, pointing at the first bad byte: a Latin-1 export would otherwise become U+FFFD in print.
    public static func decode(_ data: Data, path: String) throws(DiagnosticsError) -> String {
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
