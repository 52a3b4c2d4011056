import Foundation
import MigrationRules
import Testing

@testable import Site
import Diagnostics

@Suite struct ContentLoaderTests {
    let loader = ContentLoader()

    @Test func frontMatterIsReadWithItsLines() throws {
        let text = "---\ntitle: Glossary\ndescription: Terms.\nslug: glossary\nid: glossary\norder: 4\nsection: Reference\n---\n\nBody\n"
        let page = try loader.parse(text, path: "p.md", fileName: "p.md", language: .en).get()
        #expect(page.frontMatter == FrontMatter(title: "Glossary", description: "Terms.", slug: "glossary", id: "glossary", order: 4, section: "Reference"))
        #expect(page.keyLines["order"] == 6)
        #expect(page.bodyFirstLine == 9)
    }

    @Test func everyFrontMatterProblemIsReportedAtOnce() {
        let text = "---\ntitle: A\ncolour: blue\nslug: Not A Slug\nid: a\norder: first\n---\n"
        let result = loader.parse(text, path: "p.md", fileName: "p.md", language: .en)
        guard case .failure(let error) = result else {
            Issue.record("expected errors")
            return
        }
        #expect(error.diagnostics.map(\.description) == [
            "p.md:3: error: Unknown front matter key 'colour'; the allowed keys are title, description, slug, id, order, section.",
            "p.md:4: error: 'slug' must be lowercase letters, digits and single hyphens (like 'number-migration'); found 'Not A Slug'.",
            "p.md:6: error: 'order' must be a whole number of 0 or more; found 'first'.",
            "p.md:1: error: The front matter has no 'description'; add a 'description:' line.",
            "p.md:1: error: The front matter has no 'section'; add a 'section:' line.",
        ])
    }

    @Test(arguments: ["Glossary", "  Glossary\t", "\u{00A0}Glossário\u{2003}", "a b", " ", "", "\t\t", "Line\n", "\u{3000}東京\u{3000}", "glossary\u{200B}", "\u{200B}", "\u{200D}x\u{FEFF}", "\u{2028}x"])
    func frontMatterValuesAreTrimmedAsFoundationTrimsWhitespaces(_ value: String) {
        #expect(value.trimmingSpaces() == value.trimmingCharacters(in: .whitespaces))
    }

    @Test func aQuotedValueIsTrimmed() throws {
        let text = "---\ntitle: \"  Glossary \"\ndescription: Terms.\nslug: glossary\nid: glossary\norder: 4\nsection: Reference\n---\n"
        #expect(try loader.parse(text, path: "p.md", fileName: "p.md", language: .en).get().frontMatter.title == "Glossary")
    }

    @Test func aPageWithoutFrontMatterIsAnError() {
        guard case .failure(let error) = loader.parse("# Title\n", path: "p.md", fileName: "p.md", language: .en) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.diagnostics.first?.line == 1)
    }

    @Test(arguments: [
        ("number-migration", true), ("a1-b2", true), ("a", true), ("Bad", false), ("a--b", false), ("x---y", false), ("-a", false), ("a-", false),
        ("", false), ("migração", false),
    ])
    func slugsAreLowercaseWordsWithHyphens(_ slug: String, _ valid: Bool) {
        #expect(ContentLoader.isSlug(slug) == valid)
    }
}
