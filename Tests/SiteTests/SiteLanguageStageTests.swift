import Foundation
import MigrationRules
import Templating
import Testing
import TestSupport

@testable import Site
import Diagnostics

/// The site's two-stage templates: `[[...]]` tags filled once per language, `{{...}}` tags per page.
@Suite struct SiteLanguageStageTests {
    /// A copy of the real templates whose `name` is changed by `edit`, plus `adding` (file name → text),
    /// and the real content.
    private func build(
        editing name: String, adding extra: [String: String] = [:], _ edit: (String) -> String
    ) throws -> (Result<[OutputFile], DiagnosticsError>, URL) {
        let root = try makeTemporaryDirectory("two-stage")
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Golden.packageRoot.appendingPathComponent("templates"), to: templates)
        for (fileName, text) in extra { try Data(text.utf8).write(to: templates.appendingPathComponent(fileName)) }
        let file = templates.appendingPathComponent("\(name).mustache")
        try Data(edit(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
        let options = SiteBuildOptions(
            contentDirectory: Golden.packageRoot.appendingPathComponent("content").path, templatesDirectory: templates.path)
        let result = Result { () throws(DiagnosticsError) in try SitePipeline(rules: .current).renderFiles(options) }
        return (result, root)
    }

    private func page(_ files: [OutputFile], _ path: String = "en/number-migration/index.html") -> String {
        String(decoding: files.first { $0.path == path }?.bytes ?? [], as: UTF8.self)
    }

    @Test func aBraceTagNamingALanguageValuePrintsWhatItsBracketFormWould() throws {
        let (result, root) = try build(editing: "page") {
            $0.replacingOccurrences(of: "<li aria-current=\"page\">{{title}}</li>", with: "<li>{{section}} ({{lang}}, {{strings.siteName}}, [[strings.siteName]])</li>")
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try result.get()
        #expect(page(files).contains(" (en, Sinch Help Center, Sinch Help Center)</li>"))
        #expect(page(files, "es/migracion-de-numero/index.html").contains("(es, Centro de Ayuda de Sinch, Centro de Ayuda de Sinch)</li>"))
    }

    @Test func aTwoStagePartialLeavesItsBraceTagsForEachPage() throws {
        let partial = "{{=[[ ]]=}}\n<p class=\"extra\">[[lang]]: {{title}}</p>\n"
        let (result, root) = try build(editing: "page", adding: ["extra.mustache": partial]) {
            $0.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{title}}</h1>\n[[> extra]]")
        }
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(page(try result.get()).contains(#"<p class="extra">en: Number migration</p>"#))
    }

    @Test func languageValuesAreEscapedOnceAndNeverBecomePageTags() throws {
        // The footer names the rule book's version, a language-stage value: escaped by the language stage,
        // braces included, and left alone by the page stage (no second escaping, no tag).
        var rules = RuleBook.current
        rules.version = "{{title}} & <b>"
        let root = Golden.packageRoot
        let files = try SitePipeline(rules: rules).renderFiles(
            SiteBuildOptions(contentDirectory: root.appendingPathComponent("content").path, templatesDirectory: root.appendingPathComponent("templates").path))
        let html = page(files)
        #expect(html.contains("&#123;&#123;title&#125;&#125; &amp; &lt;b&gt;"))
        #expect(!html.contains("&amp;amp;") && !html.contains("Number migration &amp; &lt;b&gt;"))
    }

    @Test(arguments: [
        ("page", "{{/previous}}", "{{/wrong}}"), ("layout", "{{/canonical}}", "{{/wrong}}"),
        ("nav-page", "<li><a href=\"{{href}}\">{{title}}</a></li>", "<li><a href=\"{{href}}\">{{title}}</a></li>{{/title}}"),
    ])
    func aBraceSectionClosedByTheWrongNameIsReportedAtItsLineInItsOwnFile(name: String, original: String, broken: String) throws {
        let source = try String(contentsOf: Golden.packageRoot.appendingPathComponent("templates/\(name).mustache"), encoding: .utf8)
        let line = try #require(source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(original) }) + 1
        let (result, root) = try build(editing: name) { $0.replacingOccurrences(of: original, with: broken) }
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .failure(let error) = result else {
            Issue.record("a template with a wrongly closed {{...}} section built without an error")
            return
        }
        #expect(error.status == .invalidData)
        #expect(error.diagnostics.count == 1, "\(error.diagnostics)")
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.path.hasSuffix("templates/\(name).mustache"), "\(diagnostic)")
        #expect(diagnostic.line == line, "\(diagnostic)")
        #expect(diagnostic.message.contains("{{...}} tags cannot be parsed"), "\(diagnostic)")
    }

    @Test func aBraceSectionSplitAcrossBracketSectionsIsReportedWithoutALine() throws {
        // Valid on its own with the bracket tags blanked, broken once they are filled: only the filled
        // text fails, so the message names the template and the language instead of a line.
        let (result, root) = try build(editing: "page") {
            $0.replacingOccurrences(of: "<li aria-current=\"page\">{{title}}</li>", with: "[[#lang]]{{#title}}[[/lang]]<li>{{section}}</li>[[^lang]]{{/title}}[[/lang]]")
        }
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .failure(let error) = result else {
            Issue.record("a brace section left open by its bracket section built without an error")
            return
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.path.hasSuffix("templates/page.mustache"))
        #expect(diagnostic.line == nil)
        #expect(diagnostic.message.contains("Once its [[...]] tags are filled for pt-BR"), "\(diagnostic)")
    }

    @Test(arguments: SiteTemplates.twoStage)
    func aTwoStageTemplateWithoutTheDelimiterSwitchIsAnErrorAtLineOne(name: String) throws {
        // Without the switch, its page tags would be filled by the language stage and print nothing.
        let (result, root) = try build(editing: name) { String($0.dropFirst(SiteTemplates.delimiterSwitch.count + 1)) }
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .failure(let error) = result else {
            Issue.record("\(name).mustache without '{{=[[ ]]=}}' built without an error")
            return
        }
        #expect(error.status == .invalidData)
        let diagnostic = try #require(error.diagnostics.first { $0.path.hasSuffix("templates/\(name).mustache") })
        #expect(diagnostic.line == 1)
        #expect(diagnostic.message.contains("does not start with '{{=[[ ]]=}}'"), "\(diagnostic)")
    }

    @Test func theLanguageStageEscapesBracesSoNoValueBecomesAPageTag() {
        let firstStage = HTMLContentType(escapesBraces: true)
        #expect(firstStage.escapeText("{{title}} & <b>") == "&#123;&#123;title&#125;&#125; &amp; &lt;b&gt;")
        #expect(HTMLContentType().escapeText("{{title}}") == "{{title}}")
    }

    @Test func blankingKeepsLinesColumnsAndBraceTagNames() {
        let text = "{{=[[ ]]=}}\n<p>[[strings.next]] {{title}}</p>\n[[! a\ncomment ]]\n<a href=\"{{alternate.[[tag]]}}\">\n[[! Atenção ]]{{/x}}"
        let blanked = SiteTemplates.blankingBracketTags(text)
        #expect(blanked.split(separator: "\n", omittingEmptySubsequences: false).map(\.count) == text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count))
        #expect(blanked.contains("<p>x" + String(repeating: " ", count: "[[strings.next]]".count - 1) + " {{title}}</p>"))
        #expect(blanked.contains("{{alternate.x      }}"))
        #expect(!blanked.contains("[["))
        // Columns are counted in characters: "Atenção" blanks to as many spaces as it has letters.
        #expect(blanked.hasSuffix("\nx" + String(repeating: " ", count: "[[! Atenção ]]".count - 1) + "{{/x}}"))
    }
}
