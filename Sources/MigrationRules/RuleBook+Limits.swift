// PLACEHOLDER: to be replaced with the real content.
extension RuleBook {
    static let limits: RuleLimits = {
        let l = RuleLimit(RuleProvenance(id: "limit.x", sources: [.seed], facts: []), value: 1, unit: "x", direction: .higherIsWider, text: .invariant("x"))
        return RuleLimits(templatesUnverified: l, templatesVerified: l, registrationAttempts: l, registrationWindowHours: l, pinDigits: l, migrationHoursMin: l, migrationHoursMax: l)
    }()
}
