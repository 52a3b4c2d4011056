/// How much a rule change matters to customers, from the customer's side.
///
/// Ordered `info < warning < breaking`, so a `--fail-on` threshold is a comparison.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Eligibility widens, something is added that takes nothing away, wording changed everywhere, sources or dates.
    case info
    /// A translation may be stale, or the effect on eligibility cannot be told.
    case warning
    /// Eligibility narrows, something kept is lost, or an id that others refer to disappears.
    case breaking

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .breaking: 2
        }
    }
}
