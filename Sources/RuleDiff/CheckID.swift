/// The stable name of a kind of rule change. Accept files, CI annotations and dashboards refer to these;
/// never rename one.
///
/// Each check has one fixed severity, so a reviewer can learn the table once (see the README).
public enum CheckID: String, Sendable, Hashable, CaseIterable {
    // Eligibility criteria.
    case criterionAdded = "criterion-added"
    case criterionRemoved = "criterion-removed"
    case allowedValueRemoved = "allowed-value-removed"
    case allowedValueAdded = "allowed-value-added"
    case failingValuesChanged = "failing-values-changed"
    case criterionScopeChanged = "criterion-scope-changed"
    case criterionFactChanged = "criterion-fact-changed"
    // Limits.
    case limitNarrowed = "limit-narrowed"
    case limitWidened = "limit-widened"
    // Kept and lost assets.
    case keptAssetRemoved = "kept-asset-removed"
    case keptAssetAdded = "kept-asset-added"
    case lostAssetAdded = "lost-asset-added"
    // Any rule.
    case ruleRemoved = "rule-removed"
    case ruleAdded = "rule-added"
    case ruleRenamed = "rule-renamed"
    case stepOrderChanged = "step-order-changed"
    case orderChanged = "order-changed"
    case valueChanged = "value-changed"
    // Wording.
    case textChanged = "text-changed"
    case translationStale = "translation-stale"
    // Provenance and dates.
    case sourcesChanged = "sources-changed"
    case dateChanged = "date-changed"
    case versionChanged = "version-changed"
    case releaseAdded = "release-added"
    case releaseRemoved = "release-removed"

    /// The severity every change of this kind has.
    public var severity: Severity {
        switch self {
        case .criterionAdded, .criterionRemoved, .allowedValueRemoved, .limitNarrowed, .keptAssetRemoved, .ruleRemoved,
            .ruleRenamed:
            .breaking
        case .failingValuesChanged, .criterionScopeChanged, .criterionFactChanged, .lostAssetAdded, .stepOrderChanged,
            .valueChanged, .translationStale, .releaseRemoved:
            .warning
        case .allowedValueAdded, .limitWidened, .keptAssetAdded, .ruleAdded, .orderChanged, .textChanged, .sourcesChanged,
            .dateChanged, .versionChanged, .releaseAdded:
            .info
        }
    }

    /// What the check means for customers, one sentence, for the README table and `--help`.
    public var meaning: String {
        switch self {
        case .criterionAdded: "A new eligibility criterion: eligibility narrows."
        case .criterionRemoved: "A criterion was removed: eligibility widens, but its fixed id, which checklists and integrations name, disappears."
        case .allowedValueRemoved: "A value that met a criterion no longer does: eligibility narrows."
        case .allowedValueAdded: "A value now meets a criterion: eligibility widens."
        case .failingValuesChanged: "The values that fail a criterion changed; values outside both lists are unknown, so the effect cannot be told."
        case .criterionScopeChanged: "A criterion moved to another scope (source, number, destination): the effect cannot be told."
        case .criterionFactChanged: "A criterion reads another profile fact: the effect cannot be told."
        case .limitNarrowed: "A limit moved against the customer (lowered when higher is wider, raised when lower is wider)."
        case .limitWidened: "A limit moved in the customer's favour."
        case .keptAssetRemoved: "Something customers kept through a migration is no longer kept, or no longer listed."
        case .keptAssetAdded: "Something is now kept through a migration."
        case .lostAssetAdded: "A newly listed asset that does not move with the number: the effect cannot be told."
        case .ruleRemoved: "A rule and its id were removed."
        case .ruleRenamed: "A rule's id changed while its content stayed the same; everything that names the old id breaks."
        case .ruleAdded: "A new rule that takes nothing away."
        case .stepOrderChanged: "The process steps are in another order: what customers do changed, the effect cannot be told."
        case .orderChanged: "Items of a section are in another order (outside the process steps)."
        case .valueChanged: "A field without a known meaning for eligibility changed (an actor, a unit, error codes...)."
        case .textChanged: "A text changed in every language."
        case .translationStale: "A text changed in one or two languages while the others stayed the same: a translation may be stale."
        case .sourcesChanged: "The cited sources or reference facts of a rule changed."
        case .dateChanged: "A last-checked date, a release date or the rule book date changed."
        case .versionChanged: "The rule book version changed."
        case .releaseAdded: "A rule book release was added to the change log."
        case .releaseRemoved: "A release disappeared from the change log: history was rewritten, check that it was meant."
        }
    }
}
