/// A calendar day, written `YYYY-MM-DD`: the rule book's date and each rule's last-checked date.
///
/// Kept as text because the rule book only ever prints and compares days; no time zone can shift it.
public struct RuleDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; returns nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year, month, day)
    }

    public var description: String {
        let pad = { (value: Int, width: Int) -> String in
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: RuleDate, rhs: RuleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = RuleDate(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD."))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// What every rule carries besides its content: a stable id, where its facts come from, and when they were checked.
///
/// Ids never change meaning; renaming one is a breaking change for everything that refers to it.
public struct RuleProvenance: Sendable, Hashable {
    public let id: String
    public let sources: [Source]
    public let facts: [FactKey]
    public let lastChecked: RuleDate

    public init(id: String, sources: [Source], facts: [FactKey], lastChecked: RuleDate = RuleBook.factsCheckedOn) {
        self.id = id
        self.sources = sources
        self.facts = facts
        self.lastChecked = lastChecked
    }
}

/// Anything in the rule book that has an id, sources and facts.
public protocol Rule: Sendable {
    var provenance: RuleProvenance { get }
    /// Every localized text of the rule, keyed by a field name, for checks and snapshots.
    var localizedFields: [(name: String, text: Localized)] { get }
}

extension Rule {
    public var id: String { provenance.id }
}

/// Who performs a step of the migration.
public enum Actor: String, CaseIterable, Sendable, Codable, Hashable {
    /// The business whose number moves.
    case customer
    /// The provider the number is leaving.
    case currentBSP = "current-bsp"
    /// Sinch, as the destination BSP (its onboarding team).
    case destinationBSP = "destination-bsp"
    /// Meta, whose platform carries out the move.
    case meta

    public var name: Localized {
        switch self {
        case .customer: Localized(ptBR: "Cliente", en: "Customer", es: "Cliente")
        case .currentBSP: Localized(ptBR: "BSP atual", en: "Current BSP", es: "BSP actual")
        case .destinationBSP: Localized.invariant("Sinch")
        case .meta: Localized.invariant("Meta")
        }
    }
}

/// A general statement about what a migration is and how it behaves.
public struct MigrationFact: Rule, Hashable {
    /// Where the statement belongs in the guide.
    public enum Topic: String, CaseIterable, Sendable, Codable, Hashable {
        case whatItIs = "what-it-is"
        case howItWorks = "how-it-works"
        case afterMigration = "after-migration"
        /// The route a number takes when it cannot use this migration (R14).
        case otherRoutes = "other-routes"
    }

    public let provenance: RuleProvenance
    public let topic: Topic
    public let text: Localized

    public init(_ provenance: RuleProvenance, topic: Topic, text: Localized) {
        self.provenance = provenance
        self.topic = topic
        self.text = text
    }

    public var localizedFields: [(name: String, text: Localized)] { [("text", text)] }
}

/// Something the business has before the migration, and whether it moves with the number.
public struct CarriedAsset: Rule, Hashable {
    public let provenance: RuleProvenance
    /// True when the asset is kept after the migration; false when it stays behind or is lost.
    public let kept: Bool
    public let name: Localized
    public let detail: Localized

    public init(_ provenance: RuleProvenance, kept: Bool, name: Localized, detail: Localized) {
        self.provenance = provenance
        self.kept = kept
        self.name = name
        self.detail = detail
    }

    public var localizedFields: [(name: String, text: Localized)] { [("name", name), ("detail", detail)] }
}

/// One of the three assets a migration involves (current WABA, phone number, destination WABA).
public struct OverviewAsset: Rule, Hashable {
    public let provenance: RuleProvenance
    public let name: Localized
    public let description: Localized

    public init(_ provenance: RuleProvenance, name: Localized, description: Localized) {
        self.provenance = provenance
        self.name = name
        self.description = description
    }

    public var localizedFields: [(name: String, text: Localized)] { [("name", name), ("description", description)] }
}

/// A step of the migration process, in order, with who performs it.
public struct ProcessStep: Rule, Hashable {
    /// The part of the migration a step belongs to.
    ///
    /// Data, not a position in the list: the guide's steps, its printable preparation list and every checklist
    /// read the same phase, so they cannot disagree on what "preparation" is.
    public enum Phase: String, CaseIterable, Sendable, Codable, Hashable {
        /// Everything done before the migration call: eligibility, 2FA off, the ticket, the approved request.
        case preparation
        /// The call itself, number by number.
        case migration
        /// What the customer does once the numbers have arrived.
        case after
    }

    public let provenance: RuleProvenance
    public let phase: Phase
    public let actor: Actor
    /// True when the step is repeated for every phone number (numbers migrate one at a time).
    public let perNumber: Bool
    public let title: Localized
    public let detail: Localized

    public init(
        _ provenance: RuleProvenance, phase: Phase, actor: Actor, perNumber: Bool = false, title: Localized,
        detail: Localized
    ) {
        self.provenance = provenance
        self.phase = phase
        self.actor = actor
        self.perNumber = perNumber
        self.title = title
        self.detail = detail
    }

    public var localizedFields: [(name: String, text: Localized)] { [("title", title), ("detail", detail)] }
}

/// A rule about which message templates move and what happens to them.
public struct TemplateRule: Rule, Hashable {
    public let provenance: RuleProvenance
    public let text: Localized

    public init(_ provenance: RuleProvenance, text: Localized) {
        self.provenance = provenance
        self.text = text
    }

    public var localizedFields: [(name: String, text: Localized)] { [("text", text)] }
}

/// A rule about which BSP bills which messages around the cutover.
public struct BillingRule: Rule, Hashable {
    public let provenance: RuleProvenance
    public let text: Localized

    public init(_ provenance: RuleProvenance, text: Localized) {
        self.provenance = provenance
        self.text = text
    }

    public var localizedFields: [(name: String, text: Localized)] { [("text", text)] }
}

/// A number the platform enforces: a template limit, a number of attempts, a duration.
///
/// Kept as data so a rule diff can tell a lowered limit (eligibility narrows) from a raised one.
public struct RuleLimit: Rule, Hashable {
    /// Whether a larger value is better or worse for the customer.
    public enum Direction: String, Sendable, Codable, Hashable {
        /// A larger value gives the customer more room (a template limit).
        case higherIsWider = "higher-is-wider"
        /// A larger value costs the customer more (a waiting time).
        case lowerIsWider = "lower-is-wider"
    }

    public let provenance: RuleProvenance
    public let value: Int
    public let unit: String
    public let direction: Direction
    public let text: Localized

    public init(_ provenance: RuleProvenance, value: Int, unit: String, direction: Direction, text: Localized) {
        self.provenance = provenance
        self.value = value
        self.unit = unit
        self.direction = direction
        self.text = text
    }

    public var localizedFields: [(name: String, text: Localized)] { [("text", text)] }
}

/// A question of the Sinch Service Center ticket, answered from the customer profile.
public struct TicketQuestion: Rule, Hashable {
    public let provenance: RuleProvenance
    /// The profile key that answers the question (`current_bsp`, `waba_id`, ...).
    public let profileField: String
    public let question: Localized
    public let hint: Localized

    public init(_ provenance: RuleProvenance, profileField: String, question: Localized, hint: Localized) {
        self.provenance = provenance
        self.profileField = profileField
        self.question = question
        self.hint = hint
    }

    public var localizedFields: [(name: String, text: Localized)] { [("question", question), ("hint", hint)] }
}

/// A common problem, its Meta error codes, and the way out.
public struct TroubleshootingEntry: Rule, Hashable {
    public let provenance: RuleProvenance
    public let errorCodes: [Int]
    public let problem: Localized
    public let cause: Localized
    /// Who fixes it: a support agent reads this first to know whom to send the customer to.
    public let responsible: Actor
    public let solution: Localized
    /// How long to wait before trying again, or that there is nothing to wait for.
    public let wait: Localized

    public init(
        _ provenance: RuleProvenance, errorCodes: [Int], problem: Localized, cause: Localized, responsible: Actor,
        solution: Localized, wait: Localized
    ) {
        self.provenance = provenance
        self.errorCodes = errorCodes
        self.problem = problem
        self.cause = cause
        self.responsible = responsible
        self.solution = solution
        self.wait = wait
    }

    public var localizedFields: [(name: String, text: Localized)] {
        [("problem", problem), ("cause", cause), ("solution", solution), ("wait", wait)]
    }
}

/// A term of the glossary, used consistently across the three languages.
public struct GlossaryTerm: Rule, Hashable {
    public let provenance: RuleProvenance
    public let term: Localized
    public let definition: Localized

    public init(_ provenance: RuleProvenance, term: Localized, definition: Localized) {
        self.provenance = provenance
        self.term = term
        self.definition = definition
    }

    public var localizedFields: [(name: String, text: Localized)] { [("term", term), ("definition", definition)] }
}

/// One version of the rule book and what it changed, for the "what changed" page.
public struct RuleBookRelease: Sendable, Hashable {
    public let version: String
    public let date: RuleDate
    public let changes: [Localized]

    public init(version: String, date: RuleDate, changes: [Localized]) {
        self.version = version
        self.date = date
        self.changes = changes
    }
}

/// The facts that renderers place by id rather than by topic: checklist notes and the routes of numbers that
/// cannot migrate. A typed id, so renaming a fact in the rule book breaks the build or a test, never a note.
public enum FactID: String, CaseIterable, Sendable, Hashable {
    case brazilianNinthDigit = "fact.brazilian-ninth-digit"
    case cloudAPIOnly = "fact.cloud-api-only"
    case routeBusinessApp = "fact.route-business-app"
    case routeTestNumber = "fact.route-test-number"
}

extension NumberKind {
    /// The fact that explains this kind's own route when it cannot use this migration (R14), nil when it can.
    public var route: FactID? {
        switch self {
        case .businessApp: .routeBusinessApp
        case .test: .routeTestNumber
        case .businessAPI, .unknown: nil
        }
    }
}
