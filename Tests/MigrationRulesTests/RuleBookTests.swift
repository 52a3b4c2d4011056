import Testing

@testable import MigrationRules

@Suite("Rule book content")
struct RuleBookTests {
    let book = RuleBook.current

    @Test("rule ids are unique")
    func idsAreUnique() {
        let ids = book.allRules.map(\.id)
        let duplicates = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(duplicates.isEmpty, "Duplicate ids: \(duplicates)")
    }

    @Test("rule ids are a lowercase section prefix and kebab-case words")
    func idsAreWellFormed() {
        for rule in book.allRules {
            let parts = rule.id.split(separator: ".", omittingEmptySubsequences: false)
            let wellFormed =
                parts.count == 2
                && parts.allSatisfy { part in
                    !part.isEmpty && !part.hasPrefix("-") && !part.hasSuffix("-") && !part.contains("--")
                        && part.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
                }
            #expect(wellFormed, "\(rule.id) is not of the form section.kebab-case")
        }
    }

    @Test("every section prefix matches the section the rule lives in")
    func prefixesMatchSections() {
        let expected: [(prefixes: Set<String>, rules: [any Rule])] = [
            (["fact"], book.facts), (["kept", "lost"], book.carriedAssets), (["asset"], book.overviewAssets),
            (["step"], book.processSteps), (["template"], book.templateRules), (["billing"], book.billingRules),
            (["limit"], book.limits.all), (["source", "number", "destination"], book.criteria),
            (["ticket"], book.ticketQuestions), (["trouble"], book.troubleshooting), (["glossary"], book.glossary),
        ]
        for (prefixes, rules) in expected {
            for rule in rules {
                let prefix = String(rule.id.prefix(while: { $0 != "." }))
                #expect(prefixes.contains(prefix), "\(rule.id) should start with one of \(prefixes.sorted())")
            }
        }
    }

    @Test("the nine eligibility criteria have their fixed ids, in order")
    func criterionIDs() {
        #expect(book.criteria.map(\.id) == CriterionID.allCases.map(\.rawValue))
    }

    @Test("kept assets cover S4 to S8 and are marked kept")
    func keptAssets() {
        let keptFacts = Set(book.carriedAssets.filter(\.kept).flatMap(\.provenance.facts))
        #expect(keptFacts.isSuperset(of: [.s4, .s5, .s6, .s7, .s8]))
    }

    @Test("every live fact of the reference (S1 to S33, M1 to M17, R1 to R15) is encoded, and no retired one (M5, replaced by R1)")
    func everyFactIsCovered() {
        let covered = Set(book.allRules.flatMap(\.provenance.facts))
        let missing = FactKey.allCases.filter { $0.replacedBy == nil && !covered.contains($0) }
        #expect(missing.isEmpty, "Facts no rule encodes: \(missing.map(\.rawValue))")
        let retired = FactKey.allCases.filter { $0.replacedBy != nil && covered.contains($0) }
        #expect(retired.isEmpty, "Retired facts still encoded: \(retired.map(\.rawValue))")
        #expect(FactKey.allCases.count == 33 + 17 + 15)
    }

    @Test("every rule has a source and a last-checked date no later than the rule book's")
    func sourcesAndDates() {
        for rule in book.allRules {
            #expect(!rule.provenance.sources.isEmpty, "\(rule.id) has no source")
            #expect(rule.provenance.lastChecked <= book.date, "\(rule.id) was checked after the rule book's date")
            #expect(rule.provenance.lastChecked >= RuleDate(2026, 1, 1), "\(rule.id) has an implausible date")
        }
    }

    @Test("rules drawn from Meta cite a Meta source and seed facts cite the seed")
    func sourcesMatchFacts() {
        for rule in book.allRules {
            let facts = rule.provenance.facts
            if facts.contains(where: { $0.rawValue.hasPrefix("S") }) {
                #expect(rule.provenance.sources.contains(.seed), "\(rule.id) encodes a seed fact but does not cite the seed")
            }
            if facts.contains(where: { $0.rawValue.hasPrefix("M") }) {
                #expect(rule.provenance.sources.contains { $0 != .seed }, "\(rule.id) encodes a Meta fact but cites only the seed")
            }
        }
    }

    @Test("no text is empty or padded in any language")
    func noEmptyText() {
        for rule in book.allRules {
            for field in rule.localizedFields {
                for language in Language.allCases {
                    let text = field.text[language]
                    #expect(!text.isEmpty, "\(rule.id).\(field.name) is empty in \(language.tag)")
                    #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(rule.id).\(field.name) has padding in \(language.tag)")
                }
            }
        }
    }

    /// Terms the glossary makes identical in two languages on purpose (Portuguese and Spanish share them).
    static let sharedTerms: Set<String> = ["WABA de destino"]

