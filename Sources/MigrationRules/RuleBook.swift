/// The migration rules, as structured values: the one source every page, checklist and diff is generated from.
///
/// The content lives in `RuleBook+<Section>.swift`, one file per section of the rules reference.
public struct RuleBook: Sendable {
    /// The rule book's version; bump it and add a `RuleBookRelease` whenever a rule changes.
    public var version: String
    /// The day this version was published: the guide's "last updated" date.
    public var date: RuleDate
    public var facts: [MigrationFact]
    public var carriedAssets: [CarriedAsset]
    public var overviewAssets: [OverviewAsset]
    public var processSteps: [ProcessStep]
    public var templateRules: [TemplateRule]
    public var billingRules: [BillingRule]
    public var limits: RuleLimits
    public var criteria: [EligibilityCriterion]
    public var ticketQuestions: [TicketQuestion]
    public var troubleshooting: [TroubleshootingEntry]
    public var glossary: [GlossaryTerm]
    /// Every version of the rule book with what it changed, newest first.
    public var releases: [RuleBookRelease]

    public init(
        version: String, date: RuleDate, facts: [MigrationFact], carriedAssets: [CarriedAsset],
        overviewAssets: [OverviewAsset], processSteps: [ProcessStep], templateRules: [TemplateRule],
        billingRules: [BillingRule], limits: RuleLimits, criteria: [EligibilityCriterion],
        ticketQuestions: [TicketQuestion], troubleshooting: [TroubleshootingEntry], glossary: [GlossaryTerm],
        releases: [RuleBookRelease]
    ) {
        self.version = version
        self.date = date
        self.facts = facts
        self.carriedAssets = carriedAssets
        self.overviewAssets = overviewAssets
        self.processSteps = processSteps
        self.templateRules = templateRules
        self.billingRules = billingRules
        self.limits = limits
        self.criteria = criteria
        self.ticketQuestions = ticketQuestions
        self.troubleshooting = troubleshooting
        self.glossary = glossary
        self.releases = releases
    }

    /// The day every fact of the current rule book was last checked against its sources.
    public static let factsCheckedOn = RuleDate(2026, 11, 25)

    /// The day the rules of the 2026-12 revision (R1–R15) were checked against Meta's and Sinch's pages.
    public static let revisionCheckedOn = RuleDate(2026, 12, 4)

    /// The rule book this build of the tool ships.
    public static let current = RuleBook(
        version: "2026.12",
        date: RuleDate(2026, 12, 4),
        facts: migrationFacts,
        carriedAssets: carriedAssets,
        overviewAssets: overviewAssets,
        processSteps: processSteps,
        templateRules: templateRules,
        billingRules: billingRules,
        limits: limits,
        criteria: criteria,
        ticketQuestions: ticketQuestions,
        troubleshooting: troubleshooting,
        glossary: glossary,
        releases: releases
    )

    /// Every rule of every section, in rule book order.
    public var allRules: [any Rule] {
        var rules: [any Rule] = []
        rules += facts as [any Rule]
        rules += carriedAssets as [any Rule]
        rules += overviewAssets as [any Rule]
        rules += processSteps as [any Rule]
        rules += templateRules as [any Rule]
        rules += billingRules as [any Rule]
        rules += limits.all as [any Rule]
        rules += criteria as [any Rule]
        rules += ticketQuestions as [any Rule]
        rules += troubleshooting as [any Rule]
        rules += glossary as [any Rule]
        return rules
    }

    /// The rule with an id, in any section.
    public func rule(id: String) -> (any Rule)? {
        allRules.first { $0.id == id }
    }

    /// A fact that code places by itself (a checklist note, a number's route), by its typed id.
    public func fact(_ id: FactID) -> MigrationFact? {
        facts.first { $0.id == id.rawValue }
    }

    /// The criterion with a fixed id.
    public func criterion(_ id: CriterionID) -> EligibilityCriterion? {
        criteria.first { $0.id == id.rawValue }
    }
}

/// The numeric limits of the platform, one named field each so code that needs one cannot miss it.
public struct RuleLimits: Sendable, Hashable {
    /// Templates a destination WABA may hold while the business is unverified.
    public var templatesUnverified: RuleLimit
    /// Templates a destination WABA may hold once verified with an approved display name.
    public var templatesVerified: RuleLimit
    /// Registration attempts allowed per number within the window below.
    public var registrationAttempts: RuleLimit
    /// The window of the attempts limit, and the length of the block once it is exceeded, in hours.
    public var registrationWindowHours: RuleLimit
    /// Digits of the two-step verification PIN used to register the number.
    public var pinDigits: RuleLimit
    /// Sinch's one-figure estimate of a migration, "about 1 to 3 hours", kept as its upper end in hours (R13).
    public var migrationHours: RuleLimit

    public init(
        templatesUnverified: RuleLimit, templatesVerified: RuleLimit, registrationAttempts: RuleLimit,
        registrationWindowHours: RuleLimit, pinDigits: RuleLimit, migrationHours: RuleLimit
    ) {
        self.templatesUnverified = templatesUnverified
        self.templatesVerified = templatesVerified
        self.registrationAttempts = registrationAttempts
        self.registrationWindowHours = registrationWindowHours
        self.pinDigits = pinDigits
        self.migrationHours = migrationHours
    }

    public var all: [RuleLimit] {
        [templatesUnverified, templatesVerified, registrationAttempts, registrationWindowHours, pinDigits,
         migrationHours]
    }
}
