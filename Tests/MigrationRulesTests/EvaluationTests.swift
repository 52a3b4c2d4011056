import Testing

@testable import MigrationRules

@Suite("Eligibility evaluation")
struct EvaluationTests {
    let book = RuleBook.current

    /// A profile where every criterion is met.
    static func readyProfile() -> CustomerProfile {
        CustomerProfile(
            company: "Padaria São João Ltda.", currentBSP: "Twilio", businessManagerID: "123456789012345",
            wabaID: "102938475610293", businessVerification: .approved, accountReview: .approved, infrastructure: .cloudAPI,
            destination: DestinationProfile(paymentMethod: .yes, webhookSubscription: .yes, sameBusiness: .yes, verification: .approved),
            numbers: [
                NumberProfile(
                    phone: "+5511912345678", displayName: "Padaria São João", displayNameStatus: .approved, twoFactor: .disabled,
                    codeDelivery: .sms, kind: .businessAPI)
            ])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let criterion: CriterionID
        let change: @Sendable (inout CustomerProfile) -> Void
        let expected: CriterionStatus
        let label: String
        var testDescription: String { "\(criterion.rawValue) \(label) → \(expected.rawValue)" }
    }

    static let cases: [Case] = [
        Case(criterion: .sourceBusinessVerification, change: { $0.businessVerification = .approved }, expected: .met, label: "approved"),
        Case(criterion: .sourceBusinessVerification, change: { $0.businessVerification = .pending }, expected: .unmet, label: "pending"),
        Case(criterion: .sourceBusinessVerification, change: { $0.businessVerification = .rejected }, expected: .unmet, label: "rejected"),
        Case(criterion: .sourceBusinessVerification, change: { $0.businessVerification = .unknown }, expected: .unknown, label: "unknown"),
        Case(criterion: .sourceAccountReview, change: { $0.accountReview = .approved }, expected: .met, label: "approved"),
        Case(criterion: .sourceAccountReview, change: { $0.accountReview = .rejected }, expected: .unmet, label: "rejected"),
        Case(criterion: .sourceAccountReview, change: { $0.accountReview = .unknown }, expected: .unknown, label: "unknown"),
        Case(criterion: .numberTwoFactorDisabled, change: { $0.numbers[0].twoFactor = .disabled }, expected: .met, label: "disabled"),
        Case(criterion: .numberTwoFactorDisabled, change: { $0.numbers[0].twoFactor = .enabled }, expected: .unmet, label: "enabled"),
        Case(criterion: .numberTwoFactorDisabled, change: { $0.numbers[0].twoFactor = .unknown }, expected: .unknown, label: "unknown"),
        Case(criterion: .numberDisplayNameApproved, change: { $0.numbers[0].displayNameStatus = .approved }, expected: .met, label: "approved"),
        Case(criterion: .numberDisplayNameApproved, change: { $0.numbers[0].displayNameStatus = .pending }, expected: .unmet, label: "pending"),
        Case(criterion: .numberDisplayNameApproved, change: { $0.numbers[0].displayNameStatus = .unknown }, expected: .unknown, label: "unknown"),
        Case(criterion: .numberEligibleKind, change: { $0.numbers[0].kind = .businessAPI }, expected: .met, label: "business_api"),
        Case(criterion: .numberEligibleKind, change: { $0.numbers[0].kind = .businessApp }, expected: .unmet, label: "business_app"),
        Case(criterion: .numberEligibleKind, change: { $0.numbers[0].kind = .test }, expected: .unmet, label: "test"),
        Case(criterion: .numberEligibleKind, change: { $0.numbers[0].kind = .unknown }, expected: .unknown, label: "unknown"),
        Case(criterion: .numberCodeDelivery, change: { $0.numbers[0].codeDelivery = .sms }, expected: .met, label: "sms"),
        Case(criterion: .numberCodeDelivery, change: { $0.numbers[0].codeDelivery = .voice }, expected: .met, label: "voice"),
        Case(criterion: .numberCodeDelivery, change: { $0.numbers[0].codeDelivery = .unreachable }, expected: .unmet, label: "unreachable"),
        Case(criterion: .numberCodeDelivery, change: { $0.numbers[0].codeDelivery = .unknown }, expected: .unknown, label: "unknown"),
        Case(criterion: .destinationPaymentMethod, change: { $0.destination.paymentMethod = .yes }, expected: .met, label: "true"),
        Case(criterion: .destinationPaymentMethod, change: { $0.destination.paymentMethod = .no }, expected: .unmet, label: "false"),
        Case(criterion: .destinationPaymentMethod, change: { $0.destination.paymentMethod = .unknown }, expected: .unknown, label: "unknown"),
        Case(criterion: .destinationWebhookSubscription, change: { $0.destination.webhookSubscription = .yes }, expected: .met, label: "true"),
        Case(criterion: .destinationWebhookSubscription, change: { $0.destination.webhookSubscription = .no }, expected: .unmet, label: "false"),
        Case(criterion: .destinationWebhookSubscription, change: { $0.destination.webhookSubscription = .unknown }, expected: .unknown, label: "unknown"),
        Case(criterion: .destinationSameBusiness, change: { $0.destination.sameBusiness = .yes }, expected: .met, label: "true"),
        Case(criterion: .destinationSameBusiness, change: { $0.destination.sameBusiness = .no }, expected: .unmet, label: "false"),
        Case(criterion: .destinationSameBusiness, change: { $0.destination.sameBusiness = .unknown }, expected: .unknown, label: "unknown"),
        Case(criterion: .destinationVerificationAndReview, change: { $0.destination.verification = .approved }, expected: .met, label: "approved"),
        Case(criterion: .destinationVerificationAndReview, change: { $0.destination.verification = .pending }, expected: .unmet, label: "pending"),
        Case(criterion: .destinationVerificationAndReview, change: { $0.destination.verification = .rejected }, expected: .unmet, label: "rejected"),
        Case(criterion: .destinationVerificationAndReview, change: { $0.destination.verification = .unknown }, expected: .unknown, label: "unknown"),
    ]

