import Foundation
import MigrationRules
import Site
import Diagnostics
import Testing
import TestSupport

/// Builds the real content once per test into a fresh folder.
func buildRealSite(format: SiteFormat = .html, baseURL: String? = nil) throws -> URL {
    let root = Golden.packageRoot
    let output = try makeTemporaryDirectory("site").appendingPathComponent("out")
    _ = try SitePipeline(rules: .current).build(
        SiteBuildOptions(
            contentDirectory: root.appendingPathComponent("content").path,
            templatesDirectory: root.appendingPathComponent("templates").path,
            outputDirectory: output.path, baseURL: baseURL, format: format,
            configurationPath: root.appendingPathComponent("examples/site.yaml").path))
    return output
}

@Suite struct SiteBuildTests {
    @Test func theRealSiteMatchesItsGoldenFiles() throws {
        let output = try buildRealSite()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try Golden.assertDirectoryMatches(output, golden: "Tests/SiteTests/Golden/site")
    }

    @Test func theGitBookExportMatchesItsGoldenFiles() throws {
        let output = try buildRealSite(format: .gitbook)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try Golden.assertDirectoryMatches(output, golden: "Tests/SiteTests/Golden/gitbook")
    }

    @Test("Each help center export matches its golden files", arguments: [SiteFormat.zendesk, .intercom])
    func helpCenterExportsMatchTheirGoldenFiles(format: SiteFormat) throws {
        let output = try buildRealSite(format: format)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try Golden.assertDirectoryMatches(output, golden: "Tests/SiteTests/Golden/\(format.rawValue)")
    }

    @Test func noPageShowsAnUnfilledPlaceholder() throws {
        for format in [SiteFormat.html, .gitbook] {
            let output = try buildRealSite(format: format)
            defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
            for file in try Golden.relativeFiles(in: output) where file.hasSuffix(".html") || file.hasSuffix(".md") {
                let text = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
                for placeholder in ["{current_bsp}", "{number}", "{company}", "{version}", "{{"] {
                    #expect(!text.contains(placeholder), "\(file) shows \(placeholder)")
                }
            }
        }
    }

    @Test func everyPageExistsInEveryLanguageWithAnHTMLFile() throws {
        let output = try buildRealSite()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let files = try Golden.relativeFiles(in: output)
        for language in Language.allCases {
            let pages = files.filter { $0.hasPrefix("\(language.tag)/") && $0.split(separator: "/").count == 3 && $0.hasSuffix("/index.html") }
            #expect(pages.count == 5, "\(language.tag) has \(pages.count) pages")
        }
        #expect(files.contains("index.html") && files.contains("404.html"))
        // The sitemap protocol allows only absolute URLs: without a base URL there is none.
        #expect(!files.contains("sitemap.xml"))
    }

    @Test func aBaseURLGivesCanonicalAndAbsoluteAlternates() throws {
        let output = try buildRealSite(baseURL: "https://help.example.com/migration")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let page = try String(contentsOf: output.appendingPathComponent("en/number-migration/index.html"), encoding: .utf8)
        #expect(page.contains(#"<link rel="canonical" href="https://help.example.com/migration/en/number-migration/">"#))
        #expect(page.contains(#"<link rel="alternate" hreflang="es" href="https://help.example.com/migration/es/migracion-de-numero/">"#))
        #expect(page.contains(#"<link rel="alternate" hreflang="x-default" href="https://help.example.com/migration/">"#))
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="pt-BR" href="https://help.example.com/migration/pt-BR/migracao-de-numero/"/>"#))
    }

    @Test func editingARuleChangesEveryPageThatShowsIt() throws {
        let rules = try RuleBook.withFirstRequirementReworded()
        let root = Golden.packageRoot
        let files = try SitePipeline(rules: rules).renderFiles(
            SiteBuildOptions(contentDirectory: root.appendingPathComponent("content").path, templatesDirectory: root.appendingPathComponent("templates").path))
        let text = { (path: String) in String(decoding: files.first { $0.path == path }?.bytes ?? [], as: UTF8.self) }
        #expect(text("en/number-migration/index.html").contains("Changed requirement."))
        #expect(text("en/eligibility-and-preparation/index.html").contains("Changed requirement."))
        #expect(text("es/migracion-de-numero/index.html").contains("Requisito modificado."))
    }
}

@Suite struct StageTimeTests {
    @Test(arguments: [
        (Duration.microseconds(400), "load 0 ms"), (.microseconds(1_999), "load 2 ms"), (.milliseconds(9_999), "load 9999 ms"),
        (.milliseconds(12_970), "load 13.0 s"), (.milliseconds(61_040), "load 61.0 s"),
    ])
    func stageTimesAreRoundedMillisecondsThenTenthsOfSeconds(duration: Duration, text: String) {
        #expect("\(StageTime(name: "load", duration: duration))" == text)
    }
}
