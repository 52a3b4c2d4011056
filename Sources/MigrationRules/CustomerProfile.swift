/// What is known about one customer who wants to migrate: the input of a checklist.
///
/// Every fact that may be missing has an `unknown` case: a missing fact is reported as unknown, never guessed.
public struct CustomerProfile: Sendable, Hashable {
    public var company: String
    public var language: Language
    public var currentBSP: String?
    public var businessManagerID: String
    public var wabaID: String
    public var businessVerification: ReviewStatus
    public var accountReview: ReviewStatus
    public var infrastructure: Infrastructure
    public var statusAtCurrentBSP: String?
    /// The scheduled migration window as the customer wrote it (ISO 8601 with offset).
    public var scheduledFor: String?
    public var destination: DestinationProfile
    public var numbers: [NumberProfile]
    public var templates: [TemplateProfile]

    public init(
        company: String, language: Language = .ptBR, currentBSP: String? = nil, businessManagerID: String,
        wabaID: String, businessVerification: ReviewStatus = .unknown, accountReview: ReviewStatus = .unknown,
        infrastructure: Infrastructure = .unknown, statusAtCurrentBSP: String? = nil, scheduledFor: String? = nil,
        destination: DestinationProfile = DestinationProfile(), numbers: [NumberProfile],
        templates: [TemplateProfile] = []
    ) {
        self.company = company
        self.language = language
        self.currentBSP = currentBSP
        self.businessManagerID = businessManagerID
        self.wabaID = wabaID
        self.businessVerification = businessVerification
        self.accountReview = accountReview
        self.infrastructure = infrastructure
        self.statusAtCurrentBSP = statusAtCurrentBSP
        self.scheduledFor = scheduledFor
        self.destination = destination
        self.numbers = numbers
        self.templates = templates
    }

    /// The value of a business-level fact as its profile text (`approved`, `true`, `unknown`, ...).
    public func value(of fact: ProfileFact) -> String? {
        switch fact {
        case .businessVerification: businessVerification.rawValue
        case .accountReview: accountReview.rawValue
        case .paymentMethod: destination.paymentMethod.rawValue
        case .webhookSubscription: destination.webhookSubscription.rawValue
        case .sameBusiness: destination.sameBusiness.rawValue
        case .destinationVerification: destination.verification.rawValue
        case .twoFactor, .displayNameStatus, .numberKind, .codeDelivery: nil
        }
    }
}

/// The destination WABA's side of the migration.
public struct DestinationProfile: Sendable, Hashable {
    public var paymentMethod: KnownFlag
    public var webhookSubscription: KnownFlag
    public var sameBusiness: KnownFlag
    /// Business verification and WABA review of the destination WABA: Meta checks the destination side too (R5).
    public var verification: ReviewStatus

    public init(
        paymentMethod: KnownFlag = .unknown, webhookSubscription: KnownFlag = .unknown, sameBusiness: KnownFlag = .unknown,
        verification: ReviewStatus = .unknown
    ) {
        self.paymentMethod = paymentMethod
        self.webhookSubscription = webhookSubscription
        self.sameBusiness = sameBusiness
        self.verification = verification
    }
}

/// One phone number to migrate.
public struct NumberProfile: Sendable, Hashable {
    /// The number in E.164 (`+5511912345678`).
    public var phone: String
    public var displayName: String?
    public var displayNameStatus: ReviewStatus
    public var twoFactor: TwoFactorState
    public var codeDelivery: CodeDelivery
    public var kind: NumberKind

    public init(
        phone: String, displayName: String? = nil, displayNameStatus: ReviewStatus = .unknown,
        twoFactor: TwoFactorState = .unknown, codeDelivery: CodeDelivery = .unknown, kind: NumberKind = .unknown
    ) {
        self.phone = phone
        self.displayName = displayName
        self.displayNameStatus = displayNameStatus
        self.twoFactor = twoFactor
        self.codeDelivery = codeDelivery
        self.kind = kind
    }

    /// The value of a per-number fact as its profile text.
    public func value(of fact: ProfileFact) -> String? {
        switch fact {
        case .twoFactor: twoFactor.rawValue
        case .displayNameStatus: displayNameStatus.rawValue
        case .numberKind: kind.rawValue
        case .codeDelivery: codeDelivery.rawValue
        case .businessVerification, .accountReview, .paymentMethod, .webhookSubscription, .sameBusiness,
            .destinationVerification: nil
        }
    }

    /// True for Brazilian numbers, which get the ninth-digit note.
    public var isBrazilian: Bool { phone.hasPrefix("+55") }
}

/// A message template at the current BSP.
public struct TemplateProfile: Sendable, Hashable {
    public var name: String
    public var status: TemplateStatus
    public var quality: TemplateQuality

    public init(name: String, status: TemplateStatus, quality: TemplateQuality = .unknown) {
        self.name = name
        self.status = status
        self.quality = quality
    }
}

/// The outcome of a review by Meta (business verification, account review, display name).
public enum ReviewStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case approved, pending, rejected, unknown
}

/// A yes/no fact that may not be known yet.
public enum KnownFlag: String, CaseIterable, Sendable, Codable, Hashable {
    case yes = "true"
    case no = "false"
    case unknown
}

/// Where the number is hosted at the current BSP.
public enum Infrastructure: String, CaseIterable, Sendable, Codable, Hashable {
    case cloudAPI = "cloud_api"
    case onPremises = "on_premises"
    case unknown
}

/// Whether two-step verification is on for a number.
public enum TwoFactorState: String, CaseIterable, Sendable, Codable, Hashable {
    case enabled, disabled, unknown
}

/// How the number can receive the verification code.
public enum CodeDelivery: String, CaseIterable, Sendable, Codable, Hashable {
    case sms, voice, unreachable, unknown
}

/// What kind of WhatsApp number it is; only Business Platform numbers can migrate.
public enum NumberKind: String, CaseIterable, Sendable, Codable, Hashable {
    case businessAPI = "business_api"
    case businessApp = "business_app"
    case test
    case unknown
}

/// A template's review status at the current BSP.
public enum TemplateStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case approved, pending, rejected, paused, disabled
}

/// A template's quality rating.
public enum TemplateQuality: String, CaseIterable, Sendable, Codable, Hashable {
    case high, medium, low, unknown
}
