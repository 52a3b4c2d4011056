/// GitHub Actions workflow commands: `::error` for breaking changes, `::warning`, `::notice` for info.
///
/// Accepted changes become notices whatever their severity, so the annotations match what fails the run.
///
/// GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and drops the rest
/// without a word (actions/toolkit, docs/problem-matchers.md, "Limitations"). So past 10 of a kind this
/// writes the first 9 as annotations and a 10th that names how many more there are and points at the job
/// summary; the rest go to the log as plain lines, so no change is lost anywhere.
public struct GitHubReporter: RuleChangeReporter {
    /// Annotations of one kind GitHub shows per step.
    public static let annotationsPerKind = 10

    public init() {}

    public func report(_ changes: RuleChangeSet) -> String {
        var annotations: [Annotation] = []
        if changes.isEmpty {
            annotations.append(Annotation(command: "notice", title: "Rule diff", message: "No rule changes \(changes.sidesSentence)."))
        }
        for change in changes.changes {
            var message = change.summary
            if let reason = change.acceptance { message += "\nAccepted: \(reason)" }
            message += "\nFingerprint: \(change.fingerprint)"
            annotations.append(
                Annotation(
                    command: change.isAccepted ? "notice" : command(change.severity),
                    title: "\(change.severity.rawValue) \(change.check.rawValue): \(change.ruleID)", message: message))
        }
        annotations += changes.unusedAcceptances.map {
            Annotation(
                command: "warning", title: "Unused acceptance",
                message: "The accepted fingerprint \($0.fingerprint) matches no change; remove it from the accept file.")
        }
        var output = write(annotations)
        if !changes.isEmpty { output += "Rule changes \(changes.sidesSentence): \(changes.countsSentence).\n" }
        return output
    }

    /// One workflow command, before the per-step limit is applied.
    private struct Annotation {
        let command: String
        let title: String
        let message: String
    }

    /// Writes every annotation, keeping each kind within the per-step limit.
    private func write(_ annotations: [Annotation]) -> String {
        var total: [String: Int] = [:]
        for annotation in annotations { total[annotation.command, default: 0] += 1 }
        var written: [String: Int] = [:]
        var output = ""
        for annotation in annotations {
            let count = total[annotation.command, default: 0]
            let position = written[annotation.command, default: 0]
            written[annotation.command] = position + 1
            if count <= Self.annotationsPerKind || position < Self.annotationsPerKind - 1 {
                output += "::\(annotation.command) title=\(property(annotation.title))::\(data(annotation.message))\n"
                continue
            }
            if position == Self.annotationsPerKind - 1 {
                output += overflow(annotation.command, hidden: count - position, total: count)
            }
            // Past the limit an annotation would be dropped; as one log line it stays readable in the step's log,
            // and with its line breaks replaced no part of it can start a line the runner reads as a command.
            let line = "\(annotation.command): \(annotation.title): \(annotation.message)"
            output += line.replacingCharacters(["\n": " · ", "\r\n": " · ", "\r": " · "]) + "\n"
        }
        return output
    }

    /// The annotation that stands for those GitHub would not show: how many, and where they all are.
    private func overflow(_ command: String, hidden: Int, total: Int) -> String {
        let message =
            "\(hidden) more \(command) annotations are not shown here (\(total) in all): GitHub shows \(Self.annotationsPerKind) "
            + "\(command) annotations per step. Every rule change is in the job summary, and this step's log lists each one."
        return "::\(command) title=\(property("\(hidden) more in the job summary"))::\(data(message))\n"
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
