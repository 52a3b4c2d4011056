import Foundation
import MigrationRules

/// SARIF 2.1.0, the format GitHub code scanning uploads (`github/codeql-action/upload-sarif`).
///
/// One run; one reporting descriptor per check id, so code scanning can explain a rule before any change
/// uses it; one result per change at the changed rule's line in the head snapshot, so the alert sits on the
/// pull request's diff. The message is English; every language's text before and after is in the result's
/// `properties.texts`, because a SARIF message has one language. Accepted changes carry an external
/// suppression with the accept file's reason, so code scanning shows them as dismissed, not as open alerts.
public struct SARIFReporter: RuleChangeReporter {
    /// The OASIS schema this output is valid against (the tests check it).
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key of our fingerprint in `partialFingerprints`; versioned, as SARIF asks, in case its recipe changes.
    public static let fingerprintKey = "ruleChangeFingerprint/v1"

    /// Where the head snapshot's rules are: the artifact every result points at.
    public var headLines: SnapshotLines

    public init(headLines: SnapshotLines) {
        self.headLines = headLines
    }

    public func report(_ changes: RuleChangeSet) -> String {
        let summary =
            changes.isEmpty
            ? "No rule changes \(changes.sidesSentence)." : "Rule changes \(changes.sidesSentence): \(changes.countsSentence)."
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([invocation(changes)])),
            ("results", .array(changes.changes.map(result))),
            ("properties", .object([("summary", .string(summary))])),
        ])
        let document: JSONValue = .object([
            ("$schema", .string(Self.schemaURI)), ("version", .string("2.1.0")), ("runs", .array([run])),
        ])
        return document.canonicalText()
    }

    private var driver: JSONValue {
        .object([
            ("name", .string("migration-docs rules diff")),
            ("rules", .array(CheckID.allCases.map(descriptor))),
        ])
    }

    private func descriptor(_ check: CheckID) -> JSONValue {
        .object([
            ("id", .string(check.rawValue)),
            ("shortDescription", .object([("text", .string(check.meaning))])),
            ("defaultConfiguration", .object([("level", .string(level(check.severity)))])),
            ("properties", .object([("severity", .string(check.severity.rawValue))])),
        ])
    }

    /// The run itself: it always succeeds when there is a report; unused acceptances become warnings on it.
    private func invocation(_ changes: RuleChangeSet) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("executionSuccessful", .bool(true))]
        if !changes.unusedAcceptances.isEmpty {
            let notifications: [JSONValue] = changes.unusedAcceptances.map {
                .object([
                    ("level", .string("warning")),
                    (
                        "message",
                        .object([
                            ("text", .string("The accepted fingerprint \($0.fingerprint) matches no change; remove it from the accept file."))
                        ])
                    ),
                ])
            }
            members.append(("toolExecutionNotifications", .array(notifications)))
        }
        return .object(members)
    }

    private func result(_ change: RuleChange) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("ruleId", .string(change.check.rawValue)),
            ("ruleIndex", .integer(CheckID.allCases.firstIndex(of: change.check) ?? 0)),
            ("level", .string(level(change.severity))),
            ("message", .object([("text", .string(message(change)))])),
            ("locations", .array([location(change)])),
            ("partialFingerprints", .object([(Self.fingerprintKey, .string(change.fingerprint))])),
        ]
        if let reason = change.acceptance {
            members.append(
                (
                    "suppressions",
                    .array([
                        .object([("kind", .string("external")), ("status", .string("accepted")), ("justification", .string(reason))])
                    ])
                ))
        }
        members.append(("properties", properties(change)))
        return .object(members)
    }

    /// The English summary, then the English text before and after when the change has localized texts.
    private func message(_ change: RuleChange) -> String {
        var text = change.summary
        if let english = change.texts.first(where: { $0.language == .en }) {
            if let before = english.before { text += "\nBefore (en): \(before)" }
            if let after = english.after, english.isChanged || english.before == nil { text += "\nAfter (en): \(after)" }
        }
        if let reason = change.acceptance { text += "\nAccepted: \(reason)" }
        return text
    }

    private func location(_ change: RuleChange) -> JSONValue {
        .object([
            (
                "physicalLocation",
                .object([
                    ("artifactLocation", .object([("uri", .string(Self.uri(headLines.path)))])),
                    ("region", .object([("startLine", .integer(headLines.line(of: change)))])),
                ])
            )
        ])
    }

    /// What a program reading the report needs beyond the message: the rule, its field, every language's text.
    private func properties(_ change: RuleChange) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("severity", .string(change.severity.rawValue)),
            ("ruleID", .string(change.ruleID)),
            ("section", .string(change.section)),
        ]
        if let field = change.field { members.append(("field", .string(field))) }
        if let detail = change.detail { members.append(("detail", .string(detail))) }
        if !change.texts.isEmpty {
            let texts: [(key: String, value: JSONValue)] = change.texts.map { text in
                var pair: [(key: String, value: JSONValue)] = []
                if let before = text.before { pair.append(("before", .string(before))) }
                if let after = text.after { pair.append(("after", .string(after))) }
                return (key: text.language?.tag ?? "value", value: .object(pair))
            }
            members.append(("texts", .object(texts)))
        }
        return .object(members)
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .breaking: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A path as a URI reference: relative paths stay relative (code scanning resolves them against the
    /// repository root), absolute ones become `file://` URIs; characters a URI cannot hold are percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        // A colon in a relative path would read as a scheme; `;` and `=` are path parameters to some readers.
        allowed.remove(charactersIn: ":;=")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
