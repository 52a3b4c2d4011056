import Foundation
import MigrationRules

/// The comparison of one item present on both sides, field by field.
struct ItemDiff {
    let section: String
    let before: SnapshotItem
    let after: SnapshotItem

    var id: String { after.id }

    func changes() -> [RuleChange] {
        var keys = before.members.map(\.key)
        keys += after.members.map(\.key).filter { key in !keys.contains(key) }
        var changes: [RuleChange] = []
        for key in keys where before[key] != after[key] {
            changes += fieldChanges(key, before: before[key], after: after[key])
        }
        return changes
    }

    private func fieldChanges(_ field: String, before: JSONValue?, after: JSONValue?) -> [RuleChange] {
        if let before = before.flatMap(LocalizedValue.init), let after = after.flatMap(LocalizedValue.init) {
            return [wording(field, before: before, after: after)]
        }
        if let before = before?.arrayValue, let after = after?.arrayValue, before.count == after.count,
            let beforeTexts = localizedArray(before), let afterTexts = localizedArray(after)
        {
            return zip(beforeTexts, afterTexts).enumerated().compactMap { index, pair in
                pair.0 == pair.1 ? nil : wording("\(field)[\(index)]", before: pair.0, after: pair.1)
            }
        }
        switch (section, field) {
        case (_, "last_checked"), ("releases", "date"):
            return [simple(.dateChanged, field, before, after, "The \(field == "date" ? "release date" : "last-checked date") of \(id) changed.")]
        case (_, "sources"), (_, "facts"):
            return [simple(.sourcesChanged, field, before, after, "The \(field == "facts" ? "reference facts" : "sources") of \(id) changed.")]
        case ("carried_assets", "kept") where before == .bool(true) && after == .bool(false):
            return [simple(.keptAssetRemoved, field, before, after, "\(id) was kept through a migration and no longer is.")]
        case ("carried_assets", "kept") where before == .bool(false) && after == .bool(true):
            return [simple(.keptAssetAdded, field, before, after, "\(id) is now kept through a migration.")]
        case ("limits", "value"):
            return [limitChange(before: before, after: after)]
        case ("criteria", "met_values"):
            return allowedValueChanges(before: before, after: after)
        case ("criteria", "unmet_values"):
            return [simple(.failingValuesChanged, field, before, after, "The values that fail \(id) changed; the effect on eligibility cannot be told.")]
        case ("criteria", "scope"):
            return [simple(.criterionScopeChanged, field, before, after, "\(id) now applies to another scope; the effect on eligibility cannot be told.")]
        case ("criteria", "fact"):
            return [simple(.criterionFactChanged, field, before, after, "\(id) now reads another profile fact; the effect on eligibility cannot be told.")]
        default:
            return [simple(.valueChanged, field, before, after, "The \(field) of \(id) changed; the effect on eligibility cannot be told.")]
        }
    }

    /// `text-changed` when every language changed, `translation-stale` when some stayed behind.
    private func wording(_ field: String, before: LocalizedValue, after: LocalizedValue) -> RuleChange {
        let texts = Language.allCases.map { TextChange(language: $0, before: before[$0], after: after[$0]) }
        let changed = texts.filter(\.isChanged).compactMap(\.language)
        if changed.count == Language.allCases.count {
            return RuleChange(
                check: .textChanged, ruleID: id, section: section, field: field,
                summary: "The \(field) of \(id) changed in every language.", texts: texts)
        }
        let unchanged = Language.allCases.filter { !changed.contains($0) }.map(\.tag)
        let changedTags = changed.map(\.tag)
        return RuleChange(
            check: .translationStale, ruleID: id, section: section, field: field, detail: changedTags.joined(separator: "+"),
            summary: "The \(field) of \(id) changed in \(list(changedTags)) but not in \(list(unchanged)): check that the translation is not stale.",
            texts: texts)
    }