    @Test("each criterion is met, unmet or unknown from its profile value", arguments: cases)
    func criterionStatus(testCase: Case) {
        var profile = Self.readyProfile()
        testCase.change(&profile)
        let results = book.evaluate(profile).results.filter { $0.criterion.id == testCase.criterion.rawValue }
        #expect(results.count == 1)
        #expect(results.first?.status == testCase.expected)
        let expectedVerdict: EligibilityVerdict =
            switch testCase.expected {
            case .met: .ready
            case .unmet: .blocked
            case .unknown: .incomplete
            }
        #expect(book.evaluate(profile).verdict == expectedVerdict)
    }

    @Test("every criterion id is covered by the cases above")
    func casesCoverEveryCriterion() {
        #expect(Set(Self.cases.map(\.criterion)) == Set(CriterionID.allCases))
    }

    @Test("per-number criteria are evaluated once for each number")
    func perNumberCriteria() {
        var profile = Self.readyProfile()
        profile.numbers.append(NumberProfile(phone: "+5511987654321", twoFactor: .enabled))
        let evaluation = book.evaluate(profile)
        #expect(evaluation.results.count == 6 + 4 * 2)
        #expect(evaluation.unmet.map(\.number) == ["+5511987654321"])
        #expect(evaluation.unmet.map(\.criterion.id) == [CriterionID.numberTwoFactorDisabled.rawValue])
        #expect(evaluation.verdict == .blocked)
    }

    @Test("unmet beats unknown in the verdict")
    func unmetBeatsUnknown() {
        var profile = Self.readyProfile()
        profile.accountReview = .unknown
        profile.destination.sameBusiness = .no
        #expect(book.evaluate(profile).verdict == .blocked)
    }
}

@Suite("Template plan")
struct TemplatePlanTests {
    let book = RuleBook.current

    @Test(
        "templates are sorted by status and quality",
        arguments: [
            (TemplateStatus.approved, TemplateQuality.high, "migrating"),
            (.approved, .medium, "quality"), (.approved, .low, "quality"), (.approved, .unknown, "uncertain"),
            (.pending, .high, "status"), (.rejected, .unknown, "status"), (.paused, .high, "status"), (.disabled, .low, "status"),
        ])
    func templateOutcome(status: TemplateStatus, quality: TemplateQuality, outcome: String) {
        var profile = EvaluationTests.readyProfile()
        profile.templates = [TemplateProfile(name: "pedido_confirmado", status: status, quality: quality)]
        let plan = book.templatePlan(for: profile)
        switch outcome {
        case "migrating": #expect(plan.migrating.count == 1)
        case "uncertain": #expect(plan.uncertain.count == 1)
        default: #expect(plan.notMigrating.map(\.reason.rawValue) == [outcome])
        }
    }

    @Test("the limit is 6,000 only when verified with every display name approved")
    func limitDependsOnVerification() {
        var profile = EvaluationTests.readyProfile()
        #expect(book.templatePlan(for: profile).limit == 6_000)
        profile.numbers[0].displayNameStatus = .pending
        #expect(book.templatePlan(for: profile).limit == 250)
        profile = EvaluationTests.readyProfile()
        profile.businessVerification = .unknown
        #expect(book.templatePlan(for: profile).limit == 250)
    }

    @Test("templates over the limit are counted")
    func overLimit() {
        var profile = EvaluationTests.readyProfile()
        profile.businessVerification = .pending
        profile.templates = (0..<260).map { TemplateProfile(name: "t\($0)", status: .approved, quality: .high) }
        let plan = book.templatePlan(for: profile)
        #expect(plan.limit == 250)
        #expect(plan.overLimitBy == 10)
    }
}
