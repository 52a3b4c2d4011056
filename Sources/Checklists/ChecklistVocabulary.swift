import Profiles
import MigrationRules

/// The checklist's words in one language: `ChecklistStrings.standard` read for `language`, what the renderers use.
///
/// The strings themselves live once, as `Localized` values, in `ChecklistStrings`; each field here is that table's
/// field of the same name in this language (see it for the placeholders each one takes).
public struct ChecklistVocabulary: Sendable {
    /// The language every string below is written in.
    public let language: Language
    public let title: String
    public let company: String
    public let wabaID: String
    public let businessManagerID: String
    public let currentBSP: String
    public let infrastructure: String
    public let scheduledFor: String
    public let notScheduled: String
    /// `{version}` and `{date}`.
    public let rulebook: String
    public let verdictHeading: String
    public let verdictReady: String
    public let verdictIncomplete: String
    public let verdictBlocked: String
    public let blockersHeading: String
    public let who: String
    public let criteriaHeading: String
    public let requirement: String
    public let status: String
    public let met: String
    public let unmet: String
    public let unknown: String
    public let notesHeading: String
    public let preparationHeading: String
    /// `{number}`.
    public let numberHeading: String
    public let displayName: String
    public let kind: String
    public let afterHeading: String
    public let codeReminderSMS: String
    public let codeReminderVoice: String
    public let codeReminder: String
    public let cannotMigrate: String
    public let date: String
    public let signatureCustomer: String
    public let signatureSinch: String
    public let doneBy: String
    public let templatesHeading: String
    public let migrating: String
    public let notMigrating: String
    public let uncertain: String
    public let reasonQuality: String
    public let reasonStatus: String
    public let noTemplates: String
    /// `{limit}`.
    public let limit: String
    /// `{count}` and `{limit}`.
    public let overLimit: String
    public let ticketHeading: String
    public let ticketIntro: String
    public let notProvided: String
    /// What `{current_bsp}` becomes in a remedy when the profile does not name the BSP.
    public let yourCurrentBSP: String
    public let approved: String
    public let pending: String
    public let rejected: String
    public let cloudAPI: String
    public let onPremises: String
    public let kindBusinessAPI: String
    public let kindBusinessApp: String
    public let kindTest: String
    /// `{day}`, `{month}`, `{year}`, `{time}`, `{offset}`.
    public let dateFormat: String

    /// The vocabulary of one language, built once per language from `ChecklistStrings.standard`.
    public static func `for`(_ language: Language) -> ChecklistVocabulary {
        switch language {
        case .ptBR: ptBR
        case .en: en
        case .es: es
        }
    }

    static let ptBR = ChecklistVocabulary(.standard, in: .ptBR)
    static let en = ChecklistVocabulary(.standard, in: .en)
    static let es = ChecklistVocabulary(.standard, in: .es)

    /// One language of `table`.
    init(_ table: ChecklistStrings, in language: Language) {
        self.language = language
        title = table.title[language]
        company = table.company[language]
        wabaID = table.wabaID[language]
        businessManagerID = table.businessManagerID[language]
        currentBSP = table.currentBSP[language]
        infrastructure = table.infrastructure[language]
        scheduledFor = table.scheduledFor[language]
        notScheduled = table.notScheduled[language]
        rulebook = table.rulebook[language]
        verdictHeading = table.verdictHeading[language]
        verdictReady = table.verdictReady[language]
        verdictIncomplete = table.verdictIncomplete[language]
        verdictBlocked = table.verdictBlocked[language]
        blockersHeading = table.blockersHeading[language]
        who = table.who[language]
        criteriaHeading = table.criteriaHeading[language]
        requirement = table.requirement[language]
        status = table.status[language]
        met = table.met[language]
        unmet = table.unmet[language]
        unknown = table.unknown[language]
        notesHeading = table.notesHeading[language]
        preparationHeading = table.preparationHeading[language]
        numberHeading = table.numberHeading[language]
        displayName = table.displayName[language]
        kind = table.kind[language]
        afterHeading = table.afterHeading[language]
        codeReminderSMS = table.codeReminderSMS[language]
        codeReminderVoice = table.codeReminderVoice[language]
        codeReminder = table.codeReminder[language]
        cannotMigrate = table.cannotMigrate[language]
        date = table.date[language]
        signatureCustomer = table.signatureCustomer[language]
        signatureSinch = table.signatureSinch[language]
        doneBy = table.doneBy[language]
        templatesHeading = table.templatesHeading[language]
        migrating = table.migrating[language]
        notMigrating = table.notMigrating[language]
        uncertain = table.uncertain[language]
        reasonQuality = table.reasonQuality[language]
        reasonStatus = table.reasonStatus[language]
        noTemplates = table.noTemplates[language]
        limit = table.limit[language]
        overLimit = table.overLimit[language]
        ticketHeading = table.ticketHeading[language]
        ticketIntro = table.ticketIntro[language]
        notProvided = table.notProvided[language]
        yourCurrentBSP = table.yourCurrentBSP[language]
        approved = table.approved[language]
        pending = table.pending[language]
        rejected = table.rejected[language]
        cloudAPI = table.cloudAPI[language]
        onPremises = table.onPremises[language]
        kindBusinessAPI = table.kindBusinessAPI[language]
        kindBusinessApp = table.kindBusinessApp[language]
        kindTest = table.kindTest[language]
        dateFormat = table.dateFormat[language]
    }

    /// Fills `{name}` placeholders of one of the strings above.
    ///
    /// One pass over the pattern: Foundation's `replacingOccurrences` per key was a tenth of a batch's time.
    func format(_ pattern: String, _ values: [String: String]) -> String {
        Self.fill(pattern, values)
    }

    /// Replaces `{name}` with `values[name]`; unknown names stay as written.
    static func fill(_ pattern: String, _ values: [String: String]) -> String {
        var result = ""
        result.reserveCapacity(pattern.utf8.count + 32)
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[rest.index(after: open)..<close])] else {
                result += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// A schedule in this language, in the customer's own offset.
    public func formatted(_ time: ScheduledTime) -> String {
        format(dateFormat, [
            "day": String(time.day), "month": LocalizedDate.monthName(time.month, in: language), "year": String(time.year), "time": time.clock,
            "offset": time.utcOffset,
        ])
    }

    /// A rule book date (`2026-11-25`) in this language, without time.
    public func formatted(_ date: RuleDate) -> String {
        LocalizedDate.day(date, in: language)
    }

    /// The word for a status answer in the ticket and the number details.
    public func answer(_ value: String?) -> String {
        guard let value else { return notProvided }
        switch value {
        case "approved": return approved
        case "pending": return pending
        case "rejected": return rejected
        case "cloud_api": return cloudAPI
        case "on_premises": return onPremises
        case "business_api": return kindBusinessAPI
        case "business_app": return kindBusinessApp
        case "test": return kindTest
        case "unknown": return notProvided
        default: return value
        }
    }

    /// What the customer needs on the migration call for a number, by how its verification code arrives.
    public func codeReminder(for delivery: CodeDelivery) -> String {
        switch delivery {
        case .sms: codeReminderSMS
        case .voice: codeReminderVoice
        case .unreachable, .unknown: codeReminder
        }
    }

    public func status(_ status: CriterionStatus) -> String {
        switch status {
        case .met: met
        case .unmet: unmet
        case .unknown: unknown
        }
    }

    public func verdict(_ verdict: EligibilityVerdict) -> String {
        switch verdict {
        case .ready: verdictReady
        case .incomplete: verdictIncomplete
        case .blocked: verdictBlocked
        }
    }
}
