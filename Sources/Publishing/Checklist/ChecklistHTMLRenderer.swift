import Foundation
import MigrationRules
import Mustache

/// The render stage for print: a self-contained A4 HTML page per customer, from `templates/checklist.mustache`.
///
/// The template is compiled once and the stylesheets read once; every customer value reaches the page
/// through a double-brace Mustache tag, so it is always HTML-escaped. Only rule-book HTML rendered by cmark
/// (safe mode) goes through triple braces.
public struct ChecklistHTMLRenderer: Sendable {
    let template: MustacheTemplate
    let css: String
    /// Per-language constant context (labels), built once.
    let labels: [Language: [String: String]]

    /// The template's name inside the templates folder.
    public static let templateName = "checklist.mustache"

    /// Loads the template and the styles (`assets/base.css`, `assets/checklist.css`) from a templates folder.
    public init(templatesDirectory: String) throws(DiagnosticsError) {
        func read(_ name: String) throws(DiagnosticsError) -> String {
            let path = (templatesDirectory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiagnosticsError(
                    [Diagnostic(path: path, message: "the checklist template file is missing; pass --templates with the folder that holds \(Self.templateName) and assets/.")],
                    exitCode: 66)
            }
            return try ProfileFile.decodeUTF8(data, path: path)
        }
        let templatePath = (templatesDirectory as NSString).appendingPathComponent(Self.templateName)
        do {
            template = try MustacheTemplate(string: try read(Self.templateName))
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([Diagnostic(path: templatePath, message: "the template is not valid Mustache: \(error).")])
        }
        css = try read("assets/base.css") + "\n" + read("assets/checklist.css")
        labels = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Self.labels(ChecklistVocabulary.for($0))) })
    }

    /// Every `String` field of the vocabulary by name, for `{{t.name}}` in the template.
    static func labels(_ vocabulary: ChecklistVocabulary) -> [String: String] {
        var result: [String: String] = [:]
        for child in Mirror(reflecting: vocabulary).children {
            if let label = child.label, let text = child.value as? String { result[label] = text }
        }
        return result
    }

    /// Renders one checklist; the texts must be in the checklist's language.
    public func render(_ checklist: Checklist, texts: ChecklistRuleTexts) -> String {
        template.render(context(checklist, texts: texts))
    }

    func context(_ checklist: Checklist, texts: ChecklistRuleTexts) -> [String: Any] {
        let profile = checklist.profile
        let vocabulary = texts.vocabulary
        let language = checklist.language
        func actor(_ actor: Actor) -> String { actor.name[language] }
        func criterionRow(_ result: CriterionResult) -> [String: Any] {
            [
                "requirementHTML": texts.requirementHTML[result.criterion.id] ?? "",
                "status": vocabulary.status(result.status),
                "statusClass": result.status.rawValue,
                "who": actor(result.criterion.responsible),
            ]
        }
        func step(_ step: ProcessStep, numbers: [String]) -> [String: Any] {
            [
                "who": actor(step.actor), "title": step.title[language], "detailHTML": texts.stepDetailHTML[step.id] ?? "",
                "numbers": numbers.map { ["number": $0] }, "isPerNumber": step.perNumber && !numbers.isEmpty,
            ]
        }
        let phones = profile.numbers.map(\.phone)
        let blockers: [[String: Any]] = checklist.blockers.map { blocker in
            let pieces = texts.remedyHTML[blocker.criterion.id] ?? []
            return [
                "who": actor(blocker.criterion.responsible),
                "number": blocker.number ?? "",
                "hasNumber": blocker.number != nil,
                "parts": pieces.map { piece -> [String: Any] in
                    ["html": piece.html, "value": piece.placeholder.flatMap { blocker.placeholders[$0] } ?? ""]
                },
            ]
        }
        var notes: [[String: Any]] = []
        if checklist.needsOnPremisesNote { notes.append(["html": texts.onPremisesHTML]) }
        let perNumberSteps = texts.phases.perNumber.map { step($0, numbers: []) }
        let numbers: [[String: Any]] = profile.numbers.map { number in
            [
                "number": number.phone,
                "displayName": number.displayName ?? vocabulary.notProvided,
                "kind": vocabulary.answer(number.kind.rawValue),
                "heading": vocabulary.format(vocabulary.numberHeading, ["number": number.phone]),
                "isBrazilian": number.isBrazilian,
                "ninthDigitHTML": texts.ninthDigitHTML,
                "criteria": checklist.evaluation.results.filter { $0.number == number.phone }.map(criterionRow),
                "steps": perNumberSteps,
            ]
        }
        let plan = checklist.templatePlan
        return [
            "lang": language.tag,
            "css": css,
            "t": labels[language] ?? [:],
            "company": profile.company,
            "wabaID": profile.wabaID,
            "businessManagerID": profile.businessManagerID,
            "currentBSP": profile.currentBSP ?? vocabulary.notProvided,
            "infrastructure": vocabulary.answer(profile.infrastructure.rawValue),
            "schedule": checklist.schedule.map(vocabulary.formatted) ?? vocabulary.notScheduled,
            "rulebook": vocabulary.format(
                vocabulary.rulebook, ["version": checklist.rulebookVersion, "date": vocabulary.formatted(checklist.rulebookDate)]),
            "verdict": checklist.verdict.rawValue,
            "verdictText": vocabulary.verdict(checklist.verdict),
            "hasBlockers": !blockers.isEmpty,
            "blockers": blockers,
            "accountCriteria": checklist.evaluation.results.filter { $0.number == nil }.map(criterionRow),
            "hasNotes": !notes.isEmpty,
            "notes": notes,
            "preparation": texts.phases.preparation.map { step($0, numbers: $0.perNumber ? phones : []) },
            "numbers": numbers,
            "after": texts.phases.after.map { step($0, numbers: []) },
            "hasTemplates": !profile.templates.isEmpty,
            "migrating": plan.migrating.map { ["name": $0.name] },
            "hasMigrating": !plan.migrating.isEmpty,
            "notMigrating": plan.notMigrating.map { entry -> [String: String] in
                ["name": entry.template.name, "reason": entry.reason == .quality ? vocabulary.reasonQuality : vocabulary.reasonStatus]
            },
            "hasNotMigrating": !plan.notMigrating.isEmpty,
            "uncertain": plan.uncertain.map { ["name": $0.name] },
            "hasUncertain": !plan.uncertain.isEmpty,
            "limit": vocabulary.format(vocabulary.limit, ["limit": Self.grouped(plan.limit, language)]),
            "limitHTML": texts.limitHTML[plan.limit] ?? "",
            "isOverLimit": plan.overLimitBy > 0,
            "overLimit": vocabulary.format(
                vocabulary.overLimit, ["count": String(plan.overLimitBy), "limit": Self.grouped(plan.limit, language)]),
            "ticket": checklist.ticket.map { answer -> [String: Any] in
                [
                    "questionHTML": texts.questionHTML[answer.question.id] ?? "",
                    "hintHTML": texts.hintHTML[answer.question.id] ?? "",
                    "question": answer.question.question[language],
                    "answer": vocabulary.answer(answer.value),
                ]
            },
        ]
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
