import Foundation
import MigrationRules
import Site
import Testing
import TestSupport

/// Links between pages are resolved once, by validation, and each output writes them its own way.
@Suite struct LinkRewriteTests {
    /// A site whose file names and slugs cross: `alpha.md` is slugged `beta`, `beta.md` is slugged `gamma`.
    static func crossedSite() throws -> URL {
        let content = try makeTemporaryDirectory("crossed").appendingPathComponent("content")
        let pages = [
            ("alpha.md", "beta", "alpha", "See [the other page](beta.md#second) and [this one](./alpha.md).\n\n## First\n"),
            ("beta.md", "gamma", "beta", "Back to [alpha](alpha.md), [defined][ref] and `[code](alpha.md)`.\n\n[ref]: alpha.md#first\n\n## Second\n"),
        ]
        for language in Language.allCases {
            let folder = content.appendingPathComponent(language.tag)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (order, page) in pages.enumerated() {
                let text = "---\ntitle: \(page.2)\ndescription: d\nslug: \(page.1)\nid: \(page.2)\norder: \(order)\nsection: S\n---\n\n\(page.3)"
                try text.write(to: folder.appendingPathComponent(page.0), atomically: true, encoding: .utf8)
            }
        }
        return content
    }

    static func build(_ format: SiteFormat) throws -> [String: String] {
        let content = try crossedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let files = try SitePipeline(rules: .current).renderFiles(
            SiteBuildOptions(
                contentDirectory: content.path, templatesDirectory: Golden.packageRoot.appendingPathComponent("templates").path, format: format))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test("GitBook links go to the page each file name names, once: no chain through a slug that is another file's name")
    func gitBookHasNoChains() throws {
        let files = try Self.build(.gitbook)
        let alpha = try #require(files["en/beta.md"])
        #expect(alpha.contains("[the other page](gamma.md#second)"))
        #expect(alpha.contains("[this one](beta.md)"))
        let beta = try #require(files["en/gamma.md"])
        #expect(beta.contains("Back to [alpha](beta.md)"))
        #expect(beta.contains("[ref]: beta.md#first"))
    }

    @Test("The HTML site writes the same resolved links as relative folder links")
    func htmlLinks() throws {
        let files = try Self.build(.html)
        let alpha = try #require(files["en/beta/index.html"])
        #expect(alpha.contains(#"href="../gamma/index.html#second""#))
        #expect(alpha.contains(#"href="../beta/index.html""#))
    }

    @Test("Each output style writes a resolved link its own way", arguments: [
        (PageLink(pageID: "guide", slug: "number-migration", anchor: "pin"), "../number-migration/index.html#pin", "number-migration.md#pin"),
        (PageLink(pageID: "guide", slug: "number-migration", anchor: nil), "../number-migration/index.html", "number-migration.md"),
    ])
    func styles(link: PageLink, html: String, markdown: String) {
        #expect(HTMLLinkStyle().href(link, in: .en) == html)
        #expect(MarkdownFileLinkStyle().href(link, in: .en) == markdown)
    }
}
