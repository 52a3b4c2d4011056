/// The result of comparing two snapshots: what each side was and every change between them.
public struct RuleChangeSet: Sendable {
    /// Which snapshot a side was: where it came from and the rule book version and date it holds.
    public struct Side: Sendable, Hashable {
        public let origin: String
        public let version: String
        public let date: String

        public init(origin: String, version: String, date: String) {
            self.origin = origin
            self.version = version
            self.date = date
        }

        init(_ snapshot: Snapshot) {
            self.init(origin: snapshot.origin, version: snapshot.version, date: snapshot.date)
        }
    }

    public let base: Side
    public let head: Side
    /// Every change, most severe first, then in rule book order.
    public var changes: [RuleChange]
    /// Entries of the accept file that matched no change: stale entries a reviewer should remove.
    public var unusedAcceptances: [AcceptedChange]

    public init(base: Side, head: Side, changes: [RuleChange], unusedAcceptances: [AcceptedChange] = []) {
        self.base = base
        self.head = head
        self.changes = changes
        self.unusedAcceptances = unusedAcceptances
    }

    /// True when the two snapshots hold the same rules.
    public var isEmpty: Bool { changes.isEmpty }

    /// How many changes have a severity, accepted ones included.
    public func count(_ severity: Severity) -> Int {
        changes.count { $0.severity == severity }
    }

    /// How many changes were accepted by the accept file.
    public var acceptedCount: Int { changes.count { $0.isAccepted } }

    /// The changes that make a run fail at a threshold: at or above it, and not accepted.
    public func failures(at threshold: FailThreshold) -> [RuleChange] {
        guard let minimum = threshold.minimumSeverity else { return [] }
        return changes.filter { $0.severity >= minimum && !$0.isAccepted }
    }

    /// Marks every change whose fingerprint the accept file lists, and records the entries that matched nothing.
    public func accepting(_ accepted: AcceptedChanges) -> RuleChangeSet {
        var copy = self
        var used: Set<String> = []
        for index in copy.changes.indices {
            if let entry = accepted.entry(for: copy.changes[index].fingerprint) {
                copy.changes[index].acceptance = entry.reason
                used.insert(entry.fingerprint)
            }
        }
        copy.unusedAcceptances = accepted.entries.filter { !used.contains($0.fingerprint) }
        return copy
    }

    /// One line counting the changes, shared by the reporters so they agree.
    public var countsSentence: String {
        let parts = [
            "\(count(.breaking)) breaking", "\(count(.warning)) \(count(.warning) == 1 ? "warning" : "warnings")",
            "\(count(.info)) info",
        ]
        let accepted = acceptedCount > 0 ? " (\(acceptedCount) accepted)" : ""
        return parts.joined(separator: ", ") + accepted
    }

    /// Names both sides, shared by the reporters.
    public var sidesSentence: String {
        "from \(base.origin) (version \(base.version), \(base.date)) to \(head.origin) (version \(head.version), \(head.date))"
    }
}

/// The lowest severity that makes `rules diff` exit 1, or `never`.
public enum FailThreshold: String, Sendable, Hashable, CaseIterable {
    case breaking, warning, info, never

    public var minimumSeverity: Severity? {
        switch self {
        case .breaking: .breaking
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }
}
