import MigrationRules

/// The machine-readable report. Its schema is versioned (`schema`) and documented in the README under
/// "JSON report"; add members freely, but bump the schema before removing or changing one.
public struct JSONReporter: RuleChangeReporter {
    /// The report format version.
    public static let schema = 1

    public init() {}

    public func report(_ changes: RuleChangeSet) -> String {
        let document: JSONValue = .object([
            ("schema", .integer(Self.schema)),
            ("base", side(changes.base)),
            ("head", side(changes.head)),
            (
                "summary",
                .object([
                    ("total", .integer(changes.changes.count)),
                    ("breaking", .integer(changes.count(.breaking))),
                    ("warning", .integer(changes.count(.warning))),
                    ("info", .integer(changes.count(.info))),
                    ("accepted", .integer(changes.acceptedCount)),
                ])
            ),
            ("changes", .array(changes.changes.map(change))),
            (
                "unused_acceptances",
                .array(
                    changes.unusedAcceptances.map {
                        .object([("fingerprint", .string($0.fingerprint)), ("reason", .string($0.reason))])
                    })
            ),
        ])
        return document.canonicalText()
    }

    private func side(_ side: RuleChangeSet.Side) -> JSONValue {
        .object([("origin", .string(side.origin)), ("version", .string(side.version)), ("date", .string(side.date))])
    }

    private func change(_ change: RuleChange) -> JSONValue {
        .object([
            ("severity", .string(change.severity.rawValue)),
            ("check", .string(change.check.rawValue)),
            ("rule_id", .string(change.ruleID)),
            ("section", .string(change.section)),
            ("field", optional(change.field)),
            ("detail", optional(change.detail)),
            ("fingerprint", .string(change.fingerprint)),
            ("summary", .string(change.summary)),
            ("accepted", optional(change.acceptance)),
            (
                "texts",
                .array(
                    change.texts.map {
                        .object([
                            ("language", optional($0.language?.tag)), ("before", optional($0.before)),
                            ("after", optional($0.after)),
                        ])
                    })
            ),
        ])
    }

    private func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}
