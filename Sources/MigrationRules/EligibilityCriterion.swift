/// A condition that must hold before a number can be migrated, and how to fix it when it does not.
///
/// Criteria are data: the profile fact they read and the values that meet or fail them. The evaluation
/// in `RuleBook+Evaluation.swift` is one generic function over that data, so changing what is allowed
/// is a change to the rule book alone, and a rule diff can see it.
public struct EligibilityCriterion: Rule, Hashable {
    /// Which side of the migration a criterion is about.
    public enum Scope: String, CaseIterable, Sendable, Codable, Hashable {
        /// The current WABA and its business.
        case source
        /// Each phone number, evaluated once per number.
        case number
        /// The destination WABA.
        case destination
    }

    public let provenance: RuleProvenance
    public let scope: Scope
    /// The profile fact the criterion reads.
    public let fact: ProfileFact
    /// Values of `fact` that meet the criterion.
    public let metValues: [String]
    /// Values of `fact` that fail it; any other value (or a missing one) leaves it unknown.
    public let unmetValues: [String]
    /// Who must act to fix an unmet criterion.
    public let responsible: Actor
    /// The condition, as a checklist line.
    public let requirement: Localized
    /// What to do when it is not met. May use `{current_bsp}`, `{number}` and `{company}`.
    public let remedy: Localized

    public init(
        _ provenance: RuleProvenance, scope: Scope, fact: ProfileFact, metValues: [String], unmetValues: [String],
        responsible: Actor, requirement: Localized, remedy: Localized
    ) {
        self.provenance = provenance
        self.scope = scope
        self.fact = fact
        self.metValues = metValues
        self.unmetValues = unmetValues
        self.responsible = responsible
        self.requirement = requirement
        self.remedy = remedy
    }

    public var localizedFields: [(name: String, text: Localized)] {
        [("requirement", requirement), ("remedy", remedy)]
    }
}

/// The ids of the eligibility criteria. Fixed: checklists, JSON output and CI diffs refer to them.
public enum CriterionID: String, CaseIterable, Sendable, Codable, Hashable {
    case sourceBusinessVerification = "source.business-verification"
    case sourceAccountReview = "source.account-review"
    case numberTwoFactorDisabled = "number.two-factor-disabled"
    case numberDisplayNameApproved = "number.display-name-approved"
    case numberEligibleKind = "number.eligible-kind"
    case numberCodeDelivery = "number.code-delivery"
    case destinationPaymentMethod = "destination.payment-method"
    case destinationWebhookSubscription = "destination.webhook-subscription"
    case destinationSameBusiness = "destination.same-business"
    case destinationVerificationAndReview = "destination.verification-and-review"
}

/// A fact of the customer profile that a criterion can read, named by its profile key.
public enum ProfileFact: String, CaseIterable, Sendable, Codable, Hashable {
    case businessVerification = "business_verification"
    case accountReview = "account_review"
    case twoFactor = "numbers[].two_factor"
    case displayNameStatus = "numbers[].display_name_status"
    case numberKind = "numbers[].kind"
    case codeDelivery = "numbers[].code_delivery"
    case paymentMethod = "destination.payment_method"
    case webhookSubscription = "destination.webhook_subscription"
    case sameBusiness = "destination.same_business"
    /// Business verification and WABA review of the destination WABA, as one Meta status (R5).
    case destinationVerification = "destination.verification"

    /// True for facts read once per phone number.
    public var isPerNumber: Bool { rawValue.hasPrefix("numbers[].") }
}

extension EligibilityCriterion {
    /// Wording for the remedy's placeholders when no customer is known, as on the public guide:
    /// "peça ao seu BSP atual… do número em questão".
    public static let genericPlaceholders: [String: Localized] = [
        "current_bsp": Localized(ptBR: "seu BSP atual", en: "your current BSP", es: "su BSP actual"),
        "number": Localized(ptBR: "em questão", en: "in question", es: "en cuestión"),
        "company": Localized(ptBR: "sua empresa", en: "your company", es: "su empresa"),
    ]

    /// The remedy with its placeholders in general words, for pages that address every customer.
    public var genericRemedy: Localized { remedy.filling(Self.genericPlaceholders) }
}
