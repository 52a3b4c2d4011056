import Diagnostics
import Foundation
import MigrationRules
import Yams

/// The load stage: reads `content/<lang>/*.md` and parses their YAML front matter, with line numbers.
///
/// It reports every problem of every file instead of stopping at the first, so one run lists all the
/// fixes an author has to make. Files whose names start with `_` or `.` are not pages and are skipped.
public struct ContentLoader: Sendable {
    public init() {}

    /// The pages found, sorted by language then file name, and the problems met while reading them.
    public func load(directory: String) -> (pages: [ContentPage], diagnostics: [Diagnostic]) {
        let result = loadReportingUnreadable(directory: directory)
        return (result.pages, result.diagnostics)
    }

    /// Everything the load stage found, for the pipeline.
    public struct Loaded: Sendable {
        public var pages: [ContentPage]
        public var diagnostics: [Diagnostic]
        /// `<lang>/<file>` of the pages that could not be read, so later checks do not report them a
        /// second time as missing translations or dead links.
        public var unreadable: Set<String>
        /// True when a language folder does not exist: the input is missing (exit 66), not invalid (65).
        public var isInputMissing: Bool
    }

    /// Like `load`, also naming the pages that could not be read and whether a language folder is missing.
    public func loadReportingUnreadable(directory: String) -> Loaded {
        var isInputMissing = false
        var unreadable = Set<String>()
        var pages: [ContentPage] = []
        var diagnostics: [Diagnostic] = []
        let fileManager = FileManager.default
        var files: [(path: String, name: String, language: Language)] = []
        for language in Language.allCases {
            let folder = (directory as NSString).appendingPathComponent(language.tag)
            guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else {
                diagnostics.append(
                    Diagnostic(
                        path: folder,
                        message: "The folder for \(language.nativeName) (\(language.tag)) is missing; create it with a translation of every page."))
                isInputMissing = true
                continue
            }
            for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix("_") && !name.hasPrefix(".") {
                files.append(((folder as NSString).appendingPathComponent(name), name, language))
            }
        }
        // Reading and parsing front matter is most of loading: it runs on every core, and the results
        // are collected in file order, so diagnostics and pages keep a stable order.
        let loaded = files.concurrentMap { file in load(file.path, name: file.name, language: file.language) }
        for (file, result) in zip(files, loaded) {
            switch result {
            case .success(let page): pages.append(page)
            case .failure(let problems):
                diagnostics += problems.diagnostics
                unreadable.insert("\(file.language.tag)/\(file.name)")
            }
        }
        return Loaded(pages: pages, diagnostics: diagnostics, unreadable: unreadable, isInputMissing: isInputMissing)
    }

