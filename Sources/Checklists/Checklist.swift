import Profiles
import Markdown
import MigrationRules

/// One customer's evaluated migration plan: the evaluate stage's output and every renderer's input.
///
/// It holds decisions and customer data, never markup: the HTML, Markdown and JSON renderers all read the
/// same value, so the formats cannot disagree about what blocks a migration.
public struct Checklist: Sendable {
    public let profile: CustomerProfile
    /// The checklist's language: `--language` when given, else the profile's.
    public let language: Language
    public let rulebookVersion: String
    public let rulebookDate: RuleDate
    public let evaluation: EligibilityEvaluation
    public let templatePlan: TemplatePlan
    /// One per unmet criterion (per number for the `number.*` ones), in evaluation order.
    public let blockers: [Blocker]
    /// The six answers of the Service Center ticket, in the rule book's order.
    public let ticket: [TicketAnswer]
    /// The parsed `scheduled_for`, when the profile has one.
    public let schedule: ScheduledTime?

    public var verdict: EligibilityVerdict { evaluation.verdict }

    /// True when the profile says the number is on the On-Premises API, which gets the end-of-life note (M15).
    public var needsOnPremisesNote: Bool { profile.infrastructure == .onPremises }

    /// The numbers that can use this migration and get its steps; an app or test number takes its own route (R14).
    public var migratingNumbers: [NumberProfile] { profile.numbers.filter { $0.kind.route == nil } }

    /// An unmet criterion and what to do about it.
    public struct Blocker: Sendable, Hashable {
        public let criterion: EligibilityCriterion
        /// The E.164 number for per-number criteria.
        public let number: String?
        /// Values for the remedy's `{current_bsp}`, `{number}` and `{company}` placeholders.
        public let placeholders: [String: String]
    }

    /// One ticket question with the profile's answer.
    public struct TicketAnswer: Sendable, Hashable {
        public let question: TicketQuestion
        /// The profile's value as written (`approved`, `Twilio`), or nil when the profile does not say.
        public let value: String?
        /// True when the value is one of a closed set (`approved`, `cloud_api`) that the checklist puts in its
        /// own words; free text (a BSP's name, the status the old BSP shows, ids) is printed as written.
        public let isChoice: Bool

        /// The answer as the ticket prints it in a language.
        public func text(in vocabulary: ChecklistVocabulary) -> String {
            isChoice ? vocabulary.answer(value) : (value ?? vocabulary.notProvided)
        }
    }

    /// The evaluate stage: applies the rule book to a validated profile.
    public init(profile: CustomerProfile, language: Language? = nil, rules: RuleBook) {
        let language = language ?? profile.language
        self.profile = profile
        self.language = language
        self.rulebookVersion = rules.version
        self.rulebookDate = rules.date
        self.evaluation = rules.evaluate(profile)
        self.templatePlan = rules.templatePlan(for: profile)
        self.schedule = profile.scheduledFor.flatMap(ScheduledTime.init(iso:))
        let vocabulary = ChecklistVocabulary.for(language)
        // A number that takes another route (R14) has one blocker, its kind: fixing its 2FA or display name for
        // a migration it will never have would send the customer to work that leads nowhere.
        let routed = Set(profile.numbers.filter { $0.kind.route != nil }.map(\.phone))
        let relevant = evaluation.unmet.filter { result in
            guard let number = result.number, routed.contains(number) else { return true }
            return result.criterion.id == CriterionID.numberEligibleKind.rawValue
        }
        self.blockers = relevant.map { result in
            Blocker(
                criterion: result.criterion, number: result.number,
                placeholders: [
                    "current_bsp": profile.currentBSP ?? vocabulary.yourCurrentBSP,
                    "number": result.number ?? "",
                    "company": profile.company,
                ])
        }
        self.ticket = rules.ticketQuestions.map { question in
            TicketAnswer(
                question: question, value: Self.ticketValue(question.profileField, in: profile),
                isChoice: Self.choiceFields.contains(question.profileField))
        }
    }

    /// The ticket's profile fields whose values come from a closed set.
    static let choiceFields: Set<String> = ["business_verification", "account_review", "infrastructure"]

    static func ticketValue(_ field: String, in profile: CustomerProfile) -> String? {
        switch field {
        case "current_bsp": profile.currentBSP
        case "business_verification": profile.businessVerification == .unknown ? nil : profile.businessVerification.rawValue
        case "account_review": profile.accountReview == .unknown ? nil : profile.accountReview.rawValue
        case "infrastructure": profile.infrastructure == .unknown ? nil : profile.infrastructure.rawValue
        case "status_at_current_bsp": profile.statusAtCurrentBSP
        case "waba_id": profile.wabaID
        case "business_manager_id": profile.businessManagerID
        case "company": profile.company
        default: nil
        }
    }

    /// The output file's base name: `<company-slug>-<waba_id>`, ASCII letters, digits and dashes only.
    public var fileBaseName: String { Self.slug(profile.company) + "-" + profile.wabaID }

    /// The company part of file names: the Markdown module's slug (accents folded, one dash between
    /// words), cut at 60 characters so long names still make valid file names.
    static func slug(_ text: String) -> String {
        var slug = Slug.make(text)
        if slug.utf8.count > 60 {
            slug = String(slug.prefix(60))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "customer" : slug
    }
}

/// The process steps split into the three parts of a printed plan, by each step's phase in the rule book.
///
/// Numbers migrate one at a time (S17), so the migration phase gets one section per number. Per-number steps
/// of the preparation (turning 2FA off) keep a tick per number; the after phase forms the closing part.
public struct ChecklistPhases: Sendable {
    public let preparation: [ProcessStep]
    public let perNumber: [ProcessStep]
    public let after: [ProcessStep]

    public init(steps: [ProcessStep]) {
        preparation = steps.filter { $0.phase == .preparation }
        perNumber = steps.filter { $0.phase == .migration }
        after = steps.filter { $0.phase == .after }
    }
}
