import MigrationRules

/// The Markdown report, for a pull-request comment or a GitHub job summary.
///
/// Grouped by severity, most severe first, and every changed text is shown before and after in each
/// language, so a reviewer who reads only one of them still sees what moved in the others.
public struct MarkdownReporter: RuleChangeReporter {
    public init() {}

    public func report(_ changes: RuleChangeSet) -> String {
        var output = "## Rule changes\n\n"
        let sides = "from \(name(changes.base)) to \(name(changes.head))"
        guard !changes.isEmpty else {
            return output + "No rule changes \(sides).\n" + unused(changes)
        }
        output += "Rule changes \(sides): \(changes.countsSentence).\n"
        for severity in Severity.allCases.reversed() {
            let group = changes.changes.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            output += "\n### \(title(severity)) (\(group.count))\n"
            for change in group { output += section(change) }
        }
        return output + unused(changes)
    }

    private func section(_ change: RuleChange) -> String {
        var output = "\n#### `\(change.check.rawValue)` · `\(change.ruleID)`"
        output += " (\(change.section)\(change.field.map { ", `\($0)`" } ?? ""))\n\n"
        output += change.summary + "\n"
        if let reason = change.acceptance { output += "\n> **Accepted:** \(cell(reason))\n" }
        if !change.texts.isEmpty {
            output += "\n| Language | Before | After |\n| --- | --- | --- |\n"
            for text in change.texts {
                let after = text.before != nil && text.before == text.after ? "_(unchanged)_" : text.after.map(cell) ?? "—"
                output += "| \(text.language?.tag ?? "value") | \(text.before.map(cell) ?? "—") | \(after) |\n"
            }
        }
        output += "\nFingerprint: `\(change.fingerprint)`\n"
        return output
    }

    private func unused(_ changes: RuleChangeSet) -> String {
        guard !changes.unusedAcceptances.isEmpty else { return "" }
        return "\n### Unused acceptances\n\n"
            + changes.unusedAcceptances.map { "- `\($0.fingerprint)` matches no change; remove it from the accept file.\n" }.joined()
    }

    private func title(_ severity: Severity) -> String {
        switch severity {
        case .breaking: "Breaking"
        case .warning: "Warnings"
        case .info: "Info"
        }
    }

    /// A file or revision in code style; the compiled rule book in words.
    private func name(_ side: RuleChangeSet.Side) -> String {
        let origin = side.origin.contains(" ") ? side.origin : "`\(side.origin)`"
        return "\(origin) (version \(side.version), \(side.date))"
    }

    /// Text made safe for one table cell: pipes escaped, line breaks kept as `<br>`.
    private func cell(_ text: String) -> String {
        // "\r\n" is one Character in Swift, so it is replaced as a whole.
        text.replacingCharacters(["|": "\\|", "\r\n": "<br>", "\n": "<br>"])
    }
}
