import ArgumentParser
import Diagnostics
import Foundation
import RuleDiff

/// `migration-docs rules diff`: what changed between two snapshots, classified from the customer's side.
struct RulesDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two rule book snapshots, and fail on changes that narrow eligibility.",
        discussion: """
            BASE and HEAD are snapshot files or git revisions as REV:PATH (e.g. origin/main:content/rules.json); \
            HEAD defaults to the compiled rule book. Exit codes: 0 nothing reaches --fail-on; 1 something does; \
            65 a snapshot or accept file is invalid; 66 one is missing; 64 usage.
            """
    )

    @Argument(help: ArgumentHelp("The snapshot before the change: a file or REV:PATH.", valueName: "base"))
    var base: String

    @Argument(help: ArgumentHelp("The snapshot after the change; the compiled rule book when omitted.", valueName: "head"))
    var head: String?

    @Option(help: ArgumentHelp("Report format.", valueName: "format"))
    var format: ReportFormat = .text

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when a change of this severity or higher is not accepted.", valueName: "severity"))
    var failOn: FailThreshold = .breaking

    @Option(help: ArgumentHelp("A JSON file of accepted fingerprints, each with a reason; accepted changes never fail the run.", valueName: "file"))
    var accept: String?

    func run() throws {
        let reader = SnapshotReader(compiledRuleBook: .current)
        let sources = [reader.source(for: base), head.map(reader.source(for:)) ?? .compiledRuleBook]
        // Both sides are read before either failure is reported, so a run names every broken side at once.
        // The head is read with its lines: the SARIF and GitLab reports point at its rules.
        var baseSnapshot: Snapshot?
        var headSnapshot: (snapshot: Snapshot, lines: SnapshotLines)?
        var failures: [SnapshotReadError] = []
        do {
            baseSnapshot = try reader.read(sources[0])
        } catch {
            failures.append(error)
        }
        do {
            headSnapshot = try reader.readWithLines(sources[1])
        } catch {
            failures.append(error)
        }
        guard let baseSnapshot, let headSnapshot else {
            StandardStreams.writeError(failures.map(\.description).joined(separator: "\n") + "\n")
            throw ExitCode(ExitStatus.mostSpecific(failures.map(\.status)))
        }
        var changes = RuleDiffer.diff(base: baseSnapshot, head: headSnapshot.snapshot)
        if let accept {
            do {
                changes = changes.accepting(try AcceptedChanges.read(path: accept, workingDirectory: reader.workingDirectory))
            } catch {
                throw error.exit()
            }
        }
        let context = ReportContext(colour: StandardStreams.outputIsColourTerminal, failOn: failOn, headLines: headSnapshot.lines)
        StandardStreams.writeOut(format.reporter(context).report(changes))
        let failing = changes.failures(at: failOn)
        if !failing.isEmpty {
            StandardStreams.writeError(
                "rules diff: \(failing.count) \(failing.count == 1 ? "change reaches" : "changes reach") --fail-on \(failOn.rawValue). "
                    + "If \(failing.count == 1 ? "it is" : "they are") intended, add \(failing.count == 1 ? "its fingerprint" : "their fingerprints") with a reason to an accept file and pass --accept FILE.\n")
            throw ExitCode(ExitStatus.findings)
        }
    }
}