    @Test("texts are translated: two languages never share a text, unless it is a product name in all three")
    func textsAreTranslated() {
        for rule in book.allRules {
            for field in rule.localizedFields {
                let text = field.text
                if text.ptBR == text.en && text.en == text.es {
                    // An invariant product name: short and not a sentence.
                    #expect(text.en.split(separator: " ").count <= 4 && !text.en.hasSuffix("."), "\(rule.id).\(field.name) is untranslated: \(text.en)")
                    continue
                }
                for (a, b) in [(Language.ptBR, Language.en), (.ptBR, .es), (.en, .es)] where text[a] == text[b] {
                    #expect(Self.sharedTerms.contains(text[a]), "\(rule.id).\(field.name) is identical in \(a.tag) and \(b.tag): \(text[a])")
                }
            }
        }
    }

    @Test("no text keeps the seed's misspellings")
    func seedTyposAreFixed() {
        for rule in book.allRules {
            for field in rule.localizedFields {
                #expect(!field.text.ptBR.contains("One-premisse"), "\(rule.id) repeats 'One-premisse'")
                #expect(!field.text.ptBR.contains("migração leve"), "\(rule.id) repeats 'leve'")
            }
        }
    }

    @Test("remedies use only the placeholders the checklist fills in")
    func remedyPlaceholders() {
        let allowed: Set<String> = ["{current_bsp}", "{number}", "{company}"]
        for criterion in book.criteria {
            for language in Language.allCases {
                let placeholders = Self.placeholders(in: criterion.remedy[language])
                #expect(placeholders.isSubset(of: allowed), "\(criterion.id) uses \(placeholders.subtracting(allowed)) in \(language.tag)")
            }
            #expect(Self.placeholders(in: criterion.remedy.ptBR) == Self.placeholders(in: criterion.remedy.en))
            #expect(Self.placeholders(in: criterion.remedy.ptBR) == Self.placeholders(in: criterion.remedy.es))
        }
    }

    @Test("the template limits and registration limits hold Meta's numbers")
    func limits() {
        #expect(book.limits.templatesUnverified.value == 250)
        #expect(book.limits.templatesVerified.value == 6_000)
        #expect(book.limits.registrationAttempts.value == 10)
        #expect(book.limits.registrationWindowHours.value == 72)
        #expect(book.limits.pinDigits.value == 6)
        #expect(book.limits.migrationHours.value == 3)
        #expect(book.limits.migrationHours.text.en.contains("about 1 to 3 hours"))
    }

    @Test("the six ticket questions follow the seed's order")
    func ticketQuestions() {
        #expect(book.ticketQuestions.map(\.profileField) == [
            "current_bsp", "business_verification", "infrastructure", "status_at_current_bsp", "waba_id", "business_manager_id",
        ])
    }

    /// The error codes of R8, each with the problem it belongs to.
    static let revisionErrorCodes = [133_005, 133_008, 131_031, 133_016, 2_388_001, 2_388_012, 2_388_091, 2_388_093, 2_388_103, 2_388_019]

    @Test("troubleshooting has an entry for every error code of R8, and no code in two entries")
    func troubleshootingCodes() {
        let codes = book.troubleshooting.flatMap(\.errorCodes)
        #expect(Set(codes).isSuperset(of: Self.revisionErrorCodes))
        #expect(codes.count == Set(codes).count, "a code belongs to one problem only")
    }

    @Test("the newest release is the rule book's version and date")
    func releases() {
        #expect(book.releases.first?.version == book.version)
        #expect(book.releases.first?.date == book.date)
        #expect(book.releases.allSatisfy { !$0.changes.isEmpty })
    }

    static func placeholders(in text: String) -> Set<String> {
        var found: Set<String> = []
        var current: String?
        for character in text {
            if character == "{" {
                current = "{"
            } else if var open = current {
                open.append(character)
                if character == "}" {
                    found.insert(open)
                    current = nil
                } else {
                    current = open
                }
            }
        }
        return found
    }
}

@Suite("Languages and dates")
struct LanguageTests {
    @Test("language tags parse case-insensitively", arguments: [("pt-BR", Language.ptBR), ("pt-br", .ptBR), ("EN", .en), ("es", .es)])
    func tags(tag: String, language: Language) {
        #expect(Language(tag: tag) == language)
    }

    @Test("unknown tags are refused", arguments: ["pt", "fr", "", "en-US"])
    func unknownTags(tag: String) {
        #expect(Language(tag: tag) == nil)
    }

    @Test("rule dates print and parse as YYYY-MM-DD", arguments: ["2026-11-25", "2025-01-02"])
    func dates(text: String) {
        #expect(RuleDate(iso: text)?.description == text)
    }

    @Test("malformed dates are refused", arguments: ["2026-13-01", "2026-1-1", "26-11-25", "2026/11/25", ""])
    func badDates(text: String) {
        #expect(RuleDate(iso: text) == nil)
    }

    @Test("placeholders are filled in every language")
    func filling() {
        let text = Localized(ptBR: "Peça ao {current_bsp}", en: "Ask {current_bsp}", es: "Pida a {current_bsp}")
        #expect(text.filling(["current_bsp": "Twilio"]) == Localized(ptBR: "Peça ao Twilio", en: "Ask Twilio", es: "Pida a Twilio"))
    }
}
