import MigrationRules
import Checklists
import Profiles
import Testing
import TestSupport

@Suite("Checklist evaluation")
struct ChecklistEvaluationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let yaml: String
        let criterion: CriterionID
        let status: CriterionStatus
        let verdict: EligibilityVerdict
        var testDescription: String { "\(criterion.rawValue) → \(status.rawValue)" }
    }

    static let cases: [Case] = [
        Case(yaml: ChecklistFixtures.yaml(), criterion: .numberTwoFactorDisabled, status: .met, verdict: .ready),
        Case(yaml: ChecklistFixtures.yaml(twoFactor: "enabled"), criterion: .numberTwoFactorDisabled, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(twoFactor: "unknown"), criterion: .numberTwoFactorDisabled, status: .unknown, verdict: .incomplete),
        Case(yaml: ChecklistFixtures.yaml(businessVerification: "pending"), criterion: .sourceBusinessVerification, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(businessVerification: "rejected"), criterion: .sourceBusinessVerification, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(accountReview: "unknown"), criterion: .sourceAccountReview, status: .unknown, verdict: .incomplete),
        Case(yaml: ChecklistFixtures.yaml(displayName: "pending"), criterion: .numberDisplayNameApproved, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(kind: "business_app"), criterion: .numberEligibleKind, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(kind: "test"), criterion: .numberEligibleKind, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(codeDelivery: "voice"), criterion: .numberCodeDelivery, status: .met, verdict: .ready),
        Case(yaml: ChecklistFixtures.yaml(codeDelivery: "unreachable"), criterion: .numberCodeDelivery, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(payment: "false"), criterion: .destinationPaymentMethod, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(webhook: "unknown"), criterion: .destinationWebhookSubscription, status: .unknown, verdict: .incomplete),
        Case(yaml: ChecklistFixtures.yaml(sameBusiness: "false"), criterion: .destinationSameBusiness, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(destinationVerification: "approved"), criterion: .destinationVerificationAndReview, status: .met, verdict: .ready),
        Case(yaml: ChecklistFixtures.yaml(destinationVerification: "rejected"), criterion: .destinationVerificationAndReview, status: .unmet, verdict: .blocked),
        Case(yaml: ChecklistFixtures.yaml(destinationVerification: "unknown"), criterion: .destinationVerificationAndReview, status: .unknown, verdict: .incomplete),
        Case(
            yaml: ChecklistFixtures.yaml().replacingOccurrences(of: "business_verification: approved\n", with: ""),
            criterion: .sourceBusinessVerification, status: .unknown, verdict: .incomplete),
    ]

    @Test("Each fact gives the contract's status and verdict", arguments: cases)
    func evaluates(_ testCase: Case) throws {
        let checklist = Checklist(profile: try ChecklistFixtures.profile(testCase.yaml).get(), rules: .current)
        let result = try #require(checklist.evaluation.results.first { $0.criterion.id == testCase.criterion.rawValue })
        #expect(result.status == testCase.status)
        #expect(checklist.verdict == testCase.verdict)
        #expect(checklist.blockers.count == checklist.evaluation.results.filter { $0.status == .unmet }.count)
    }

    @Test("Per-number criteria are evaluated once per number, with the number")
    func perNumber() throws {
        let profile = try ChecklistFixtures.example("blocked-customer.yaml")
        let checklist = Checklist(profile: profile, rules: .current)
        let twoFactor = checklist.evaluation.results.filter { $0.criterion.id == CriterionID.numberTwoFactorDisabled.rawValue }
        #expect(twoFactor.map(\.number) == ["+5521998765432", "+525512345678"])
        #expect(checklist.verdict == .blocked)
    }

    @Test("A remedy names the profile's BSP and the number, in the checklist's language")
    func remedyFilled() throws {
        let profile = try ChecklistFixtures.example("padaria-sao-joao.yaml")
        let json = ChecklistJSONRenderer().render(Checklist(profile: profile, language: .en, rules: .current), texts: ChecklistRuleTexts(language: .en, rules: .current))
        #expect(json.contains("Ask Twilio to turn off two-step verification (2FA) for the number +5511912345678."))
        let portuguese = ChecklistJSONRenderer().render(Checklist(profile: profile, rules: .current), texts: ChecklistRuleTexts(language: .ptBR, rules: .current))
        #expect(portuguese.contains("Peça que Twilio desative a verificação em duas etapas (2FA) do número +5511912345678."))
    }

    @Test("Without a BSP name the remedy says 'your current BSP' in each language", arguments: [
        (Language.en, "Ask your current BSP to turn off"),
        (Language.ptBR, "Peça que seu BSP atual desative"),
        (Language.es, "Pida a su BSP actual que desactive"),
    ])
    func remedyWithoutBSP(language: Language, expected: String) throws {
        let profile = try ChecklistFixtures.profile(ChecklistFixtures.yaml(twoFactor: "enabled")).get()
        let json = ChecklistJSONRenderer().render(Checklist(profile: profile, language: language, rules: .current), texts: ChecklistRuleTexts(language: language, rules: .current))
        #expect(json.contains(expected))
    }

    @Test("Templates split by status and quality, and the limit depends on verification")
    func templatePlan() throws {
        let checklist = Checklist(profile: try ChecklistFixtures.example("padaria-sao-joao.yaml"), rules: .current)
        #expect(checklist.templatePlan.migrating.map(\.name) == ["pedido_confirmado"])
        #expect(checklist.templatePlan.notMigrating.map(\.template.name) == ["pedido_saiu_para_entrega", "promocao_semana"])
        #expect(checklist.templatePlan.notMigrating.map(\.reason) == [.quality, .status])
        #expect(checklist.templatePlan.uncertain.map(\.name) == ["pesquisa_satisfacao"])
        #expect(checklist.templatePlan.limit == 6000)
        let blocked = Checklist(profile: try ChecklistFixtures.example("blocked-customer.yaml"), rules: .current)
        #expect(blocked.templatePlan.limit == 250)
    }

    @Test("Brazilian numbers get the ninth-digit note and on-premises the end-of-life note")
    func notes() throws {
        let brazilian = ChecklistJSONRenderer().render(
            Checklist(profile: try ChecklistFixtures.example("padaria-sao-joao.yaml"), rules: .current), texts: ChecklistRuleTexts(language: .ptBR, rules: .current))
        #expect(brazilian.contains("\"id\" : \"fact.brazilian-ninth-digit\""))
        #expect(!brazilian.contains("fact.cloud-api-only"))
        let onPremises = ChecklistJSONRenderer().render(
            Checklist(profile: try ChecklistFixtures.example("munoz-hijos.yaml"), rules: .current), texts: ChecklistRuleTexts(language: .es, rules: .current))
        #expect(onPremises.contains("\"id\" : \"fact.cloud-api-only\""))
        #expect(!onPremises.contains("fact.brazilian-ninth-digit"))
    }

    @Test("File names are ASCII letters, digits and dashes whatever the company", arguments: [
        ("Padaria São João Ltda.", "padaria-sao-joao-ltda-1"),
        ("<script>alert(1)</script>", "script-alert-1-script-1"),
        ("Muñoz & Hijos", "munoz-hijos-1"),
        ("../../etc/passwd", "etc-passwd-1"),
        ("株式会社", "customer-1"),
    ])
    func fileNames(company: String, expected: String) {
        let profile = CustomerProfile(company: company, businessManagerID: "2", wabaID: "1", numbers: [NumberProfile(phone: "+5511912345678")])
        #expect(Checklist(profile: profile, rules: .current).fileBaseName == expected)
    }
}
