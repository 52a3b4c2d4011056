import Templating
import Diagnostics
import Foundation
import MigrationRules
import Mustache

/// The render stage for print: a self-contained A4 HTML page per customer, from `templates/checklist.mustache`.
///
/// The template is filled in two stages. When the renderer is built, its `[[...]]` tags are filled once per
/// language (labels, rule steps, ticket questions) and the result is compiled into one template per
/// language; each customer then fills only the `{{...}}` tags. Every customer value goes through a
/// double-brace tag, so Mustache HTML-escapes it; triple braces carry only rule-book HTML rendered by cmark
/// in safe mode. Doing the language work once is what lets a batch of 10,000 customers render in well under
/// a second.
public struct ChecklistHTMLRenderer: Sendable {
    let templates: [Language: MustacheTemplate]
    /// Criteria table rows per language, criterion id and status: rows hold no customer data.
    let criterionRows: [Language: [String: [CriterionStatus: String]]]
    /// Vocabulary the customer stage prints often, HTML-escaped once per language.
    let escaped: [Language: EscapedVocabulary]

    /// Words chosen by an enum value, escaped ahead of time so no customer pays for escaping them.
    struct EscapedVocabulary: Sendable {
        var verdict: [EligibilityVerdict: String] = [:]
        var kind: [NumberKind: String] = [:]
        var infrastructure: [Infrastructure: String] = [:]
        /// The "destination WABA limit" sentence per limit value.
        var limit: [Int: String] = [:]
    }

    /// The main template's and the criterion row partial's names inside the templates folder.
    public static let templateName = "checklist.mustache"
    public static let criterionTemplateName = "checklist-criterion.mustache"

    /// Loads the templates and the styles (`assets/base.css`, `assets/checklist.css`) from a templates folder.
    ///
    /// - Parameters:
    ///   - texts: the rule book's sentences per language, rendered once by the batch (`ChecklistRuleTexts`).
    ///   - rules: the rule book whose criteria, limits, ticket questions and version the checklists quote.
    public init(
        templatesDirectory: String, texts: [Language: ChecklistRuleTexts], rules: RuleBook
    ) throws(DiagnosticsError) {
        func read(_ name: String) throws(DiagnosticsError) -> String {
            let path = (templatesDirectory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiagnosticsError(
                    [Diagnostic(path: path, message: "the checklist template file is missing; pass --templates with the folder that holds \(Self.templateName), \(Self.criterionTemplateName) and assets/.")],
                    status: .inputMissing)
            }
            return try UTF8Text.decode(data, path: path)
        }
        func compile(_ text: String, name: String) throws(DiagnosticsError) -> MustacheTemplate {
            do {
                return try MustacheTemplate(string: text)
            } catch {
                throw DiagnosticsError([
                    Diagnostic(path: (templatesDirectory as NSString).appendingPathComponent(name), message: "the template is not valid Mustache: \(error).")
                ])
            }
        }
        HTMLContentType.register()
        // Checked before compiling: deep nesting overflows the parser's stack, and these templates have no partials.
        let structure = TemplateStructure.check(
            try [Self.templateName, Self.criterionTemplateName].map { name throws(DiagnosticsError) in
                TemplateStructure.Source(
                    name: String(name.dropLast(".mustache".count)), path: (templatesDirectory as NSString).appendingPathComponent(name), text: try read(name))
            })
        guard structure.isEmpty else { throw DiagnosticsError(structure) }
        // The language stage escapes braces too, so no value (a rule book's text, which a caller may supply)
        // can become a customer-stage tag.
        let languageStage = try compile(HTMLContentType.firstStagePragma + "\n" + read(Self.templateName), name: Self.templateName)
        let criterionRow = try compile(try read(Self.criterionTemplateName), name: Self.criterionTemplateName)
        let css = try read("assets/base.css") + "\n" + read("assets/checklist.css")
        var templates: [Language: MustacheTemplate] = [:]
        var rowsByLanguage: [Language: [String: [CriterionStatus: String]]] = [:]
        var escapedByLanguage: [Language: EscapedVocabulary] = [:]
        // Escaping through Mustache itself, with the customer stage's content type, keeps one definition of
        // what "escaped" means. The pragma stands alone on its own line, which Mustache drops.
        let escaping = HTMLContentType.pragma + "\n"
        let escaper = try compile(escaping + "{{text}}", name: Self.templateName)
        func escape(_ text: String) -> String { escaper.render(["text": text]) }
        for language in Language.allCases {
            let texts = texts[language] ?? ChecklistRuleTexts(language: language, rules: rules)
            var languageContext = Self.languageContext(texts, rules: rules)
            languageContext["css"] = css
            let customerStage = languageStage.render(languageContext)
            templates[language] = try compile(escaping + customerStage, name: Self.templateName)
            var rows: [String: [CriterionStatus: String]] = [:]
            for criterion in rules.criteria {
                for status in CriterionStatus.allCases {
                    rows[criterion.id, default: [:]][status] = criterionRow.render([
                        "requirementHTML": texts.requirementHTML[criterion.id] ?? "", "who": criterion.responsible.name[language],
                        "statusClass": status.rawValue, "status": texts.vocabulary.status(status),
                    ])
                }
            }
            rowsByLanguage[language] = rows
            let vocabulary = texts.vocabulary
            var escaped = EscapedVocabulary()
            for verdict in EligibilityVerdict.allCases { escaped.verdict[verdict] = escape(vocabulary.verdict(verdict)) }
            for kind in NumberKind.allCases { escaped.kind[kind] = escape(vocabulary.answer(kind.rawValue)) }
            for value in Infrastructure.allCases { escaped.infrastructure[value] = escape(vocabulary.answer(value.rawValue)) }
            for limit in rules.limits.all where limit.unit == "templates" {
                escaped.limit[limit.value] = escape(vocabulary.format(vocabulary.limit, ["limit": Self.grouped(limit.value, language)]))
            }
            escapedByLanguage[language] = escaped
        }
        self.escaped = escapedByLanguage
        self.templates = templates
        self.criterionRows = rowsByLanguage
    }

