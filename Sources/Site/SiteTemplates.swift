import Templating
import Diagnostics
import Foundation
import Mustache

/// A file of the output, as a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    private var storage: Storage

    /// Rendered pages stay the `String` the templates made, and are written from its own UTF-8 buffer:
    /// copying each into an array first moved every byte of a large site one more time.
    private enum Storage: Sendable {
        case bytes([UInt8])
        case text(String)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.storage = .bytes(bytes)
    }

    public init(path: String, text: String) {
        self.path = path
        self.storage = .text(text)
    }

    /// The file's content as bytes (a copy for a text file).
    public var bytes: [UInt8] {
        get {
            switch storage {
            case .bytes(let bytes): bytes
            case .text(let text): Array(text.utf8)
            }
        }
        set { storage = .bytes(newValue) }
    }

    /// Calls `body` with the file's bytes where they are, without copying.
    func withBytes<Value>(_ body: (UnsafeRawBufferPointer) -> Value) -> Value {
        switch storage {
        case .bytes(let bytes):
            return bytes.withUnsafeBytes(body)
        case .text(var text):
            return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    public static func == (lhs: OutputFile, rhs: OutputFile) -> Bool {
        lhs.path == rhs.path && lhs.bytes == rhs.bytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(bytes)
    }
}

/// The Mustache templates and static assets of `templates/`, read and compiled once per build.
///
/// Loaded at run time, so a designer can restyle the site without recompiling; compiled once, so
/// rendering thousands of pages never parses a template twice.
public struct SiteTemplates: Sendable {
    public let library: MustacheLibrary
    /// Each template's text as read (without the escaping pragma) and its path, by name: the two-stage
    /// templates are checked against them when their language stage is filled.
    public let sources: [String: (path: String, text: String)]
    /// The stylesheets the site's pages link (`SiteTemplates.assetNames`), copied to `OUTPUT/assets/` as is.
    public let assets: [OutputFile]

    /// The templates the site needs; the others (partials) are free.
    public static let required = ["layout", "page", "home", "chooser", "not-found", "nav-page"]

    /// The files of `templates/assets/` that the site's templates link. Only these are copied: the folder
    /// also holds other outputs' styles (the checklists' `checklist.css`), which no site page uses.
    public static let assetNames = ["base.css", "site.css"]

    /// Put before every template's text: it selects `HTMLContentType`, which escapes exactly as the
    /// library's HTML default does. A template may still choose another content type with its own pragma.
    /// It stands alone on an extra first line, which Mustache drops; parser errors are moved back one line.
    static let escapingPragma = HTMLContentType.pragma + "\n"

    /// The templates filled in two stages (`[[...]]` once per language or kind of entry, `{{...}}` per file).
    /// Each must start with `delimiterSwitch`, or its page tags would be filled, empty, in the first stage.
    public static let twoStage = ["layout", "page", "home", "nav-page"]

    /// The first line of a two-stage template: from there on, its first-stage tags are `[[...]]`.
    public static let delimiterSwitch = "{{=[[ ]]=}}"

    public init(library: MustacheLibrary, assets: [OutputFile], sources: [String: (path: String, text: String)] = [:]) {
        self.library = library
        self.assets = assets
        self.sources = sources
    }

    /// Reads every `*.mustache` file of `directory` and the stylesheets of `assetNames` from its `assets/` folder.
    ///
    /// Throws every problem at once: exit 66 when the folder, a required template or a stylesheet is
    /// missing, 65 when the files are there but a template cannot be parsed.
    public static func load(directory: String) throws(DiagnosticsError) -> SiteTemplates {
        HTMLContentType.register()
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else {
            throw DiagnosticsError(
                [Diagnostic(path: directory, message: "The templates folder does not exist; pass --templates with the folder that holds layout.mustache and the other templates.")],
                status: .inputMissing)
        }
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: (path: String, text: String)] = [:]
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = (directory as NSString).appendingPathComponent(name)
            let text = String(decoding: fileManager.contents(atPath: path) ?? Data(), as: UTF8.self)
            let templateName = String(name.dropLast(".mustache".count))
            sources[templateName] = (path, text)
            // Any template may be two-stage (a partial of one); these four must be.
            let isTwoStage = text.hasPrefix(delimiterSwitch)
            if twoStage.contains(templateName), !isTwoStage {
                diagnostics.append(
                    Diagnostic(
                        path: path, line: 1,
                        message: "The template does not start with '\(delimiterSwitch)'; \(name) is filled in two stages ([[...]] tags once, {{...}} tags for each file), so make that its first line."))
                continue
            }
            do {
                // A two-stage template's first stage escapes braces too, so no value can become a tag of the second.
                let pragma = isTwoStage ? HTMLContentType.firstStagePragma + "\n" : escapingPragma
                templates[templateName] = try MustacheTemplate(string: pragma + text)
            } catch let error as MustacheTemplate.ParserError {
                let line = max(1, error.context.lineNumber - 1)
                let column = error.context.columnNumber
                diagnostics.append(
                    Diagnostic(path: path, line: line, column: column, message: "The template cannot be parsed (\(error.error)); check that every section tag is closed."))
            } catch {
                diagnostics.append(Diagnostic(path: path, message: "The template cannot be parsed (\(error)); check that every section tag is closed."))
            }
        }
        // Parse errors are invalid data (65); a missing file is missing input (66) and wins.
        var isInputMissing = false
        for name in required where templates[name] == nil && !diagnostics.contains(where: { $0.path.hasSuffix("/\(name).mustache") }) {
            diagnostics.append(
                Diagnostic(path: (directory as NSString).appendingPathComponent("\(name).mustache"), message: "The template '\(name)' is missing; the site needs \(required.joined(separator: ", "))."))
            isInputMissing = true
        }
        var assets: [OutputFile] = []
        for name in assetNames {
            let path = ((directory as NSString).appendingPathComponent("assets") as NSString).appendingPathComponent(name)
            if let data = fileManager.contents(atPath: path) {
                assets.append(OutputFile(path: "assets/\(name)", bytes: Array(data)))
            } else {
                diagnostics.append(Diagnostic(path: path, message: "The stylesheet '\(name)' is missing; every page links assets/\(assetNames.joined(separator: " and assets/"))."))
                isInputMissing = true
            }
        }
        guard diagnostics.isEmpty else {
            throw DiagnosticsError(diagnostics, status: isInputMissing ? .inputMissing : .invalidData)
        }
        return SiteTemplates(library: MustacheLibrary(templates: templates), assets: assets, sources: sources)
    }

    /// Renders a template that `load` has checked exists.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Renders a template that `load` has checked exists with a typed context (`SitePageContext`).
    func render(_ name: String, _ context: some MustacheParent) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
