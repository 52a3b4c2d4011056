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

    /// Like `load`, also naming (`<lang>/<file>`) the pages that could not be read, so later checks
    /// do not report them a second time as missing translations or dead links.
    public func loadReportingUnreadable(directory: String) -> (pages: [ContentPage], diagnostics: [Diagnostic], unreadable: Set<String>) {
        var unreadable = Set<String>()
        var pages: [ContentPage] = []
        var diagnostics: [Diagnostic] = []
        let fileManager = FileManager.default
        for language in Language.allCases {
            let folder = (directory as NSString).appendingPathComponent(language.tag)
            guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else {
                diagnostics.append(
                    Diagnostic(
                        path: folder,
                        message: "The folder for \(language.nativeName) (\(language.tag)) is missing; create it with a translation of every page."))
                continue
            }
            for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix("_") && !name.hasPrefix(".") {
                let path = (folder as NSString).appendingPathComponent(name)
                guard let data = fileManager.contents(atPath: path) else {
                    diagnostics.append(Diagnostic(path: path, message: "The file cannot be read; check its permissions."))
                    unreadable.insert("\(language.tag)/\(name)")
                    continue
                }
                let text = String(decoding: data, as: UTF8.self)
                switch parse(text, path: path, fileName: name, language: language) {
                case .success(let page): pages.append(page)
                case .failure(let problems):
                    diagnostics += problems.diagnostics
                    unreadable.insert("\(language.tag)/\(name)")
                }
            }
        }
        return (pages, diagnostics, unreadable)
    }

    /// Splits a file into front matter and body and checks every front matter key.
    public func parse(_ text: String, path: String, fileName: String, language: Language) -> Result<ContentPage, DiagnosticsError> {
        // Split on the bytes, not on Characters: grapheme breaking over every page was a fifth of a build.
        // A "\r\n" line end is one Character, which a Character split on "\n" never saw; bytes see it.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
        }
        guard lines.first == "---" else {
            return .failure(DiagnosticsError([
                Diagnostic(path: path, line: 1, message: "The page does not start with front matter; begin it with a '---' line, the keys \(FrontMatter.keys.joined(separator: ", ")), and another '---' line.")
            ]))
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0] == "---" }) else {
            return .failure(DiagnosticsError([
                Diagnostic(path: path, line: 1, message: "The front matter is never closed; add a '---' line after its last key.")
            ]))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        var diagnostics: [Diagnostic] = []
        let node: Node?
        do {
            // The encoding given, because Yams' default reads the whole process environment on every call.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
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
                let value = scalar.string.trimmingCharacters(in: .whitespaces)
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
        let frontMatter = FrontMatter(title: title, description: description, slug: slug, id: id, order: order, section: section)
        return .success(
            ContentPage(
                path: path, fileName: fileName, language: language, frontMatter: frontMatter, keyLines: keyLines, body: body,
                bodyFirstLine: closing + 2))
    }

    /// True for `a-z0-9` words joined by single hyphens: safe in a URL and a file name on every system.
    static func isSlug(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") }
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
