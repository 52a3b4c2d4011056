import MigrationRules
import Testing

extension RuleBook {
    /// The compiled rule book with its first criterion's requirement reworded ("Changed requirement." in
    /// English): what a rule change looks like to the site and the checklists.
    public static func withFirstRequirementReworded() throws -> RuleBook {
        var rules = RuleBook.current
        let original = try #require(rules.criteria.first)
        rules.criteria[0] = EligibilityCriterion(
            original.provenance, scope: original.scope, fact: original.fact, metValues: original.metValues,
            unmetValues: original.unmetValues, responsible: original.responsible,
            requirement: Localized(ptBR: "Requisito alterado.", en: "Changed requirement.", es: "Requisito modificado."),
            remedy: original.remedy)
        return rules
    }
}
