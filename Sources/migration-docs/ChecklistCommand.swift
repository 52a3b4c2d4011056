import ArgumentParser
import Foundation
import MigrationRules
import Checklists
import Site
import Profiles
import Diagnostics

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

    @Option(help: ArgumentHelp("Output format: html, markdown, json or pdf.", valueName: "format"))
    var format: String = "html"

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder, or '-' for standard output (one customer only).", valueName: "dir"))
    var output: String = "checklists"

    @Option(help: ArgumentHelp("Language of every checklist (pt-BR, en, es); default: each profile's 'language'.", valueName: "language"))
    var language: String?

    @Option(help: ArgumentHelp("Handle only shard K of N (customers K, K+N, K+2N, ... in input order).", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Folder holding checklist.mustache and assets/.", valueName: "dir"))
    var templates: String = "templates"

    @Option(help: ArgumentHelp("Chromium executable for PDF output; default: 'chromium' on PATH.", valueName: "path"))
    var chromium: String?

    @Option(help: ArgumentHelp("Worker threads; default: the number of cores.", valueName: "n"))
    var jobs: Int?

    func run() throws {
        guard let format = ChecklistFormat(rawValue: format) else {
            throw usage("--format must be one of \(ChecklistFormat.allCases.map(\.rawValue).joined(separator: ", ")); found '\(format)'.")
        }
        var selectedLanguage: Language?
        if let language {
            guard let parsed = Language(tag: language) else {
                throw usage("--language must be one of \(Language.allCases.map(\.tag).joined(separator: ", ")); found '\(language)'.")
            }
            selectedLanguage = parsed
        }
        var selectedShard = Shard.whole
        if let shard {
            guard let parsed = Shard(parsing: shard) else {
                throw usage("--shard must be K/N with 1 ≤ K ≤ N, like 2/4; found '\(shard)'.")
            }
            selectedShard = parsed
        }
        if let jobs, jobs < 1 {
            throw usage("--jobs must be 1 or more; found \(jobs).")
        }
        if profiles.filter({ $0 == "-" }).count > 1 {
            throw usage("standard input ('-') can be given only once.")
        }
        let options = ChecklistOptions(
            format: format, outputDirectory: output == "-" ? nil : output, language: selectedLanguage, shard: selectedShard,
            templatesDirectory: templates, chromiumPath: chromium, workers: jobs)
        let batch: ChecklistBatch
        do {
            batch = try ChecklistBatch(options: options)
        } catch {
            throw CommandFailure(message: error.message, code: error.exitCode).exit()
        }
        let showsProgress = isatty(STDERR_FILENO) == 1 && options.outputDirectory != nil
        let summary = batch.run(
            inputs: profiles, standardInput: { FileHandle.standardInput.readDataToEndOfFile() },
            progress: { done in if showsProgress { StandardStreams.writeError("\rchecklists: \(done) done") } })
        if showsProgress { StandardStreams.writeError("\r\u{1B}[K") }
        if let data = summary.standardOutput { FileHandle.standardOutput.write(data) }
        for diagnostic in summary.diagnostics { StandardStreams.writeError(diagnostic.description + "\n") }
        if options.outputDirectory != nil {
            var line = "checklist: wrote \(summary.written) \(format.rawValue) checklist\(summary.written == 1 ? "" : "s") to \(output)"
            if summary.failedCustomers > 0 { line += "; \(summary.failedCustomers) customer\(summary.failedCustomers == 1 ? "" : "s") failed" }
            if summary.skipped > 0 { line += "; \(summary.skipped) left to other shards" }
            StandardStreams.writeError(line + ".\n")
        }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }

    private func usage(_ message: String) -> ExitCode {
        CommandFailure(message: "error: " + message, code: 64).exit()
    }
}
