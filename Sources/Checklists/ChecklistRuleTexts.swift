import Markdown
import MigrationRules

/// The rule book's sentences for one language, rendered once and shared by every checklist in that language.
///
/// Rendering inline Markdown through cmark costs far more than filling a template; a batch of 10,000
/// customers renders each rule text once per language instead of once per customer. A final class with
/// constant fields: every worker shares the one instance per language, and passing it costs one retain
/// instead of copying dozens of strings per customer.
public final class ChecklistRuleTexts: Sendable {
    public let language: Language
    public let vocabulary: ChecklistVocabulary
    public let phases: ChecklistPhases
    /// Criterion id → requirement as inline HTML.
    let requirementHTML: [String: String]
    /// Criterion id → remedy as HTML pieces split at its placeholders.
    let remedyHTML: [String: [RemedyPiece]]
    /// Step id → detail as inline HTML.
    let stepDetailHTML: [String: String]
    /// Ticket question id → question and hint as inline HTML.
    let questionHTML: [String: String]
    let hintHTML: [String: String]
    let ninthDigitHTML: String
    let onPremisesHTML: String
    let ninthDigitText: String
    let onPremisesText: String
    let limitHTML: [Int: String]
    let limitText: [Int: String]
    /// The route of each number kind that cannot use this migration (R14), as inline HTML and as Markdown.
    let routeHTML: [NumberKind: String]
    let routeText: [NumberKind: String]

    /// A run of rule HTML followed by the placeholder that comes after it, if any.
    struct RemedyPiece: Sendable {
        let html: String
        let placeholder: String?
    }

    public init(language: Language, rules: RuleBook) {
        let renderer = MarkdownRenderer(options: .forLanguage(tag: language.tag))
        self.language = language
        self.vocabulary = .for(language)
        self.phases = ChecklistPhases(steps: rules.processSteps)
        var requirement: [String: String] = [:]
        var remedy: [String: [RemedyPiece]] = [:]
        for criterion in rules.criteria {
            requirement[criterion.id] = renderer.renderInline(criterion.requirement[language])
            remedy[criterion.id] = Self.pieces(of: renderer.renderInline(criterion.remedy[language]))
        }
        requirementHTML = requirement
        remedyHTML = remedy
        stepDetailHTML = Dictionary(uniqueKeysWithValues: rules.processSteps.map { ($0.id, renderer.renderInline($0.detail[language])) })
        questionHTML = Dictionary(uniqueKeysWithValues: rules.ticketQuestions.map { ($0.id, renderer.renderInline($0.question[language])) })
        hintHTML = Dictionary(uniqueKeysWithValues: rules.ticketQuestions.map { ($0.id, renderer.renderInline($0.hint[language])) })
        let ninth = Self.text(of: .brazilianNinthDigit, in: rules, language)
        let onPremises = Self.text(of: .cloudAPIOnly, in: rules, language)
        ninthDigitText = ninth
        onPremisesText = onPremises
        ninthDigitHTML = renderer.renderInline(ninth)
        onPremisesHTML = renderer.renderInline(onPremises)
        let limits = [rules.limits.templatesUnverified, rules.limits.templatesVerified]
        limitHTML = Dictionary(limits.map { ($0.value, renderer.renderInline($0.text[language])) }, uniquingKeysWith: { first, _ in first })
        limitText = Dictionary(limits.map { ($0.value, $0.text[language]) }, uniquingKeysWith: { first, _ in first })
        var routeText: [NumberKind: String] = [:]
        for kind in NumberKind.allCases {
            if let route = kind.route { routeText[kind] = Self.text(of: route, in: rules, language) }
        }
        self.routeText = routeText
        routeHTML = routeText.mapValues { renderer.renderInline($0) }
    }

    /// A fact the checklist places by id. Every `FactID` is in the shipped rule book (a test checks it), so a
    /// missing one is a rule book built by hand without it, which must not print a checklist with a blank note.
    static func text(of id: FactID, in rules: RuleBook, _ language: Language) -> String {
        guard let fact = rules.fact(id) else {
            preconditionFailure("The rule book has no fact '\(id.rawValue)', which checklists print; add it back or rename FactID.")
        }
        return fact.text[language]
    }

    /// Splits rendered HTML at `{name}` placeholders; cmark leaves the braces and names untouched.
    static func pieces(of html: String) -> [RemedyPiece] {
        var pieces: [RemedyPiece] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            guard !name.isEmpty, name.allSatisfy({ $0 == "_" || ($0.isASCII && $0.isLetter) }) else {
                pieces.append(RemedyPiece(html: String(rest[...open]), placeholder: nil))
                rest = rest[rest.index(after: open)...]
                continue
            }
            pieces.append(RemedyPiece(html: String(rest[..<open]), placeholder: String(name)))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(RemedyPiece(html: String(rest), placeholder: nil))
        return pieces
    }

    /// A rule book's texts for every language.
    public static func all(rules: RuleBook) -> [Language: ChecklistRuleTexts] {
        Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, ChecklistRuleTexts(language: $0, rules: rules)) })
    }
}