    /// Narrowed or widened according to the limit's direction; unknown when the direction is unknown or changed.
    private func limitChange(before: JSONValue?, after: JSONValue?) -> RuleChange {
        let direction = self.before["direction"]?.stringValue
        guard let old = before?.integerValue, let new = after?.integerValue,
            direction == self.after["direction"]?.stringValue,
            let direction = direction.flatMap(RuleLimit.Direction.init(rawValue:))
        else {
            return simple(.valueChanged, "value", before, after, "The value of \(id) changed; the effect cannot be told because its direction is unknown or changed too.")
        }
        let unit = self.after["unit"]?.stringValue.map { " \($0)" } ?? ""
        let narrows = direction == .higherIsWider ? new < old : new > old
        let verb = new < old ? "lowered" : "raised"
        return simple(
            narrows ? .limitNarrowed : .limitWidened, "value", before, after,
            "\(id) was \(verb) from \(old) to \(new)\(unit): \(narrows ? "customers have less room" : "customers have more room") (\(direction.rawValue)).")
    }

    /// One change per value that stopped or started meeting the criterion.
    private func allowedValueChanges(before: JSONValue?, after: JSONValue?) -> [RuleChange] {
        guard let old = stringArray(before), let new = stringArray(after) else {
            return [simple(.valueChanged, "met_values", before, after, "The values that meet \(id) changed in a way that cannot be classified.")]
        }
        var changes: [RuleChange] = []
        for value in old where !new.contains(value) {
            changes.append(
                RuleChange(
                    check: .allowedValueRemoved, ruleID: id, section: section, field: "met_values", detail: value,
                    summary: "\(value) no longer meets \(id): customers with it can no longer migrate.",
                    texts: [TextChange(language: nil, before: old.joined(separator: ", "), after: new.joined(separator: ", "))]))
        }
        for value in new where !old.contains(value) {
            changes.append(
                RuleChange(
                    check: .allowedValueAdded, ruleID: id, section: section, field: "met_values", detail: value,
                    summary: "\(value) now meets \(id): eligibility widens.",
                    texts: [TextChange(language: nil, before: old.joined(separator: ", "), after: new.joined(separator: ", "))]))
        }
        if changes.isEmpty {
            changes.append(simple(.valueChanged, "met_values", before, after, "The values that meet \(id) are in another order."))
        }
        return changes
    }

    private func simple(_ check: CheckID, _ field: String, _ before: JSONValue?, _ after: JSONValue?, _ summary: String) -> RuleChange {
        RuleChange(
            check: check, ruleID: id, section: section, field: field, summary: summary,
            texts: [TextChange(language: nil, before: before.map(display), after: after.map(display))])
    }

    private func localizedArray(_ values: [JSONValue]) -> [LocalizedValue]? {
        let texts = values.compactMap(LocalizedValue.init)
        return texts.count == values.count && !values.isEmpty ? texts : nil
    }

    private func stringArray(_ value: JSONValue?) -> [String]? {
        guard let values = value?.arrayValue else { return nil }
        let strings = values.compactMap(\.stringValue)
        return strings.count == values.count ? strings : nil
    }

    private func list(_ tags: [String]) -> String {
        tags.count <= 1 ? tags.joined() : tags.dropLast().joined(separator: ", ") + " and " + (tags.last ?? "")
    }

    /// A value as a reviewer reads it: strings bare, lists comma-separated, sources by their key.
    private func display(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .array(let values): values.map(display).joined(separator: ", ")
        case .object:
            value["key"]?.stringValue ?? value.canonicalText().trimmingCharacters(in: .newlines)
        }
    }
}

/// A snapshot object holding exactly one text per published language.
struct LocalizedValue: Equatable {
    private let texts: [Language: String]

    init?(_ value: JSONValue) {
        guard let members = value.objectValue, members.count == Language.allCases.count else { return nil }
        var texts: [Language: String] = [:]
        for member in members {
            guard let language = Language(rawValue: member.key), let text = member.value.stringValue else { return nil }
            texts[language] = text
        }
        self.texts = texts
    }

    subscript(language: Language) -> String {
        texts[language] ?? ""
    }
}
