/// GitHub Actions workflow commands: `::error` for breaking changes, `::warning`, `::notice` for info.
///
/// Accepted changes become notices whatever their severity, so the annotations match what fails the run.
public struct GitHubReporter: RuleChangeReporter {
    public init() {}

    public func report(_ changes: RuleChangeSet) -> String {
        guard !changes.isEmpty else {
            return "::notice title=Rule diff::\(data("No rule changes \(changes.sidesSentence)."))\n" + unused(changes)
        }
        var output = ""
        for change in changes.changes {
            let command = change.isAccepted ? "notice" : command(change.severity)
            let title = "\(change.severity.rawValue) \(change.check.rawValue): \(change.ruleID)"
            var message = change.summary
            if let reason = change.acceptance { message += "\nAccepted: \(reason)" }
            message += "\nFingerprint: \(change.fingerprint)"
            output += "::\(command) title=\(property(title))::\(data(message))\n"
        }
        output += "Rule changes \(changes.sidesSentence): \(changes.countsSentence).\n"
        return output + unused(changes)
    }

    private func unused(_ changes: RuleChangeSet) -> String {
        changes.unusedAcceptances.map {
            "::warning title=Unused acceptance::\(data("The accepted fingerprint \($0.fingerprint) matches no change; remove it from the accept file."))\n"
        }.joined()
    }

    private func command(_ severity: Severity) -> String {
        switch severity {
        case .breaking: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Escapes a message as the runner expects: `%`, carriage returns and newlines.
    private func data(_ text: String) -> String {
        text.replacingCharacters(["%": "%25", "\r": "%0D", "\n": "%0A", "\r\n": "%0D%0A"])
    }

    /// Escapes a property value: as a message, plus `:` and `,`, which separate properties.
    private func property(_ text: String) -> String {
        text.replacingCharacters(["%": "%25", "\r": "%0D", "\n": "%0A", "\r\n": "%0D%0A", ":": "%3A", ",": "%2C"])
    }
}
