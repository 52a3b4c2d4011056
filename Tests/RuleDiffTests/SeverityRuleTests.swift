import MigrationRules
import RuleDiff
import Testing

/// One change to the real rule book and the checks it must produce.
struct SeverityCase: Sendable, CustomTestStringConvertible {
    let name: String
    let severity: Severity
    let checks: [CheckID]
    let change: @Sendable (inout RuleBook) -> Void

    var testDescription: String { name }
}

private func replaceCriterion(_ id: CriterionID, in book: inout RuleBook, _ transform: (EligibilityCriterion) -> EligibilityCriterion) {
    book.criteria = book.criteria.map { $0.id == id.rawValue ? transform($0) : $0 }
}

private func replaceAsset(_ id: String, in book: inout RuleBook, _ transform: (CarriedAsset) -> CarriedAsset?) {
    book.carriedAssets = book.carriedAssets.compactMap { $0.id == id ? transform($0) : $0 }
}

private func replaceFirstFact(in book: inout RuleBook, _ transform: (MigrationFact) -> MigrationFact) {
    book.facts[0] = transform(book.facts[0])
}

@Suite("Severity rules, seen from the customer's side")
struct SeverityRuleTests {
    static let cases: [SeverityCase] = [
        // Breaking: eligibility narrows, something kept is lost, an id disappears.
        SeverityCase(name: "a criterion added is breaking", severity: .breaking, checks: [.criterionAdded]) { book in
            let template = book.criteria[0]
            book.criteria.append(template.with(provenance: template.provenance.with(id: "source.new-requirement"), fact: .sameBusiness))
        },
        SeverityCase(name: "a limit lowered where higher is wider is breaking", severity: .breaking, checks: [.limitNarrowed]) { book in
            book.limits.templatesUnverified = book.limits.templatesUnverified.with(value: 100)
        },
        SeverityCase(name: "a limit raised where lower is wider is breaking", severity: .breaking, checks: [.limitNarrowed]) { book in
            book.limits.registrationWindowHours = book.limits.registrationWindowHours.with(value: 96)
        },
        SeverityCase(name: "an allowed value removed is breaking", severity: .breaking, checks: [.allowedValueRemoved]) { book in
            replaceCriterion(.numberCodeDelivery, in: &book) { $0.with(metValues: ["sms"]) }
        },
        SeverityCase(name: "a kept asset no longer kept is breaking", severity: .breaking, checks: [.keptAssetRemoved]) { book in
            replaceAsset("kept.display-name", in: &book) { $0.with(kept: false) }
        },
        SeverityCase(name: "a kept asset removed is breaking", severity: .breaking, checks: [.keptAssetRemoved]) { book in
            replaceAsset("kept.display-name", in: &book) { _ in nil }
        },
        SeverityCase(name: "a rule removed is breaking", severity: .breaking, checks: [.ruleRemoved]) { book in
            book.glossary.removeLast()
        },
        SeverityCase(name: "a criterion removed is breaking (its fixed id disappears)", severity: .breaking, checks: [.criterionRemoved]) { book in
            book.criteria.removeLast()
        },
        SeverityCase(name: "a rule renamed is breaking", severity: .breaking, checks: [.ruleRenamed]) { book in
            replaceFirstFact(in: &book) { $0.with(provenance: $0.provenance.with(id: "fact.renamed")) }
        },
        // Warning: a translation may be stale; the effect on eligibility cannot be told.
        SeverityCase(name: "one language changed is a warning", severity: .warning, checks: [.translationStale]) { book in
            replaceFirstFact(in: &book) { $0.with(text: $0.text.amended(in: [.en])) }
        },
        SeverityCase(name: "two languages changed is a warning", severity: .warning, checks: [.translationStale]) { book in
            replaceFirstFact(in: &book) { $0.with(text: $0.text.amended(in: [.ptBR, .es])) }
        },
        SeverityCase(name: "a criterion's scope changed is a warning", severity: .warning, checks: [.criterionScopeChanged]) { book in
            replaceCriterion(.destinationPaymentMethod, in: &book) { $0.with(scope: .source) }
        },
        SeverityCase(name: "a criterion's fact changed is a warning", severity: .warning, checks: [.criterionFactChanged]) { book in
            replaceCriterion(.destinationPaymentMethod, in: &book) { $0.with(fact: .webhookSubscription) }
        },
        SeverityCase(name: "a criterion's failing values changed is a warning", severity: .warning, checks: [.failingValuesChanged]) { book in
            replaceCriterion(.numberTwoFactorDisabled, in: &book) { $0.with(unmetValues: ["enabled", "unknown"]) }
        },
        SeverityCase(name: "a limit whose direction changed too is a warning", severity: .warning, checks: [.valueChanged, .valueChanged]) { book in
            book.limits.pinDigits = book.limits.pinDigits.with(value: 8, direction: .higherIsWider)
        },
        // Info: eligibility widens, something added takes nothing away, every language reworded, sources, dates.
        SeverityCase(name: "an allowed value added is info", severity: .info, checks: [.allowedValueAdded]) { book in
            replaceCriterion(.numberCodeDelivery, in: &book) { $0.with(metValues: ["sms", "voice", "whatsapp"]) }
        },
        SeverityCase(name: "a limit raised where higher is wider is info", severity: .info, checks: [.limitWidened]) { book in
            book.limits.templatesVerified = book.limits.templatesVerified.with(value: 8000)
        },
        SeverityCase(name: "a limit lowered where lower is wider is info", severity: .info, checks: [.limitWidened]) { book in
            book.limits.migrationHours = book.limits.migrationHours.with(value: 2)
        },
        SeverityCase(name: "a rule added is info", severity: .info, checks: [.ruleAdded]) { book in
            let fact = book.facts[0]
            book.facts.append(fact.with(provenance: fact.provenance.with(id: "fact.new"), text: fact.text.amended(in: Set(Language.allCases))))
        },
        SeverityCase(name: "a kept asset added is info", severity: .info, checks: [.keptAssetAdded]) { book in
            replaceAsset("lost.catalogs", in: &book) { $0.with(kept: true) }
        },
        SeverityCase(name: "every language changed is info", severity: .info, checks: [.textChanged]) { book in
            replaceFirstFact(in: &book) { $0.with(text: $0.text.amended(in: Set(Language.allCases))) }
        },
        SeverityCase(name: "sources changed is info", severity: .info, checks: [.sourcesChanged]) { book in
            replaceFirstFact(in: &book) { $0.with(provenance: $0.provenance.with(sources: [.seed, .metaAPI])) }
        },
        SeverityCase(name: "a last-checked date changed is info", severity: .info, checks: [.dateChanged]) { book in
            replaceFirstFact(in: &book) { $0.with(provenance: $0.provenance.with(lastChecked: RuleDate(2027, 1, 5))) }
        },
        SeverityCase(name: "the rule book version and date changed is info", severity: .info, checks: [.versionChanged, .dateChanged]) { book in
            book.version = "1.0.1"
            book.date = RuleDate(2027, 1, 5)
        },
    ]

    @Test("a change to the rule book gets the severity its kind calls for", arguments: cases)
    func severity(of testCase: SeverityCase) throws {
        let changes = try Fixtures.diffCurrent(changing: testCase.change).changes
        #expect(changes.map(\.check) == testCase.checks)
        #expect(changes.allSatisfy { $0.severity == testCase.severity })
    }

    @Test("the fail threshold counts a change at or above it and never an accepted one", arguments: FailThreshold.allCases)
    func threshold(_ threshold: FailThreshold) throws {
        let changes = try Fixtures.pairDiff()
        let expected = changes.changes.filter { change in threshold.minimumSeverity.map { change.severity >= $0 } ?? false }
        #expect(changes.failures(at: threshold).map(\.fingerprint) == expected.map(\.fingerprint))
        let everything = AcceptedChanges(entries: changes.changes.map { AcceptedChange(fingerprint: $0.fingerprint, reason: "reviewed") })
        #expect(changes.accepting(everything).failures(at: threshold).isEmpty)
    }
}
