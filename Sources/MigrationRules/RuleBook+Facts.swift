// PLACEHOLDER: to be replaced with the real content.
extension RuleBook {
    static let migrationFacts: [MigrationFact] = []
}