    /// Reads, checks and parses one page.
    private func load(_ path: String, name: String, language: Language) -> Result<ContentPage, DiagnosticsError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(DiagnosticsError([Diagnostic(path: path, message: "The file cannot be read; check its permissions.")]))
        }
        // Decoding with replacement characters would publish "\u{FFFD}" where an author's letters were.
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(DiagnosticsError([Self.invalidUTF8(data, path: path)]))
        }
        return parse(text, path: path, fileName: name, language: language)
    }

    /// Where a file stops being UTF-8: the line and column of its first invalid byte.
    static func invalidUTF8(_ data: Data, path: String) -> Diagnostic {
        let location = InvalidUTF8Location([UInt8](data))
        let byte = location?.byte ?? "an incomplete character"
        return Diagnostic(
            path: path, line: location?.line ?? 1, column: location?.column ?? 1,
            message: "The file is not valid UTF-8 (\(byte)); save it as UTF-8, the encoding every page must use.")
    }

    /// Splits a file into front matter and body and checks every front matter key.
    public func parse(_ text: String, path: String, fileName: String, language: Language) -> Result<ContentPage, DiagnosticsError> {
        // Only the front matter is cut into lines; the body is one slice from the closing '---' line on.
        // Splitting whole documents into lines was 6% of a build's instructions. Bytes, not Characters:
        // a "\r\n" line end is one Character, which a Character search for "\n" never sees.
        guard let frontMatter = Self.frontMatter(of: text) else {
            let opens = text.utf8.starts(with: "---".utf8) && Self.line(text.utf8[...].prefix { $0 != UInt8(ascii: "\n") }) == "---"
            return .failure(DiagnosticsError([
                opens
                    ? Diagnostic(path: path, line: 1, message: "The front matter is never closed; add a '---' line after its last key.")
                    : Diagnostic(path: path, line: 1, message: "The page does not start with front matter; begin it with a '---' line, the keys \(FrontMatter.keys.joined(separator: ", ")), and another '---' line.")
            ]))
        }
        let yaml = frontMatter.lines.joined(separator: "\n")
        // Lines end in "\n" alone from here on, as they did when the loader split every line.
        var body = String(Substring(frontMatter.body))
        // Searched in the contiguous buffer: a generic walk over a UTF8View was 3% of a build.
        if body.withUTF8({ $0.contains(UInt8(ascii: "\r")) }) {
            body = String(decoding: Self.withoutCarriageReturns(frontMatter.body), as: UTF8.self)
        }
        let closing = frontMatter.lines.count + 1
        var diagnostics: [Diagnostic] = []
        let node: Node?
        do {
            // The encoding given, because Yams' default reads the whole process environment on every call.
            // The basic resolver tags every scalar as a string: the default one runs Foundation regexes
            // (bool, int, float, null, timestamp) on every value, 5% of a build, to tag values this loader
            // reads as text anyway ('order' is parsed with Int()).
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(DiagnosticsError([Self.diagnostic(for: error, path: path)]))
        } catch {
            return .failure(DiagnosticsError([
                Diagnostic(path: path, line: 2, message: "The front matter is not valid YAML (\(error)); write one 'key: value' per line.")
            ]))
        }
        guard let mapping = node?.mapping else {
            return .failure(DiagnosticsError([
                Diagnostic(path: path, line: 2, message: "The front matter must be a list of 'key: value' lines with the keys \(FrontMatter.keys.joined(separator: ", ")).")
            ]))
        }
        var strings: [String: String] = [:]
        var order: Int?
        var keyLines: [String: Int] = [:]
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            // The YAML text starts on the file's second line.
            let line = (keyNode.mark?.line ?? 1) + 1
            let valueLine = (valueNode.mark?.line ?? ((keyNode.mark?.line ?? 1))) + 1
            guard FrontMatter.keys.contains(key) else {
                diagnostics.append(
                    Diagnostic(path: path, line: line, message: "Unknown front matter key '\(key)'; the allowed keys are \(FrontMatter.keys.joined(separator: ", "))."))
                continue
            }
            keyLines[key] = line
            guard let scalar = valueNode.scalar else {
                diagnostics.append(Diagnostic(path: path, line: valueLine, message: "The value of '\(key)' must be a single value on its line, not a list or a mapping."))
                continue
            }
            if key == "order" {
                guard let number = Int(scalar.string), number >= 0 else {
                    diagnostics.append(Diagnostic(path: path, line: valueLine, message: "'order' must be a whole number of 0 or more; found '\(scalar.string)'."))
                    continue
                }
                order = number
            } else {
                let value = scalar.string.trimmingSpaces()
                if value.isEmpty {
                    diagnostics.append(Diagnostic(path: path, line: valueLine, message: "'\(key)' is empty; give the page a \(key)."))
                    continue
                }
                if key == "slug" || key == "id", !Self.isSlug(value) {
                    diagnostics.append(
                        Diagnostic(path: path, line: valueLine, message: "'\(key)' must be lowercase letters, digits and single hyphens (like 'number-migration'); found '\(value)'."))
                    continue
                }
                strings[key] = value
            }
        }
        for key in FrontMatter.keys where keyLines[key] == nil {
            diagnostics.append(Diagnostic(path: path, line: 1, message: "The front matter has no '\(key)'; add a '\(key):' line."))
        }
        guard diagnostics.isEmpty, let title = strings["title"], let description = strings["description"],
            let slug = strings["slug"], let id = strings["id"], let order, let section = strings["section"]
        else {
            return .failure(DiagnosticsError(diagnostics))
        }
        let parsed = FrontMatter(title: title, description: description, slug: slug, id: id, order: order, section: section)
        return .success(
            ContentPage(
                path: path, fileName: fileName, language: language, frontMatter: parsed, keyLines: keyLines, body: body,
                bodyFirstLine: closing + 2))
    }

    /// The front matter's lines (without the `---` lines and line ends) and the body after the closing
    /// `---` line, or nil when the text does not open with a `---` line or never closes it.
    static func frontMatter(of text: String) -> (lines: [Substring], body: Substring.UTF8View)? {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var isFirst = true
        while start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = line(utf8[start..<end])
            let next = end < utf8.endIndex ? utf8.index(after: end) : end
            if line == "---" {
                if isFirst {
                    isFirst = false
                } else {
                    return (lines, Substring(text)[next...].utf8)
                }
            } else if isFirst {
                return nil
            } else {
                lines.append(line)
            }
            start = next
        }
        return nil
    }

    /// The bytes with each "\r" that ends a line removed.
    private static func withoutCarriageReturns(_ bytes: Substring.UTF8View) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte != UInt8(ascii: "\r") || (next < bytes.endIndex && bytes[next] != UInt8(ascii: "\n")) {
                result.append(byte)
            }
            index = next
        }
        return result
    }

    /// A line's text without its "\r" when the file has Windows line ends.
    private static func line(_ bytes: Substring.UTF8View) -> Substring {
        Substring(bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes)
    }

    /// True for `a-z0-9` words joined by single hyphens: safe in a URL and a file name on every system.
    static func isSlug(_ text: String) -> Bool {
        // One pass over the bytes: `contains("--")` is Foundation's, bridged through NSString (8% of loading).
        let hyphen = UInt8(ascii: "-")
        guard let first = text.utf8.first, let last = text.utf8.last, first != hyphen, last != hyphen else { return false }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            let allowed = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == hyphen
            guard allowed, !(byte == hyphen && previous == hyphen) else { return false }
            previous = byte
        }
        return true
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return Diagnostic(path: path, line: mark.line + 1, message: "The front matter is not valid YAML: \(problem); write one 'key: value' per line and quote values that contain ': '.")
        default:
            return Diagnostic(path: path, line: 2, message: "The front matter is not valid YAML (\(error)); write one 'key: value' per line.")
        }
    }
}
