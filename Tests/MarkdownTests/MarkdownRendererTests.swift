import Foundation
import Testing

@testable import Markdown

@Suite("Markdown rendering")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test("headings get anchors from their text, with accents folded")
    func headingAnchorsFoldAccents() {
        let rendered = renderer.render("## Migração de templates\n\nTexto.\n")
        #expect(rendered.html.contains(#"<h2 id="migracao-de-templates">Migração de templates</h2>"#))
        #expect(rendered.headings == [Heading(level: 2, text: "Migração de templates", anchor: "migracao-de-templates")])
    }

    @Test("duplicate headings get unique anchors")
    func duplicateHeadingsAreNumbered() {
        let rendered = renderer.render("# Passos\n## Passos\n### Passos\n")
        #expect(rendered.headings.map(\.anchor) == ["passos", "passos-1", "passos-2"])
        #expect(rendered.html.contains(#"<h3 id="passos-2">"#))
    }

    @Test(
        "slugs are lowercase ASCII with single dashes",
        arguments: [
            ("O que é a migração entre BSPs?", "o-que-e-a-migracao-entre-bsps"),
            ("Migración de número", "migracion-de-numero"),
            ("  Código 2388103: `erro`  ", "codigo-2388103-erro"),
            ("Ñandú & Çedilha", "nandu-cedilha"),
            ("Straße Øresund Łódź", "strasse-oresund-lodz"),
            ("???", ""),
            ("The number can't be migrated", "the-number-cant-be-migrated"),
            ("The number’s display name isn’t approved", "the-numbers-display-name-isnt-approved"),
        ])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test("a heading with no letters still gets an anchor")
    func emptySlugFallsBack() {
        #expect(renderer.render("# ???\n").headings.first?.anchor == "section")
    }

    @Test("heading text keeps code and drops emphasis markup")
    func headingPlainText() {
        let rendered = renderer.render("## Erro `2388103` e *PIN*\n")
        #expect(rendered.headings.first?.text == "Erro 2388103 e PIN")
    }

    @Test("raw HTML is dropped")
    func rawHTMLIsOmitted() {
        let html = renderer.render("<script>alert(1)</script>\n\nTexto <b onclick=\"x()\">forte</b>.\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b "))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test("raw HTML passes only when the page is trusted")
    func trustedPagesKeepHTML() {
        let trusted = MarkdownRenderer(options: MarkdownOptions(allowsRawHTML: true))
        #expect(trusted.render("<div class=\"x\">a</div>\n").html.contains("<div class=\"x\">"))
    }

    @Test("javascript: links lose their destination", arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x"])
    func dangerousLinksAreNeutralised(url: String) {
        let html = renderer.render("[clique](\(url))\n").html
        #expect(!html.lowercased().contains("script:"))
        #expect(html.contains(#"<a href="">clique</a>"#))
    }

    @Test("invalid UTF-8 is replaced, not trusted")
    func invalidUTF8DoesNotCrash() {
        let bytes: [UInt8] = [0x23, 0x20, 0xC3, 0x28, 0x0A, 0xFF, 0xFE, 0x61, 0x0A]
        let rendered = renderer.render(data: Data(bytes))
        #expect(rendered.html.contains("\u{FFFD}"))
        #expect(rendered.headings.count == 1)
    }

    @Test("a 5 MB document renders")
    func largeDocument() {
        let section = "## Seção\n\nUm parágrafo com *ênfase*, `código` e [um link](https://example.com).\n\n- item\n- item\n\n"
        let document = String(repeating: section, count: 5_000_000 / section.utf8.count + 1)
        #expect(document.utf8.count > 5_000_000)
        let rendered = renderer.render(document)
        #expect(rendered.headings.count > 40_000)
        #expect(rendered.headings.last?.anchor.hasPrefix("secao-") == true)
    }

    @Test("inline rendering has no paragraph")
    func inlineHasNoParagraph() {
        #expect(renderer.renderInline("Peça ao **BSP atual** que desative a `2FA`.") == "Peça ao <strong>BSP atual</strong> que desative a <code>2FA</code>.")
    }

    @Test(
        "inline text that looks like a block stays text",
        arguments: [
            ("1. passo", "1. passo"), ("# título", "# título"), ("- item", "- item"), ("> citação", "&gt; citação"),
            ("10) dez", "10) dez"),
        ])
    func inlineNeverBecomesABlock(source: String, html: String) {
        #expect(renderer.renderInline(source) == html)
    }

    @Test("inline rendering escapes HTML-special characters")
    func inlineEscapes() {
        #expect(renderer.renderInline("Muñoz & Hijos <x>") == "Muñoz &amp; Hijos <!-- raw HTML omitted -->")
    }

    @Test("links are reported with their position and can be rewritten")
    func linksAreRewritten() {
        let rendered = renderer.render("Veja o [glossário](glossario.md#bsp).\n\nE [Meta](https://meta.com).\n") { destination in
            destination.hasPrefix("glossario.md") ? "../glossario/#bsp" : nil
        }
        #expect(rendered.links == [
            LinkReference(destination: "glossario.md#bsp", line: 1, column: 8),
            LinkReference(destination: "https://meta.com", line: 3, column: 3),
        ])
        #expect(rendered.html.contains(#"href="../glossario/#bsp""#))
        #expect(rendered.html.contains(#"href="https://meta.com""#))
    }

    @Test("smart punctuation is on for English and Portuguese, off for Spanish")
    func smartPunctuationPerLanguage() {
        let text = "\"Sim\" -- ok...\n"
        #expect(MarkdownRenderer(options: .forLanguage(tag: "en")).render(text).html == "<p>“Sim” – ok…</p>\n")
        #expect(MarkdownRenderer(options: .forLanguage(tag: "pt-BR")).render(text).html == "<p>“Sim” – ok…</p>\n")
        #expect(MarkdownRenderer(options: .forLanguage(tag: "es")).render(text).html == "<p>&quot;Sim&quot; -- ok...</p>\n")
    }

    @Test("empty input renders to nothing")
    func emptyInput() {
        #expect(renderer.render("").html == "")
        #expect(renderer.render(data: Data()).headings.isEmpty)
    }
}
