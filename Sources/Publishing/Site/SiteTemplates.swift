import Foundation
import Mustache

/// A file of the output, as a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// The Mustache templates and static assets of `templates/`, read and compiled once per build.
///
/// Loaded at run time, so a designer can restyle the site without recompiling; compiled once, so
/// rendering thousands of pages never parses a template twice.
public struct SiteTemplates: Sendable {
    public let library: MustacheLibrary
    /// Every file under `templates/assets/`, copied to `OUTPUT/assets/` as is.
    public let assets: [OutputFile]

    /// The templates the site needs; the others (partials) are free.
    public static let required = ["layout", "page", "home", "chooser", "not-found"]

    public init(library: MustacheLibrary, assets: [OutputFile]) {
        self.library = library
        self.assets = assets
    }

    /// Reads every `*.mustache` file of `directory` and every file under its `assets/` folder.
    public static func load(directory: String) throws(DiagnosticsError) -> SiteTemplates {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else {
            throw DiagnosticsError(
                [Diagnostic(path: directory, message: "The templates folder does not exist; pass --templates with the folder that holds layout.mustache and the other templates.")],
                exitCode: 66)
        }
        var templates: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = (directory as NSString).appendingPathComponent(name)
            let text = String(decoding: fileManager.contents(atPath: path) ?? Data(), as: UTF8.self)
            do {
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    Diagnostic(path: path, line: error.context.lineNumber, column: error.context.columnNumber, message: "The template cannot be parsed (\(error.error)); check that every section tag is closed."))
            } catch {
                diagnostics.append(Diagnostic(path: path, message: "The template cannot be parsed (\(error)); check that every section tag is closed."))
            }
        }
        for name in required where templates[name] == nil && !diagnostics.contains(where: { $0.path.hasSuffix("/\(name).mustache") }) {
            diagnostics.append(
                Diagnostic(path: (directory as NSString).appendingPathComponent("\(name).mustache"), message: "The template '\(name)' is missing; the site needs \(required.joined(separator: ", "))."))
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics, exitCode: 66) }
        return SiteTemplates(library: MustacheLibrary(templates: templates), assets: loadAssets(in: (directory as NSString).appendingPathComponent("assets")))
    }

    private static func loadAssets(in folder: String) -> [OutputFile] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [OutputFile] = []
        while let relative = enumerator.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            files.append(OutputFile(path: "assets/\(relative)", bytes: Array(data)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Renders a template that `load` has checked exists.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