    /// The values of the `[[...]]` tags for one language.
    static func languageContext(_ texts: ChecklistRuleTexts, rules: RuleBook) -> [String: Any] {
        let language = texts.language
        let vocabulary = texts.vocabulary
        func steps(_ list: [ProcessStep]) -> [[String: Any]] {
            list.map { step in
                [
                    "title": step.title[language], "who": step.actor.name[language], "detailHTML": HTMLContentType.escapingBraces(texts.stepDetailHTML[step.id] ?? ""),
                    "perNumber": step.perNumber,
                ]
            }
        }
        return [
            "lang": language.tag,
            "t": labels(vocabulary),
            "rulebook": vocabulary.format(
                vocabulary.rulebook, ["version": rules.version, "date": vocabulary.formatted(rules.date)]),
            // Rule HTML goes into unescaped tags: its braces are escaped here, as the content type does for the rest.
            "onPremisesHTML": HTMLContentType.escapingBraces(texts.onPremisesHTML),
            "ninthDigitHTML": HTMLContentType.escapingBraces(texts.ninthDigitHTML),
            "preparation": steps(texts.phases.preparation),
            "perNumberSteps": steps(texts.phases.perNumber),
            "afterSteps": steps(texts.phases.after),
            "ticket": rules.ticketQuestions.enumerated().map { index, question -> [String: Any] in
                ["question": question.question[language], "key": ticketKey(index)]
            },
        ]
    }

    /// The customer-stage tag holding the answer to the ticket's n-th question.
    static func ticketKey(_ index: Int) -> String { "answer\(index + 1)" }

    /// Every `String` field of the vocabulary by name, for `[[t.name]]` in the template.
    static func labels(_ vocabulary: ChecklistVocabulary) -> [String: String] {
        var result: [String: String] = [:]
        for child in Mirror(reflecting: vocabulary).children {
            if let label = child.label, let text = child.value as? String { result[label] = text }
        }
        return result
    }

    /// Renders one checklist; the texts must be in the checklist's language.
    public func render(_ checklist: Checklist, texts: ChecklistRuleTexts) -> String {
        templates[checklist.language]?.render(context(checklist, texts: texts)) ?? ""
    }

