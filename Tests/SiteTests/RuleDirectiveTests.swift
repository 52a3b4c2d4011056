import MigrationRules
import Testing

@testable import Site
import Diagnostics

@Suite struct RuleDirectiveTests {
    func page(_ body: String, language: Language = .en) -> ContentPage {
        ContentPage(
            path: "content/en/test.md", fileName: "test.md", language: language,
            frontMatter: FrontMatter(title: "T", description: "D", slug: "t", id: "t", order: 1, section: "S"),
            keyLines: [:], body: body, bodyFirstLine: 9)
    }

    @Test(arguments: RuleCollection.allCases)
    func everyListHasContentInEveryLanguage(_ collection: RuleCollection) {
        let expander = RuleDirectiveExpander(rules: .current, flavor: .commonMark)
        for language in Language.allCases {
            let text = expander.markdown(for: .collection(collection), language: language) ?? ""
            #expect(!text.isEmpty, "\(collection.rawValue) is empty in \(language.tag)")
            #expect(!text.contains("{{"), "\(collection.rawValue) left a directive in \(language.tag)")
        }
    }

    @Test func troubleshootingShowsEveryMetaErrorCode() {
        let text = RuleDirectiveExpander(rules: .current, flavor: .commonMark).markdown(for: .collection(.troubleshooting), language: .en) ?? ""
        for code in [133005, 133008, 131031, 133016, 2388001, 2388012, 2388091, 2388093, 2388103, 2388019] {
            #expect(text.contains("`\(code)`"), "error \(code) is missing")
        }
        for label in ["**Cause**", "**Who fixes it**", "**What to do**", "**How long to wait**"] {
            #expect(text.components(separatedBy: label).count - 1 == RuleBook.current.troubleshooting.count, "\(label) is not on every entry")
        }
    }

    @Test func anUnknownListIsAnErrorOnItsLine() {
        let (_, diagnostics) = RuleDirectiveExpander(rules: .current, flavor: .commonMark).expand(page("Intro\n\n{{< rules kept-things >}}\n"))
        #expect(diagnostics.map(\.description) == [
            "content/en/test.md:11: error: Unknown rule list 'kept-things'; the lists are \(RuleCollection.allCases.map(\.rawValue).joined(separator: ", "))."
        ])
    }

    @Test func anUnknownRuleIDIsAnError() {
        let (_, diagnostics) = RuleDirectiveExpander(rules: .current, flavor: .commonMark).expand(page("{{< rule fact.nope >}}"))
        #expect(diagnostics.first?.line == 9)
        #expect(diagnostics.first?.message.contains("There is no rule with the id 'fact.nope'") == true)
    }

    @Test func directivesInCodeBlocksAreLeftAsText() {
        let (markdown, diagnostics) = RuleDirectiveExpander(rules: .current, flavor: .commonMark).expand(page("```\n{{< rules nothing >}}\n```"))
        #expect(diagnostics.isEmpty)
        #expect(markdown.text.contains("{{< rules nothing >}}"))
    }

    @Test func expandedLinesMapBackToTheirSourceLine() {
        let (markdown, _) = RuleDirectiveExpander(rules: .current, flavor: .commonMark).expand(page("a\n{{< rules glossary >}}\nb"))
        let lines = markdown.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(markdown.sourceLine(of: 1) == 9)
        #expect(markdown.sourceLine(of: 2) == 10)
        #expect(markdown.sourceLine(of: lines.count) == 11)
    }

    @Test func aPageWithoutDirectivesKeepsItsLinesShiftedByTheFrontMatter() {
        let (markdown, diagnostics) = RuleDirectiveExpander(rules: .current, flavor: .commonMark).expand(page("a\n\n[x](missing.md)\nb"))
        #expect(diagnostics.isEmpty)
        #expect(markdown.text == "a\n\n[x](missing.md)\nb")
        #expect((1...4).map(markdown.sourceLine(of:)) == [9, 10, 11, 12])
        #expect(markdown.sourceLines == [9, 10, 11, 12])
        // However the map is kept, the same text and the same lines are the same value.
        #expect(markdown == ExpandedMarkdown(text: markdown.text, sourceLines: [9, 10, 11, 12]))
        #expect(markdown != ExpandedMarkdown(text: markdown.text, sourceLines: [9, 10, 11, 13]))
    }

    @Test(arguments: [
        ("", false), ("{", false), ("{{", false), ("{{<", true), ("ab{{<", true), ("ab{{", false), ("ab{", false),
        ("{ {{ {<{{<}", true), ("{{ <", false), ("```json\n{\"a\": {}}\n```", false),
    ])
    func theDirectiveSearchFindsOnlyTheOpeningMark(text: String, found: Bool) {
        #expect(RuleDirectiveExpander.mayContainDirective(text) == found)
    }

    @Test func gitBookChecklistsUseTaskListSyntax() {
        let text = RuleDirectiveExpander(rules: .current, flavor: .gitBook).markdown(for: .collection(.criteriaChecklist), language: .en) ?? ""
        #expect(text.contains("- [ ] "))
    }
}
