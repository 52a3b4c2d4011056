import ArgumentParser
import Foundation
import MigrationRules
import Checklists
import Diagnostics
import Profiles

#if canImport(Glibc)
    import Glibc
#endif

/// `migration-docs checklist`: customer profiles in, one printable checklist per customer out.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Check customer profiles against the rule book and write one migration checklist per customer.",
        discussion: """
            PROFILE is a YAML or JSON file with one customer, a CSV file with one row per phone number (rows with \
            the same waba_id form one customer), or '-' for one YAML/JSON profile on standard input. Files are named \
            <company-slug>-<waba_id>.<ext>. Bad customers are reported and skipped; the good ones are still written, \
            and the exit code is 65 if any failed.
            """
    )

    @Argument(help: ArgumentHelp("Profiles: YAML, JSON or CSV files, or '-' for standard input.", valueName: "profile"))
    var profiles: [String]

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: ChecklistFormat = .html

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder, or '-' for standard output (one customer only).", valueName: "dir"))
    var output: String = "checklists"

    @Option(help: ArgumentHelp("Language of every checklist; default: each profile's 'language'.", valueName: "language"))
    var language: Language?

    @Option(help: ArgumentHelp("Handle only shard K of N (customers K, K+N, K+2N, ... in input order).", valueName: "K/N"), transform: Shard.argument)
    var shard: Shard = .whole

    @Option(help: ArgumentHelp("Folder holding checklist.mustache and assets/.", valueName: "dir"))
    var templates: String = "templates"

    @Option(help: ArgumentHelp("Chromium executable for PDF output; default: 'chromium' on PATH.", valueName: "path"))
    var chromium: String?

    @Option(help: ArgumentHelp("Worker threads, 1 to \(Self.maximumJobs); default: the number of cores.", valueName: "n"))
    var jobs: Int?

    /// More workers than this only add threads that wait: a batch is bound by cores and the disk, and a huge
    /// value made the run start threads without end.
    static let maximumJobs = 256

    func validate() throws {
        if output.isEmpty {
            throw ValidationError("--output needs a folder name; found an empty one.")
        }
        if let jobs, !(1...Self.maximumJobs).contains(jobs) {
            throw ValidationError("--jobs must be between 1 and \(Self.maximumJobs); found \(jobs). The default, the number of cores, is usually fastest.")
        }
        if profiles.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be given only once.")
        }
    }

    func run() throws {
        let options = ChecklistOptions(
            outputDirectory: output == "-" ? nil : output, language: language, shard: shard,
            templatesDirectory: templates, chromiumPath: chromium, workers: jobs, rules: .current)
        let batch: ChecklistBatch
        do {
            batch = try ChecklistBatch(format: format, options: options)
        } catch let error as any ReportableError {
            throw error.exit()
        }
        let showsProgress = isatty(STDERR_FILENO) == 1 && options.outputDirectory != nil
        let summary = batch.run(
            inputs: profiles, standardInput: { StandardStreams.readInput(limit: ProfileLimits.maximumProfileBytes) },
            progress: { done in if showsProgress { StandardStreams.writeError("\rchecklists: \(done) done") } })
        if showsProgress { StandardStreams.writeError("\r\u{1B}[K") }
        if let file = summary.standardOutput { StandardStreams.writeOut(file.bytes) }
        for diagnostic in summary.diagnostics { StandardStreams.writeError(diagnostic.description + "\n") }
        if options.outputDirectory != nil {
            var line = "checklist: wrote \(summary.written) \(format.rawValue) checklist\(summary.written == 1 ? "" : "s") to \(output)"
            if summary.failedCustomers > 0 { line += "; \(summary.failedCustomers) customer\(summary.failedCustomers == 1 ? "" : "s") failed" }
            if summary.skipped > 0 { line += "; \(summary.skipped) left to other shards" }
            StandardStreams.writeError(line + ".\n")
        }
        if summary.status != .success { throw ExitCode(summary.status) }
    }
}
