import MigrationRules

/// The canonical JSON form of a rule book, committed as `content/rules.json` and compared in CI.
///
/// Layout: `schema`, `version` and `date` first, then one array per section in rule book order.
/// Every item is an object with sorted keys, holding its `id`, its texts keyed by language tag,
/// its `sources`, `facts` and `last_checked`. Items keep the rule book's order, which is meaningful
/// (process steps are a sequence).
public enum RuleSnapshot {
    /// The snapshot format version; readers refuse snapshots of a schema they do not know.
    public static let schema = 1

    /// The names of the section arrays, in output order.
    public static let sections = [
        "facts", "carried_assets", "overview_assets", "process_steps", "template_rules", "billing_rules", "limits",
        "criteria", "ticket_questions", "troubleshooting", "glossary", "releases",
    ]

    /// Every top-level key, in output order.
    public static var topLevelKeys: [String] { ["schema", "version", "date"] + sections }

    /// The snapshot of a rule book as a JSON tree.
    public static func make(from book: RuleBook) -> JSONValue {
        let sectionValues: [JSONValue] = [
            .array(book.facts.map { item($0, ["topic": .string($0.topic.rawValue)]) }),
            .array(book.carriedAssets.map { item($0, ["kept": .bool($0.kept)]) }),
            .array(book.overviewAssets.map { item($0, [:]) }),
            .array(book.processSteps.map { item($0, ["actor": .string($0.actor.rawValue), "per_number": .bool($0.perNumber), "phase": .string($0.phase.rawValue)]) }),
            .array(book.templateRules.map { item($0, [:]) }),
            .array(book.billingRules.map { item($0, [:]) }),
            .array(
                book.limits.all.map {
                    item($0, ["value": .integer($0.value), "unit": .string($0.unit), "direction": .string($0.direction.rawValue)])
                }),
            .array(
                book.criteria.map {
                    item(
                        $0,
                        [
                            "scope": .string($0.scope.rawValue), "fact": .string($0.fact.rawValue),
                            "met_values": .array($0.metValues.map(JSONValue.string)),
                            "unmet_values": .array($0.unmetValues.map(JSONValue.string)),
                            "responsible": .string($0.responsible.rawValue),
                        ])
                }),
            .array(book.ticketQuestions.map { item($0, ["profile_field": .string($0.profileField)]) }),
            .array(book.troubleshooting.map { item($0, ["error_codes": .array($0.errorCodes.map(JSONValue.integer)), "responsible": .string($0.responsible.rawValue)]) }),
            .array(book.glossary.map { item($0, [:]) }),
            .array(book.releases.map(release)),
        ]
        var members: [(key: String, value: JSONValue)] = [
            ("schema", .integer(schema)), ("version", .string(book.version)), ("date", .string(book.date.description)),
        ]
        for (name, value) in zip(sections, sectionValues) { members.append((name, value)) }
        return .object(members)
    }

    /// The snapshot as the exact text that is committed.
    public static func text(of book: RuleBook) -> String {
        make(from: book).canonicalText()
    }

    /// A localized text as an object keyed by language tag.
    public static func localized(_ text: Localized) -> JSONValue {
        .object(sorted: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.tag, JSONValue.string(text[$0])) }))
    }

    private static func item(_ rule: any Rule, _ extra: [String: JSONValue]) -> JSONValue {
        var members = extra
        members["id"] = .string(rule.id)
        members["sources"] = .array(
            rule.provenance.sources.map { .object(sorted: ["key": .string($0.rawValue), "title": .string($0.title)]) })
        members["facts"] = .array(rule.provenance.facts.map { .string($0.rawValue) })
        members["last_checked"] = .string(rule.provenance.lastChecked.description)
        for field in rule.localizedFields { members[field.name] = localized(field.text) }
        return .object(sorted: members)
    }

    private static func release(_ release: RuleBookRelease) -> JSONValue {
        .object(sorted: [
            "id": .string("release.\(release.version)"), "version": .string(release.version),
            "date": .string(release.date.description), "changes": .array(release.changes.map(localized)),
        ])
    }
}