    func context(_ checklist: Checklist, texts: ChecklistRuleTexts) -> CustomerContext {
        let profile = checklist.profile
        let vocabulary = texts.vocabulary
        let language = checklist.language
        let rows = criterionRows[language] ?? [:]
        let words = escaped[language] ?? EscapedVocabulary()
        func criteriaRows(_ results: some Sequence<CriterionResult>) -> String {
            results.reduce(into: "") { html, result in html += rows[result.criterion.id]?[result.status] ?? "" }
        }
        let blockers = checklist.blockers.map { blocker in
            let pieces = texts.remedyHTML[blocker.criterion.id] ?? []
            return BlockerContext(
                who: MustacheText(blocker.criterion.responsible.name[language]),
                number: MustacheText(blocker.number ?? ""),
                hasNumber: blocker.number != nil,
                parts: pieces.map { piece in
                    RemedyPartContext(
                        html: MustacheText(piece.html), value: MustacheText(piece.placeholder.flatMap { blocker.placeholders[$0] } ?? ""))
                })
        }
        let numbers = profile.numbers.map { number in
            NumberContext(
                phone: MustacheText(number.phone),
                displayName: MustacheText(number.displayName ?? vocabulary.notProvided),
                kind: MustacheText(words.kind[number.kind] ?? ""),
                heading: MustacheText(vocabulary.format(vocabulary.numberHeading, ["number": number.phone])),
                isBrazilian: number.isBrazilian,
                routeHTML: texts.routeHTML[number.kind].map(MustacheText.init),
                codeReminder: MustacheText(vocabulary.codeReminder(for: number.codeDelivery)),
                criteriaHTML: MustacheText(criteriaRows(checklist.evaluation.results.lazy.filter { $0.number == number.phone })))
        }
        let plan = checklist.templatePlan
        // Computed from every criterion on each access, so once here.
        let verdict = checklist.verdict
        return CustomerContext(
            company: MustacheText(profile.company),
            wabaID: MustacheText(profile.wabaID),
            businessManagerID: MustacheText(profile.businessManagerID),
            currentBSP: MustacheText(profile.currentBSP ?? vocabulary.notProvided),
            infrastructure: MustacheText(words.infrastructure[profile.infrastructure] ?? ""),
            schedule: MustacheText(checklist.schedule.map(vocabulary.formatted) ?? vocabulary.notScheduled),
            verdict: MustacheText(verdict.rawValue),
            verdictText: MustacheText(words.verdict[verdict] ?? ""),
            blockers: blockers,
            isOnPremises: checklist.needsOnPremisesNote,
            accountCriteriaHTML: MustacheText(criteriaRows(checklist.evaluation.results.lazy.filter { $0.number == nil })),
            phones: checklist.migratingNumbers.map { NameContext(key: .phone, value: MustacheText($0.phone)) },
            numbers: numbers,
            hasTemplates: !profile.templates.isEmpty,
            migrating: plan.migrating.map { NameContext(key: .name, value: MustacheText($0.name)) },
            notMigrating: plan.notMigrating.map { entry in
                NotMigratingContext(name: MustacheText(entry.template.name), isQuality: entry.reason == .quality)
            },
            uncertain: plan.uncertain.map { NameContext(key: .name, value: MustacheText($0.name)) },
            limit: MustacheText(words.limit[plan.limit] ?? ""),
            limitHTML: MustacheText(texts.limitHTML[plan.limit] ?? ""),
            isOverLimit: plan.overLimitBy > 0,
            overLimit: MustacheText(
                plan.overLimitBy > 0
                    ? vocabulary.format(vocabulary.overLimit, ["count": String(plan.overLimitBy), "limit": Self.grouped(plan.limit, language)])
                    : ""),
            answers: checklist.ticket.map { MustacheText($0.text(in: vocabulary)) })
    }

    /// `6000` as `6.000` (pt-BR, es) or `6,000` (en); fixed rules, not the machine's locale, for stable bytes.
    static func grouped(_ value: Int, _ language: Language) -> String {
        let digits = String(value)
        guard digits.count > 4 || (digits.count == 4 && language != .es) else { return digits }
        let separator = language == .en ? "," : "."
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }
}
