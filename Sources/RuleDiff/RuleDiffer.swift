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
