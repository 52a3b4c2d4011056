import Foundation
import MigrationRules

/// Compares two snapshots section by section and item by item, and classifies every difference from the
/// customer's side.
///
/// Every difference between the two JSON trees yields at least one change (unknown fields fall back to
/// `value-changed`), so "no changes" always means the two snapshots hold the same rules.
public enum RuleDiffer {
    /// The id used for changes to the rule book's own version and date.
    public static let ruleBookID = "rule-book"

    /// Every change from `base` to `head`, most severe first, then in rule book order.
    public static func diff(base: Snapshot, head: Snapshot) -> RuleChangeSet {
        var changes: [RuleChange] = []
        if base.version != head.version {
            changes.append(
                RuleChange(
                    check: .versionChanged, ruleID: ruleBookID, section: ruleBookID, field: "version",
                    summary: "The rule book version changed from \(base.version) to \(head.version).",
                    texts: [TextChange(language: nil, before: base.version, after: head.version)]))
        }
        if base.date != head.date {
            changes.append(
                RuleChange(
                    check: .dateChanged, ruleID: ruleBookID, section: ruleBookID, field: "date",
                    summary: "The rule book date changed from \(base.date) to \(head.date).",
                    texts: [TextChange(language: nil, before: base.date, after: head.date)]))
        }
        for (baseSection, headSection) in zip(base.sections, head.sections) {
            changes += SectionDiff(base: baseSection, head: headSection).changes()
        }
        // A stable sort: within a severity, the rule book order the sections were walked in.
        let ordered = changes.enumerated().sorted {
            $0.element.severity != $1.element.severity ? $0.element.severity > $1.element.severity : $0.offset < $1.offset
        }.map(\.element)
        return RuleChangeSet(base: RuleChangeSet.Side(base), head: RuleChangeSet.Side(head), changes: ordered)
    }
}

/// The comparison of one section; the rules that depend on the section (criteria, limits, assets) live here.
private struct SectionDiff {
    let base: SnapshotSection
    let head: SnapshotSection

    var name: String { head.name }

    func changes() -> [RuleChange] {
        let removed = base.items.filter { head.item($0.id) == nil }
        let added = head.items.filter { base.item($0.id) == nil }
        let renames = matchRenames(removed: removed, added: added)
        let renamedOld = Set(renames.map(\.old.id))
        let renamedNew = Set(renames.map(\.new.id))

        var changes: [RuleChange] = []
        for item in head.items {
            if let before = base.item(item.id) {
                changes += ItemDiff(section: name, before: before, after: item).changes()
            } else if !renamedNew.contains(item.id) {
                changes.append(addition(item))
            }
        }
        for rename in renames {
            changes.append(
                RuleChange(
                    check: .ruleRenamed, ruleID: rename.old.id, section: name, detail: rename.new.id,
                    summary: "\(rename.old.id) was renamed to \(rename.new.id) with the same content; everything that names the old id breaks.",
                    texts: [TextChange(language: nil, before: rename.old.id, after: rename.new.id)]))
        }
        for item in removed where !renamedOld.contains(item.id) {
            changes.append(removal(item))
        }
        if let order = orderChange(excluding: renamedOld) { changes.append(order) }
        return changes
    }

    /// Pairs each removed item with the first added item of identical content: an id changed, nothing else.
    private func matchRenames(removed: [SnapshotItem], added: [SnapshotItem]) -> [(old: SnapshotItem, new: SnapshotItem)] {
        guard name != "releases" else { return [] }
        var available = added
        var pairs: [(old: SnapshotItem, new: SnapshotItem)] = []
        for old in removed {
            let content = old.content
            if let index = available.firstIndex(where: { $0.content == content }) {
                pairs.append((old, available.remove(at: index)))
            }
        }
        return pairs
    }

    private func addition(_ item: SnapshotItem) -> RuleChange {
        let check: CheckID
        let summary: String
        switch name {
        case "criteria":
            check = .criterionAdded
            summary = "A new eligibility criterion \(item.id): customers who do not meet it can no longer migrate."
        case "carried_assets" where item["kept"] == .bool(true):
            check = .keptAssetAdded
            summary = "A new asset \(item.id) is kept through the migration."
        case "carried_assets":
            check = .lostAssetAdded
            summary = "A new asset \(item.id) is listed as not moving with the number."
        case "releases":
            check = .releaseAdded
            summary = "A new rule book release \(item["version"]?.stringValue ?? item.id) was added to the change log."
        default:
            check = .ruleAdded
            summary = "A new rule \(item.id) was added to \(name)."
        }
        return RuleChange(
            check: check, ruleID: item.id, section: name, summary: summary, texts: headline(of: item, before: false))
    }

    private func removal(_ item: SnapshotItem) -> RuleChange {
        let check: CheckID
        let summary: String
        switch name {
        case "criteria":
            check = .criterionRemoved
            summary = "The eligibility criterion \(item.id) was removed: eligibility widens, but its fixed id disappears."
        case "carried_assets" where item["kept"] == .bool(true):
            check = .keptAssetRemoved
            summary = "The kept asset \(item.id) is no longer listed: customers can no longer count on keeping it."
        case "releases":
            check = .releaseRemoved
            summary = "The release \(item["version"]?.stringValue ?? item.id) was removed from the change log."
        default:
            check = .ruleRemoved
            summary = "The rule \(item.id) was removed from \(name)."
        }
        return RuleChange(
            check: check, ruleID: item.id, section: name, summary: summary, texts: headline(of: item, before: true))
    }

    /// The texts that best name an added or removed item: its name, title, term, requirement or question.
    private func headline(of item: SnapshotItem, before: Bool) -> [TextChange] {
        if let notes = item["changes"]?.arrayValue?.compactMap(LocalizedValue.init), !notes.isEmpty {
            // A release: its change notes, one paragraph per language.
            return Language.allCases.map { language in
                let text = notes.map { $0[language] }.joined(separator: " ")
                return TextChange(language: language, before: before ? text : nil, after: before ? nil : text)
            }
        }
        let preferred = ["name", "title", "term", "requirement", "question", "problem", "text"]
        let field = preferred.first { item[$0].flatMap(LocalizedValue.init) != nil }
            ?? item.members.first { LocalizedValue($0.value) != nil }?.key
        guard let field, let texts = item[field].flatMap(LocalizedValue.init) else { return [] }
        return Language.allCases.map {
            TextChange(language: $0, before: before ? texts[$0] : nil, after: before ? nil : texts[$0])
        }
    }

    /// One change when the items both sides share are in another order.
    private func orderChange(excluding renamed: Set<String>) -> RuleChange? {
        let baseOrder = base.items.map(\.id).filter { head.item($0) != nil }
        let headOrder = head.items.map(\.id).filter { base.item($0) != nil }
        guard baseOrder != headOrder else { return nil }
        let isSequence = name == "process_steps"
        return RuleChange(
            check: isSequence ? .stepOrderChanged : .orderChanged, ruleID: name, section: name,
            summary: isSequence
                ? "The process steps are in another order: what customers do, and when, changed."
                : "The items of \(name) are in another order.",
            texts: [TextChange(language: nil, before: baseOrder.joined(separator: ", "), after: headOrder.joined(separator: ", "))])
    }
}

/// The comparison of one item present on both sides, field by field.
private struct ItemDiff {
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
