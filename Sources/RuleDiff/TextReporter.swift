import MigrationRules

/// The plain-text report, for a terminal or a CI log.
///
/// Colour is a parameter, not a guess: the executable turns it on only when standard output is a terminal,
/// so logs and files never carry escape codes.
public struct TextReporter: RuleChangeReporter {
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func report(_ changes: RuleChangeSet) -> String {
        guard !changes.isEmpty else {
            return "No rule changes \(changes.sidesSentence).\n" + unused(changes)
        }
        var output = "Rule changes \(changes.sidesSentence): \(changes.countsSentence).\n"
        for change in changes.changes {
            output += "\n"
            output += paint(label(change.severity), code: code(change.severity))
            output += " \(change.check.rawValue) \(change.ruleID) (\(change.section)\(change.field.map { ", \($0)" } ?? ""))\n"
            output += "  \(change.summary)\n"
            for text in change.texts { output += lines(text) }
            output += "  fingerprint: \(change.fingerprint)\n"
            if let reason = change.acceptance { output += "  accepted: \(reason)\n" }
        }
        return output + unused(changes)
    }

    private func lines(_ text: TextChange) -> String {
        let tag = text.language?.tag ?? "value"
        let name = tag + String(repeating: " ", count: max(0, 6 - tag.count))
        let indent = String(repeating: " ", count: 9)
        // Continuation lines of a multi-line text stay under their first line.
        let continuation = "\n" + String(repeating: " ", count: 11)
        let before = text.before?.replacingCharacters(["\n": continuation, "\r\n": continuation])
        let after = text.after?.replacingCharacters(["\n": continuation, "\r\n": continuation])
        switch (before, after) {
        case (let before?, let after?) where before == after:
            return "  \(name) = \(before)\n"
        case (let before?, let after?):
            return "  \(name) \(paint("- " + before, code: "31"))\n\(indent)\(paint("+ " + after, code: "32"))\n"
        case (let before?, nil):
            return "  \(name) \(paint("- " + before, code: "31"))\n"
        case (nil, let after?):
            return "  \(name) \(paint("+ " + after, code: "32"))\n"
        case (nil, nil):
            return ""
        }
    }

    private func unused(_ changes: RuleChangeSet) -> String {
        changes.unusedAcceptances.map {
            "note: the accepted fingerprint \($0.fingerprint) matches no change; remove it from the accept file.\n"
        }.joined()
    }

    private func label(_ severity: Severity) -> String {
        switch severity {
        case .breaking: "BREAKING"
        case .warning: "WARNING"
        case .info: "INFO"
        }
    }

    private func code(_ severity: Severity) -> String {
        switch severity {
        case .breaking: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    private func paint(_ text: String, code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
