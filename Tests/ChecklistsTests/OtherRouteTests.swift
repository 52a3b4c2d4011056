import Checklists
import MigrationRules
import Testing
import TestSupport

/// A WhatsApp Business app number or a test number cannot use this migration (R14): its section says why and
/// which route it has, and it gets none of the migration steps, in every format.
@Suite("Numbers that take another route")
struct OtherRouteTests {
    static let cases = ["business_app", "test"]

    static func checklist(kind: String, language: Language) throws -> (Checklist, ChecklistRuleTexts) {
        let profile = try ChecklistFixtures.profile(ChecklistFixtures.yaml(kind: kind)).get()
        return (Checklist(profile: profile, language: language, rules: .current), ChecklistRuleTexts(language: language, rules: .current))
    }

    @Test("every route the checklists print is a fact of the rule book", arguments: FactID.allCases)
    func routeFactsExist(id: FactID) {
        #expect(RuleBook.current.fact(id) != nil)
    }

    @Test("the kinds the number-kind criterion refuses are exactly the kinds with a route")
    func routesMatchTheCriterion() throws {
        let criterion = try #require(RuleBook.current.criterion(.numberEligibleKind))
        let routed = NumberKind.allCases.filter { $0.route != nil }.map(\.rawValue)
        #expect(Set(routed) == Set(criterion.unmetValues))
    }

    @Test("Markdown: the number's section gives its route and no migration steps", arguments: cases, Language.allCases)
    func markdown(kind: String, language: Language) throws {
        let route = try #require(NumberKind(rawValue: kind)?.route)
        let (checklist, texts) = try Self.checklist(kind: kind, language: language)
        #expect(checklist.verdict == .blocked)
        let markdown = ChecklistMarkdownRenderer().render(checklist, texts: texts)
        let routeText = try #require(RuleBook.current.fact(route)).text[language]
        #expect(markdown.contains("> \(texts.vocabulary.cannotMigrate) \(routeText)"))
        for step in texts.phases.perNumber { #expect(!markdown.contains(step.title[language]), "\(step.id) printed for a \(kind) number") }
        #expect(!markdown.contains(texts.vocabulary.codeReminder(for: .sms)))
        // The preparation's per-number ticks leave the number out: there is nothing to prepare for it here.
        #expect(!markdown.contains("  - [ ] +5511912345678"))
    }

    @Test("HTML: the number's section gives its route and no migration steps", arguments: cases, Language.allCases)
    func html(kind: String, language: Language) throws {
        let (checklist, _) = try Self.checklist(kind: kind, language: language)
        let batch = try ChecklistBatch(format: .html, options: ChecklistOptions(templatesDirectory: ChecklistFixtures.templates, rules: .current))
        let html = try batch.text(checklist)
        #expect(html.contains("<p class=\"note route\">"))
        #expect(!html.contains("<p class=\"note code\">"))
        #expect(!html.contains("<ol class=\"steps\">\n<li class=\"step\"><span class=\"box\" aria-hidden=\"true\"></span><div><p><strong>\(RuleBook.current.processSteps.first { $0.phase == .migration }!.title[language])"))
    }

    @Test("an app or test number's only blocker is its kind, whatever else about it is unmet", arguments: cases)
    func onlyTheKindBlocks(kind: String) throws {
        let profile = try ChecklistFixtures.profile(ChecklistFixtures.yaml(twoFactor: "enabled", displayName: "rejected", kind: kind)).get()
        let checklist = Checklist(profile: profile, language: .en, rules: .current)
        #expect(checklist.blockers.map(\.criterion.id) == [CriterionID.numberEligibleKind.rawValue])
        // The same facts on a number that can migrate are blockers of their own.
        let migrating = try ChecklistFixtures.profile(ChecklistFixtures.yaml(twoFactor: "enabled", displayName: "rejected")).get()
        #expect(Checklist(profile: migrating, language: .en, rules: .current).blockers.count == 2)
    }

    @Test("JSON: the route is a note on the number", arguments: cases)
    func json(kind: String) throws {
        let route = try #require(NumberKind(rawValue: kind)?.route)
        let (checklist, texts) = try Self.checklist(kind: kind, language: .en)
        let json = ChecklistJSONRenderer().render(checklist, texts: texts)
        #expect(json.contains("\"id\" : \"\(route.rawValue)\""))
        #expect(json.contains("\"verdict\" : \"blocked\""))
    }

    @Test("a number that can migrate gets its steps and the reminder for how its code arrives", arguments: [
        ("sms", CodeDelivery.sms), ("voice", .voice), ("unknown", .unknown),
    ])
    func migratingNumber(delivery: String, expected: CodeDelivery) throws {
        let profile = try ChecklistFixtures.profile(ChecklistFixtures.yaml(codeDelivery: delivery)).get()
        let texts = ChecklistRuleTexts(language: .en, rules: .current)
        let markdown = ChecklistMarkdownRenderer().render(Checklist(profile: profile, language: .en, rules: .current), texts: texts)
        #expect(markdown.contains("> \(texts.vocabulary.codeReminder(for: expected))"))
        #expect(!markdown.contains(texts.vocabulary.cannotMigrate))
        for step in texts.phases.perNumber { #expect(markdown.contains(step.title[.en])) }
    }
}
