import Foundation
import MigrationRules

/// The render stage for machines: the evaluated plan as JSON, for CRMs and dashboards (fields in the README).
///
/// Keys are snake_case and sorted, arrays keep rule book and profile order: the same profile always gives
/// the same bytes. Remedies are the rule book's Markdown with the customer's values filled in as written;
/// JSON string encoding is the only escaping a consumer needs.
public struct ChecklistJSONRenderer: Sendable {
    public init() {}

    /// The document's schema version; bump it when a field changes meaning or disappears.
    public static let schema = 1

    public func render(_ checklist: Checklist, texts: ChecklistRuleTexts) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(document(checklist, texts: texts)), as: UTF8.self) + "\n"
        } catch {
            // The document holds only strings, integers, booleans and arrays of them, which always encode;
            // writing "{}" here would hand a CRM an empty checklist that looks valid.
            preconditionFailure("A checklist document could not be encoded as JSON: \(error)")
        }
    }

    func document(_ checklist: Checklist, texts: ChecklistRuleTexts) -> Document {
        let language = checklist.language
        let vocabulary = texts.vocabulary
        let profile = checklist.profile
        let plan = checklist.templatePlan
        var notes: [Document.Note] = []
        if checklist.needsOnPremisesNote { notes.append(.init(id: FactID.cloudAPIOnly.rawValue, number: nil, text: texts.onPremisesText)) }
        for number in profile.numbers {
            if number.isBrazilian {
                notes.append(.init(id: FactID.brazilianNinthDigit.rawValue, number: number.phone, text: texts.ninthDigitText))
            }
            // An app or test number gets its route instead of migration steps (R14).
            if let route = number.kind.route, let text = texts.routeText[number.kind] {
                notes.append(.init(id: route.rawValue, number: number.phone, text: text))
            }
        }
        return Document(
            schema: Self.schema, rulebookVersion: checklist.rulebookVersion, rulebookDate: checklist.rulebookDate.description,
            language: language.tag, company: profile.company, wabaID: profile.wabaID, businessManagerID: profile.businessManagerID,
            currentBSP: profile.currentBSP, scheduledFor: profile.scheduledFor, verdict: checklist.verdict.rawValue,
            criteria: checklist.evaluation.results.map {
                .init(id: $0.criterion.id, status: $0.status.rawValue, number: $0.number, observed: $0.observed)
            },
            blockers: checklist.blockers.map { blocker in
                .init(
                    id: blocker.criterion.id, number: blocker.number, responsible: blocker.criterion.responsible.rawValue,
                    remedy: ChecklistVocabulary.fill(blocker.criterion.remedy[language], blocker.placeholders))
            },
            numbers: profile.numbers.map(\.phone),
            notes: notes,
            templates: .init(
                migrating: plan.migrating.map(\.name),
                notMigrating: plan.notMigrating.map { .init(name: $0.template.name, reason: $0.reason.rawValue) },
                uncertain: plan.uncertain.map(\.name), limit: plan.limit, overLimitBy: plan.overLimitBy),
            ticket: checklist.ticket.map {
                .init(id: $0.question.id, question: $0.question.question[language], answer: $0.text(in: vocabulary), value: $0.value)
            },
            file: checklist.fileBaseName)
    }

    /// The JSON document; see the README's "checklist JSON" table.
    struct Document: Encodable {
        let schema: Int
        let rulebookVersion: String
        let rulebookDate: String
        let language: String
        let company: String
        let wabaID: String
        let businessManagerID: String
        let currentBSP: String?
        let scheduledFor: String?
        let verdict: String
        let criteria: [Criterion]
        let blockers: [Blocker]
        let numbers: [String]
        let notes: [Note]
        let templates: Templates
        let ticket: [TicketAnswer]
        let file: String

        enum CodingKeys: String, CodingKey {
            case schema, language, company, verdict, criteria, blockers, numbers, notes, templates, ticket, file
            case rulebookVersion = "rulebook_version", rulebookDate = "rulebook_date", wabaID = "waba_id"
            case businessManagerID = "business_manager_id", currentBSP = "current_bsp", scheduledFor = "scheduled_for"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(schema, forKey: .schema)
            try container.encode(rulebookVersion, forKey: .rulebookVersion)
            try container.encode(rulebookDate, forKey: .rulebookDate)
            try container.encode(language, forKey: .language)
            try container.encode(company, forKey: .company)
            try container.encode(wabaID, forKey: .wabaID)
            try container.encode(businessManagerID, forKey: .businessManagerID)
            // Explicit nulls: a consumer can tell "not provided" from a missing field.
            try container.encode(currentBSP, forKey: .currentBSP)
            try container.encode(scheduledFor, forKey: .scheduledFor)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(criteria, forKey: .criteria)
            try container.encode(blockers, forKey: .blockers)
            try container.encode(numbers, forKey: .numbers)
            try container.encode(notes, forKey: .notes)
            try container.encode(templates, forKey: .templates)
            try container.encode(ticket, forKey: .ticket)
            try container.encode(file, forKey: .file)
        }

        struct Criterion: Encodable {
            let id: String
            let status: String
            let number: String?
            let observed: String
        }

        struct Blocker: Encodable {
            let id: String
            let number: String?
            let responsible: String
            let remedy: String
        }

        struct Note: Encodable {
            let id: String
            let number: String?
            let text: String
        }

        struct Templates: Encodable {
            let migrating: [String]
            let notMigrating: [Excluded]
            let uncertain: [String]
            let limit: Int
            let overLimitBy: Int

            enum CodingKeys: String, CodingKey {
                case migrating, uncertain, limit
                case notMigrating = "not_migrating", overLimitBy = "over_limit_by"
            }

            struct Excluded: Encodable {
                let name: String
                let reason: String
            }
        }

        struct TicketAnswer: Encodable {
            let id: String
            let question: String
            let answer: String
            let value: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(question, forKey: .question)
                try container.encode(answer, forKey: .answer)
                try container.encode(value, forKey: .value)
            }

            enum CodingKeys: String, CodingKey { case id, question, answer, value }
        }
    }
}
