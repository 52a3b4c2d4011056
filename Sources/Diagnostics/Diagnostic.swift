/// A problem found in an input file, reported as `path:line:column: error: message`, with an optional hint
/// on the next line (`path:line:column: note: hint`) saying how to fix it.
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
    /// How to fix it, when the message alone does not say: a command to run, an option to pass.
    public let hint: String?

    public init(
        _ severity: Severity = .error, path: String, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `path`, `path:line` or `path:line:column`.
    public var location: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return location
    }

    public var description: String {
        let text = "\(location): \(severity.rawValue): \(message)"
        guard let hint else { return text }
        return text + "\n\(location): note: \(hint)"
    }
}

/// Thrown by a stage that found errors; carries every diagnostic of the run, in a stable order.
public struct DiagnosticsError: ReportableError, Sendable {
    public let diagnostics: [Diagnostic]
    /// `.invalidData` for bad input, `.inputMissing` for a missing one, and so on.
    public let status: ExitStatus

    public init(_ diagnostics: [Diagnostic], status: ExitStatus) {
        self.diagnostics = diagnostics
        self.status = status
    }

    /// Invalid input: the usual case.
    public init(_ diagnostics: [Diagnostic]) {
        self.init(diagnostics, status: .invalidData)
    }

    /// One diagnostic.
    public init(_ diagnostic: Diagnostic, status: ExitStatus = .invalidData) {
        self.init([diagnostic], status: status)
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
