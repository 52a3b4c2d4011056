import Foundation
import MigrationRules
import RuleDiff
import TestSupport

/// The fixture snapshot pair and helpers to build snapshots from modified rule books.
enum Fixtures {
    static let directory = Golden.packageRoot.appendingPathComponent("Tests/RuleDiffTests/Fixtures")

    /// Reads a fixture the way the command does, so origins in reports are the bare file names.
    static func snapshot(_ name: String) throws -> Snapshot {
        try SnapshotReader(workingDirectory: directory, compiledRuleBook: .current).read(.file(path: name))
    }

    /// The diff of the fixture pair, `base.json` to `head.json`.
    static func pairDiff() throws -> RuleChangeSet {
        RuleDiffer.diff(base: try snapshot("base.json"), head: try snapshot("head.json"))
    }

    /// The report context of the fixture pair as the command builds it in the fixtures folder: the lines of
    /// `head.json`, no colour, and the default `--fail-on breaking`.
    static func headContext(failOn: FailThreshold = .breaking) throws -> ReportContext {
        let lines = try SnapshotReader(workingDirectory: directory, compiledRuleBook: .current).readWithLines(.file(path: "head.json")).lines
        return ReportContext(colour: false, failOn: failOn, headLines: lines)
    }

    /// The snapshot of a rule book, validated as a file's would be.
    static func snapshot(of book: RuleBook, origin: String) throws -> Snapshot {
        try Snapshot(validating: RuleSnapshot.make(from: book), origin: origin)
    }

    /// The diff from the current rule book to a copy changed by `change`.
    static func diffCurrent(changing change: (inout RuleBook) -> Void) throws -> RuleChangeSet {
        var head = RuleBook.current
        change(&head)
        return RuleDiffer.diff(
            base: try snapshot(of: .current, origin: "base"), head: try snapshot(of: head, origin: "head"))
    }
}

extension Localized {
    /// The same text with a sentence added in the given languages only.
    func amended(in languages: Set<Language>, with suffix: String = " Updated.") -> Localized {
        Localized(
            ptBR: ptBR + (languages.contains(.ptBR) ? suffix : ""), en: en + (languages.contains(.en) ? suffix : ""),
            es: es + (languages.contains(.es) ? suffix : ""))
    }
}

extension RuleProvenance {
    func with(id: String? = nil, sources: [Source]? = nil, lastChecked: RuleDate? = nil) -> RuleProvenance {
        RuleProvenance(id: id ?? self.id, sources: sources ?? self.sources, facts: facts, lastChecked: lastChecked ?? self.lastChecked)
    }
}

extension EligibilityCriterion {
    func with(
        provenance: RuleProvenance? = nil, scope: Scope? = nil, fact: ProfileFact? = nil, metValues: [String]? = nil,
        unmetValues: [String]? = nil, requirement: Localized? = nil
    ) -> EligibilityCriterion {
        EligibilityCriterion(
            provenance ?? self.provenance, scope: scope ?? self.scope, fact: fact ?? self.fact,
            metValues: metValues ?? self.metValues, unmetValues: unmetValues ?? self.unmetValues,
            responsible: responsible, requirement: requirement ?? self.requirement, remedy: remedy)
    }
}

extension RuleLimit {
    func with(value: Int, direction: Direction? = nil) -> RuleLimit {
        RuleLimit(provenance, value: value, unit: unit, direction: direction ?? self.direction, text: text)
    }
}

extension CarriedAsset {
    func with(id: String? = nil, kept: Bool) -> CarriedAsset {
        CarriedAsset(provenance.with(id: id), kept: kept, name: name, detail: detail)
    }
}

extension MigrationFact {
    func with(provenance: RuleProvenance? = nil, text: Localized? = nil) -> MigrationFact {
        MigrationFact(provenance ?? self.provenance, topic: topic, text: text ?? self.text)
    }
}
