/// A problem found in an input file, reported as `path:line:column: error: message`.
///
/// Loaders collect diagnostics instead of stopping at the first one, so a user fixes every problem
/// of a run at once; a stage throws `DiagnosticsError` only after it has looked at everything.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public let severity: Severity
    public let path: String
    /// 1-based; nil when the problem is about the whole file.
    public let line: Int?
    /// 1-based; nil when only the line is known.
    public let column: Int?
    /// A whole sentence saying what is wrong and what is allowed.
    public let message: String

    public init(_ severity: Severity = .error, path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// Thrown by a stage that found errors; carries every diagnostic of the run, in a stable order.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    /// The sysexits code: 65 for invalid data, 66 for a missing input.
    public let exitCode: Int32

    public init(_ diagnostics: [Diagnostic], exitCode: Int32 = 65) {
        self.diagnostics = diagnostics
        self.exitCode = exitCode
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Where a file stops being valid UTF-8, for a diagnostic that points at the first bad byte.
public struct InvalidUTF8Location: Sendable, Hashable {
    public let line: Int
    public let column: Int
    /// The first invalid byte as `0xE7`, or nil when the file ends inside a character.
    public let byte: String?

    /// Decodes scalar by scalar up to the first invalid sequence; nil when the whole text is valid.
    public init?(_ bytes: [UInt8]) {
        var line = 1
        var column = 1
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                self.line = line
                self.column = column
                byte = offset < bytes.count ? "0x" + String(bytes[offset], radix: 16, uppercase: true) : nil
                return
            }
        }
    }
}
