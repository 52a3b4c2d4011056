import MigrationRules

/// One difference between two snapshots, classified from the customer's side.
public struct RuleChange: Sendable, Hashable {
    /// The kind of change; it fixes the severity.
    public let check: CheckID
    /// The id of the rule (or release, or `rule-book` for the book's own version and date).
    public let ruleID: String
    /// The snapshot section, `rule-book` for top-level members.
    public let section: String
    /// The field that changed (`requirement`, `met_values`, ...), when the change is about one field.
    public let field: String?
    /// What distinguishes two changes of the same check, rule and field: a value, a language list.
    public let detail: String?
    /// One English sentence saying what changed, for every report.
    public let summary: String
    /// The texts before and after: one per language for localized fields, one unlabelled pair otherwise.
    public let texts: [TextChange]
    /// The reason from the accept file, when this change was accepted.
    public var acceptance: String?

    public init(
        check: CheckID, ruleID: String, section: String, field: String? = nil, detail: String? = nil, summary: String,
        texts: [TextChange] = [], acceptance: String? = nil
    ) {
        self.check = check
        self.ruleID = ruleID
        self.section = section
        self.field = field
        self.detail = detail
        self.summary = summary
        self.texts = texts
        self.acceptance = acceptance
    }

    public var severity: Severity { check.severity }

    public var isAccepted: Bool { acceptance != nil }

    /// Identifies the change across runs: built from the check, the rule id, the field and the detail, never
    /// from any text, so rewording or retranslating a change keeps its fingerprint (and its acceptance).
    public var fingerprint: String {
        [check.rawValue, ruleID, field, detail].compactMap { $0 }.joined(separator: ":")
    }
}

/// A text before and after a change, in one language or (for a non-localized value) in none.
public struct TextChange: Sendable, Hashable {
    /// The language, or nil for values that are not localized (a number, a list of values).
    public let language: Language?
    /// Nil when the item did not exist before.
    public let before: String?
    /// Nil when the item does not exist after.
    public let after: String?

    public init(language: Language?, before: String?, after: String?) {
        self.language = language
        self.before = before
        self.after = after
    }

    /// True when this language's text is different on the two sides.
    public var isChanged: Bool { before != after }
}
