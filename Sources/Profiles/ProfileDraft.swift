import Diagnostics

/// A profile as read from a file, before validation: every value still text, each with where it was written.
///
/// YAML, JSON and CSV all load into this one shape, so one validator decides what is allowed and every
/// format reports the same problems with the same words.
public struct ProfileDraft: Sendable {
    /// The file the profile came from, for diagnostics (`-` for standard input).
    public var path: String
    /// Where the profile starts (the document, or the customer's first CSV row).
    public var location: InputLocation
    /// Customer-level values by profile key; destination keys are flattened (`destination.payment_method`).
    public var fields: [String: ProfileValue] = [:]
    /// Where the `numbers` list was written, when it was.
    public var numbersLocation: InputLocation?
    public var numbers: [Entry] = []
    public var templates: [Entry] = []
    /// Problems the loader found in the file's shape (unknown keys, lists where values belong); the validator
    /// reports them together with its own, so one run shows every problem of a profile.
    public var problems: [Diagnostic] = []

    public init(path: String, location: InputLocation) {
        self.path = path
        self.location = location
    }

    /// One element of `numbers` or `templates`.
    public struct Entry: Sendable {
        /// How diagnostics name the entry (`numbers[2]`, or `row 7` for CSV).
        public var label: String
        public var location: InputLocation
        public var fields: [String: ProfileValue]

        public init(label: String, location: InputLocation, fields: [String: ProfileValue]) {
            self.label = label
            self.location = location
            self.fields = fields
        }

        /// How diagnostics name one of the entry's keys: `numbers[2].two_factor`, or `two_factor` in a CSV row.
        public func key(_ name: String) -> String { label.isEmpty ? name : "\(label).\(name)" }
    }
}

/// A line and column in an input file, both 1-based; the column is nil when only the line (CSV row) is known.
public struct InputLocation: Sendable, Hashable {
    public var line: Int
    public var column: Int?

    public init(line: Int, column: Int?) {
        self.line = line
        self.column = column
    }
}

/// A scalar value of a profile and where it was written.
public struct ProfileValue: Sendable, Hashable {
    public var text: String
    public var location: InputLocation
    /// True for YAML `null`/`~` and JSON `null`: the same as leaving the key out.
    public var isNull: Bool

    public init(text: String, location: InputLocation, isNull: Bool = false) {
        self.text = text
        self.location = location
        self.isNull = isNull
    }
}

/// The keys a profile may hold, in one place so loaders, the did-you-mean and the README agree.
public enum ProfileKeys {
    public static let customer = [
        "company", "language", "current_bsp", "business_manager_id", "waba_id", "business_verification",
        "account_review", "infrastructure", "status_at_current_bsp", "scheduled_for", "destination", "numbers",
        "templates",
    ]
    public static let destination = ["payment_method", "webhook_subscription", "same_business", "verification"]
    public static let number = ["phone", "display_name", "display_name_status", "two_factor", "code_delivery", "kind"]
    public static let template = ["name", "status", "quality"]

    /// The closest allowed key to a misspelt one, if it is close enough to be a likely typo.
    public static func suggestion(for key: String, among allowed: [String]) -> String? {
        let lowered = key.lowercased().replacingOccurrences(of: "-", with: "_")
        let scored = allowed.map { ($0, editDistance(lowered, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, best.0.count / 3) ? best.0 : nil
    }

    /// Levenshtein distance over Unicode scalars, with one reused row.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = a[i - 1] == b[j - 1] ? diagonal : 1 + min(diagonal, row[j], row[j - 1])
                diagonal = above
            }
        }
        return row[b.count]
    }

    /// The sentence for an unknown key: what was found, the likely intended key, and what is allowed.
    static func unknownKeyMessage(_ key: String, in context: String, allowed: [String]) -> String {
        var message = "unknown key '\(key)' in \(context)"
        if let suggestion = suggestion(for: key, among: allowed) { message += "; did you mean '\(suggestion)'?" } else { message += "." }
        return message + " Allowed keys: \(allowed.joined(separator: ", "))."
    }
}
