import MigrationRules
import RuleDiff
import Testing

@Suite("Fingerprints")
struct FingerprintTests {
    @Test("a reworded translation keeps its fingerprint")
    func translationRewordingKeepsFingerprint() throws {
        let first = try Fixtures.diffCurrent { book in book.facts[0] = book.facts[0].with(text: book.facts[0].text.amended(in: [.en], with: " One wording.")) }
        let second = try Fixtures.diffCurrent { book in book.facts[0] = book.facts[0].with(text: book.facts[0].text.amended(in: [.en], with: " Another, longer wording.")) }
        #expect(first.changes.map(\.fingerprint) == second.changes.map(\.fingerprint))
        #expect(first.changes.map(\.texts) != second.changes.map(\.texts))
    }

    @Test("an added criterion keeps its fingerprint whatever its text says")
    func addedCriterionFingerprintIgnoresText() throws {
        func adding(_ suffix: String) throws -> [String] {
            try Fixtures.diffCurrent { book in
                let template = book.criteria[0]
                book.criteria.append(
                    template.with(
                        provenance: template.provenance.with(id: "source.extra"),
                        requirement: template.requirement.amended(in: Set(Language.allCases), with: suffix)))
            }.changes.map(\.fingerprint)
        }
        #expect(try adding(" A.") == ["criterion-added:source.extra"])
        #expect(try adding(" B, rewritten in every language.") == ["criterion-added:source.extra"])
    }

    @Test("a fingerprint is made of the check, the rule id, the field and the detail")
    func fingerprintParts() {
        let change = RuleChange(
            check: .allowedValueRemoved, ruleID: "number.code-delivery", section: "criteria", field: "met_values", detail: "voice",
            summary: "Any text at all.", texts: [TextChange(language: .en, before: "a", after: "b")])
        #expect(change.fingerprint == "allowed-value-removed:number.code-delivery:met_values:voice")
    }

    @Test("the stale languages are part of a translation-stale fingerprint")
    func staleLanguagesInFingerprint() throws {
        let english = try Fixtures.diffCurrent { book in book.facts[0] = book.facts[0].with(text: book.facts[0].text.amended(in: [.en])) }
        let spanish = try Fixtures.diffCurrent { book in book.facts[0] = book.facts[0].with(text: book.facts[0].text.amended(in: [.es])) }
        #expect(english.changes.map(\.fingerprint) == ["translation-stale:fact.number-can-move:text:en"])
        #expect(spanish.changes.map(\.fingerprint) == ["translation-stale:fact.number-can-move:text:es"])
    }
}
