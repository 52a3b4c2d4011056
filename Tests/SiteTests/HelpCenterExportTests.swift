import Foundation
import MigrationRules
import Site
import Diagnostics
import Testing
import TestSupport

/// The Zendesk and Intercom exports, read as their APIs would: every field the reference names, and every link
/// between articles pointing at an article of the export.
@Suite struct HelpCenterExportTests {
    static func export(_ format: SiteFormat) throws -> [String: Any] {
        let output = try buildRealSite(format: format)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var files: [String: Any] = [:]
        for file in try Golden.relativeFiles(in: output) where file.hasSuffix(".json") {
            files[file] = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(file)))
        }
        return files
    }

    /// Every `@@article:ID@@` in a text.
    static func placeholders(in text: String) -> [String] {
        text.components(separatedBy: "@@article:").dropFirst().compactMap { $0.components(separatedBy: "@@").first }
    }

    @Test("Zendesk: an article body per page in pt-br and a translation body per other locale, with the mandatory fields")
    func zendeskFields() throws {
        let files = try Self.export(.zendesk)
        let manifest = try #require(files["manifest.json"] as? [String: Any])
        #expect(manifest["section_id"] as? Int == 360001234567)
        #expect(manifest["source_locale"] as? String == "pt-br")
        let articles = try #require(manifest["articles"] as? [[String: Any]])
        #expect(articles.map { $0["page_id"] as? String } == ["guide", "eligibility", "troubleshooting", "glossary", "changes"])
        let ids = Set(articles.compactMap { $0["page_id"] as? String })
        for entry in articles {
            let articlePath = try #require(entry["article"] as? String)
            let article = try #require((files[articlePath] as? [String: Any])?["article"] as? [String: Any])
            #expect(article["locale"] as? String == "pt-br")
            #expect((article["title"] as? String)?.isEmpty == false)
            #expect(article["permission_group_id"] as? Int == 1234567)
            #expect(article.keys.contains("user_segment_id"), "Zendesk requires user_segment_id, null for everyone")
            #expect(article["draft"] as? Bool == true)
            let translations = try #require(entry["translations"] as? [String: String])
            #expect(Set(translations.keys) == ["en-us", "es"])
            let articleBody = try #require(article["body"] as? String)
            var bodies = [articleBody]
            for (locale, path) in translations {
                let translation = try #require((files[path] as? [String: Any])?["translation"] as? [String: Any])
                #expect(translation["locale"] as? String == locale)
                #expect((translation["title"] as? String)?.isEmpty == false)
                let body = try #require(translation["body"] as? String)
                #expect(body.contains("/hc/\(locale)/articles/@@article:") || Self.placeholders(in: body).isEmpty)
                bodies.append(body)
            }
            let linked = Set(bodies.flatMap(Self.placeholders))
            #expect(linked.isSubset(of: ids), "links to pages outside the export: \(linked.subtracting(ids))")
            #expect(linked == Set(entry["links_to"] as? [String] ?? []))
        }
    }

    @Test("Intercom: title, body, author and collection, and translated_content per other locale as article_content")
    func intercomFields() throws {
        let files = try Self.export(.intercom)
        let manifest = try #require(files["manifest.json"] as? [String: Any])
        let articles = try #require(manifest["articles"] as? [[String: Any]])
        let ids = Set(articles.compactMap { $0["page_id"] as? String })
        #expect(ids.count == 5)
        for entry in articles {
            let articlePath = try #require(entry["article"] as? String)
            let article = try #require(files[articlePath] as? [String: Any])
            #expect(article["author_id"] as? Int == 1234567)
            #expect(article["parent_id"] as? Int == 9876543)
            #expect(article["parent_type"] as? String == "collection")
            #expect(article["state"] as? String == "draft")
            let translated = try #require(article["translated_content"] as? [String: Any])
            #expect(translated["type"] as? String == "article_translated_content")
            let articleBody = try #require(article["body"] as? String)
            var bodies = [articleBody]
            for locale in ["en", "es"] {
                let content = try #require(translated[locale] as? [String: Any])
                #expect(content["type"] as? String == "article_content")
                #expect((content["title"] as? String)?.isEmpty == false)
                #expect(content["author_id"] as? Int == 1234567)
                let body = try #require(content["body"] as? String)
                bodies.append(body)
            }
            #expect(Set(bodies.flatMap(Self.placeholders)).isSubset(of: ids))
        }
    }

    static let badConfigurations: [(yaml: String, message: String)] = [
        ("zendesk:\n  permission_group_id: 1\n", "site.yaml:2:3: error: zendesk.section_id is required"),
        ("zendesk:\n  section_id: abc\n  permission_group_id: 1\n", "site.yaml:2:15: error: zendesk.section_id must be a positive whole number; found 'abc'."),
        ("zendesk:\n  section_id: 1\n  permission_group_id: 1\n  sektion: 2\n", "site.yaml:4:3: error: unknown key 'sektion' in zendesk"),
        ("zendesk:\n  section_id: 1\n  permission_group_id: 1\n  locales:\n    fr: fr\n", "site.yaml:5:5: error: zendesk.locales has an unknown language 'fr'"),
        ("zendesk:\n  section_id: 1\n  permission_group_id: 1\n  article_url: /hc/articles\n", "zendesk.article_url must contain {article_id}"),
        ("intercom:\n  collection_id: 1\n  author_id: 2\n", "intercom.article_url is required"),
        ("intercom:\n  collection_id: 1\n  author_id: 2\n  article_url: x/{article_id}\n  state: live\n", "intercom.state must be draft or published; found 'live'."),
        ("help_scout: {}\n", "site.yaml:1:1: error: unknown section 'help_scout'"),
    ]

    @Test("A broken site configuration is refused with the line, the key and what is allowed", arguments: badConfigurations)
    func badConfiguration(yaml: String, message: String) throws {
        let folder = try makeTemporaryDirectory("site-config")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("site.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let expected = message.replacingOccurrences(of: "site.yaml:", with: path + ":")
        do {
            _ = try HelpCenterConfiguration.load(path: path)
            Issue.record("the configuration was accepted")
        } catch {
            #expect(error.status == .invalidData)
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test("A missing configuration is a missing input with a hint; a missing section names the format")
    func missingConfiguration() throws {
        #expect {
            _ = try HelpCenterConfiguration.load(path: "/nonexistent/site.yaml")
        } throws: { error in
            let error = error as? DiagnosticsError
            return error?.status == .inputMissing && error?.description.contains("note: copy examples/site.yaml") == true
        }
        let folder = try makeTemporaryDirectory("site-config")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("site.yaml").path
        try "zendesk:\n  section_id: 1\n  permission_group_id: 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        let root = Golden.packageRoot
        #expect {
            _ = try SitePipeline(rules: .current).renderFiles(
                SiteBuildOptions(
                    contentDirectory: root.appendingPathComponent("content").path, templatesDirectory: root.appendingPathComponent("templates").path,
                    format: .intercom, configurationPath: path))
        } throws: { error in
            (error as? DiagnosticsError)?.description.contains("has no 'intercom:' section, which --format intercom needs") == true
        }
    }
}
