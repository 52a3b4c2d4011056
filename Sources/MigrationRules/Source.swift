/// A document a rule's facts come from.
///
/// The keys match `rules-reference.md`, so a reviewer can trace every rule to the page that states it.
public enum Source: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case seed = "SEED"
    case metaAPI = "META-API"
    case metaEmbeddedSignup = "META-ES"
    case metaTemplates = "META-TPL"
    case metaErrors = "META-ERR"
    case metaRegistration = "META-REG"
    case metaTwoStep = "META-2FA"
    case providerDocs = "BSP-DOCS"
    case metaOnBehalfOf = "META-OBO"
    case metaLimits = "META-LIM"
    case metaBusinessSuite = "META-MBS"
    case metaPricing = "META-PRICE"
    case sinchPartnerInitiated = "SINCH-PI"
    case metaCoexistence = "META-COEX"
    case sinchCoexistence = "SINCH-COEX"

    /// The title of the cited page.
    public var title: String {
        switch self {
        case .seed: "Sinch Help Center: Migração de número"
        case .metaAPI: "Meta for Developers: Migrating phone numbers among solution partners programmatically"
        case .metaEmbeddedSignup: "Meta for Developers: Migrating phone numbers among solution partners via Embedded Signup"
        case .metaTemplates: "Meta for Developers: Template migration; Templates overview"
        case .metaErrors: "Meta for Developers: Error codes"
        case .metaRegistration: "Meta for Developers: Cloud API reference, Registration"
        case .metaTwoStep: "Meta for Developers: Two-step verification"
        case .providerDocs: "Public migration guides of other providers (360dialog, Bird, Blip)"
        case .metaOnBehalfOf: "Meta for Developers: On-Behalf-Of account ownership model deprecation"
        case .metaLimits: "Meta for Developers: Messaging limits; Upcoming changes to messaging limits"
        case .metaBusinessSuite: "Meta for Developers: Migrating a WABA from one Multi-Partner Solution to another via Meta Business Suite"
        case .metaPricing: "Meta pricing updates (per-message pricing from 2025-07-01), as published by AWS End User Messaging Social and Vonage"
        case .sinchPartnerInitiated: "Sinch developer docs: Partner-initiated WABA and Sender Creation"
        case .metaCoexistence: "Meta for Developers: Onboard WhatsApp Business app users"
        case .sinchCoexistence: "Sinch developer docs: WhatsApp Business App coexistence"
        }
    }

    public static func < (lhs: Source, rhs: Source) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A fact of the rules reference (`S1`–`S33` from the seed, `M1`–`M17` from Meta and providers, `R1`–`R15` from
/// the 2026-12 revision, which wins where it contradicts an older fact).
///
/// Rules name the facts they encode, so coverage of the reference is data that a test can check.
public enum FactKey: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case s1 = "S1", s2 = "S2", s3 = "S3", s4 = "S4", s5 = "S5", s6 = "S6", s7 = "S7", s8 = "S8", s9 = "S9"
    case s10 = "S10", s11 = "S11", s12 = "S12", s13 = "S13", s14 = "S14", s15 = "S15", s16 = "S16", s17 = "S17"
    case s18 = "S18", s19 = "S19", s20 = "S20", s21 = "S21", s22 = "S22", s23 = "S23", s24 = "S24", s25 = "S25"
    case s26 = "S26", s27 = "S27", s28 = "S28", s29 = "S29", s30 = "S30", s31 = "S31", s32 = "S32", s33 = "S33"
    case m1 = "M1", m2 = "M2", m3 = "M3", m4 = "M4", m5 = "M5", m6 = "M6", m7 = "M7", m8 = "M8", m9 = "M9"
    case m10 = "M10", m11 = "M11", m12 = "M12", m13 = "M13", m14 = "M14", m15 = "M15", m16 = "M16", m17 = "M17"
    case r1 = "R1", r2 = "R2", r3 = "R3", r4 = "R4", r5 = "R5", r6 = "R6", r7 = "R7", r8 = "R8", r9 = "R9"
    case r10 = "R10", r11 = "R11", r12 = "R12", r13 = "R13", r14 = "R14", r15 = "R15"

    /// The revision fact that retired this one whole, so no rule may encode it any more. Only M5 is retired
    /// outright (by R1): M12, S6 and S14–S16 are refined, and the rules citing them now cite their R fact too.
    public var replacedBy: FactKey? {
        self == .m5 ? .r1 : nil
    }

    public static func < (lhs: FactKey, rhs: FactKey) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
