import Browser
import Profiles
import Diagnostics
import Foundation
import MigrationRules

/// The checklist pipeline for any number of customers: load → validate → evaluate → render → write.
///
/// - load: `ProfileFile` + `ProfileLoader` (YAML/JSON) or `ProfileCSVReader` (CSV, streamed) give drafts;
/// - validate: `ProfileValidator` turns a draft into a `CustomerProfile` or diagnostics;
/// - evaluate: `Checklist(profile:)` applies the rule book;
/// - render: the format's `ChecklistRenderer` (`ChecklistFormat.makeRenderer`);
/// - write: `ChecklistOutputFolder`, one file per customer in the output folder, each whole or not at all.
///
/// Workers (one per core) take the next customer from a shared source under a lock: loading and
/// validating happen in input order, so diagnostics and file-name clashes are deterministic, while
/// evaluating, rendering and writing run in parallel. Only one customer per worker is in memory.
/// A bad customer is reported and skipped; every good one is still written.
public struct ChecklistBatch: Sendable {
    public let options: ChecklistOptions
    /// The run's format.
    public let format: ChecklistFormat
    let renderer: any ChecklistRenderer
    /// The rule book's sentences per language, rendered once for the batch from `options.rules`.
    let texts: [Language: ChecklistRuleTexts]

    /// The outcome of a run.
    public struct Summary: Sendable {
        /// How many checklists were written; a count, not a list, so memory stays flat for any batch size.
        public var written = 0
        public var failedCustomers = 0
        /// Every problem, inputs in order, customers in order.
        public var diagnostics: [Diagnostic] = []
        /// Customers left to other shards.
        public var skipped = 0
        /// The one checklist, when writing to standard output.
        public var standardOutput: ChecklistFile?
        /// `.success`, or the most specific status among the failures (`ExitStatus.mostSpecific`).
        public var status: ExitStatus = .success
    }

    /// Prepares a run: renders the rule book's sentences once and makes the format's renderer (templates
    /// loaded, Chromium found).
    ///
    /// - Throws: what stops the whole run before any customer (missing templates, missing Chromium).
    public init(format: ChecklistFormat, options: ChecklistOptions) throws {
        self.options = options
        self.format = format
        texts = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, ChecklistRuleTexts(language: $0, rules: options.rules)) })
        renderer = try format.makeRenderer(options, texts: texts)
    }

    /// Renders one checklist in the run's format.
    public func file(for checklist: Checklist) throws -> ChecklistFile {
        // Every language has its texts (built above for `Language.allCases`).
        try renderer.file(for: checklist, texts: texts[checklist.language]!)
    }

    /// Runs the pipeline over the inputs.
    ///
    /// - Parameters:
    ///   - standardInput: read once if an input is `-`.
    ///   - progress: called now and then from worker threads with the number of customers done so far.
    public func run(
        inputs: [String], standardInput: @escaping @Sendable () -> Data, progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> Summary {
        let source = CustomerSource(inputs: inputs, standardInput: standardInput)
        let state = RunState()
        let folder: ChecklistOutputFolder?
        if let directory = options.outputDirectory {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                folder = try ChecklistOutputFolder(path: directory)
            } catch {
                var summary = Summary()
                summary.diagnostics = [
                    Diagnostic(path: directory, message: "cannot create the output folder: \(error.localizedDescription).",
                        hint: "give a folder you can write to with --output, or '-' for standard output.")
                ]
                summary.status = .cannotCreate
                return summary
            }
        } else {
            folder = nil
        }
        let workers = folder == nil ? 1 : options.workers
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let job = state.lock.withLock({ () -> Job? in nextJob(source: source, state: state) }) {
                let outcome = produce(job, folder: folder)
                state.lock.withLock {
                    state.finish(job, outcome)
                    if state.done % 250 == 0 { progress(state.done) }
                }
            }
        }
        return state.summary(inputErrors: source.inputErrors, skipped: source.skipped)
    }

    /// One validated customer, ready to evaluate; or a customer that already failed.
    enum Job {
        case customer(index: Int, path: String, profile: CustomerProfile, fileName: String?)
        case failed(index: Int, DiagnosticsError)

        var index: Int {
            switch self {
            case .customer(let index, _, _, _), .failed(let index, _): index
            }
        }
    }

    enum Outcome {
        case written(String)
        case output(ChecklistFile)
        case failed([Diagnostic], status: ExitStatus)
    }

    /// Loads and validates the next customer of this shard, under the lock, in input order.
    private func nextJob(source: CustomerSource, state: RunState) -> Job? {
        while let customer = source.next() {
            guard options.shard.contains(customer: customer.index) else {
                source.skipped += 1
                continue
            }
            switch customer.draft.flatMap({ ProfileValidator().validate($0) }) {
            case .failure(let error):
                return .failed(index: customer.index, error)
            case .success(let profile):
                let path = customer.path
                guard options.outputDirectory != nil else {
                    if state.standardOutputClaimed {
                        return .failed(
                            index: customer.index,
                            DiagnosticsError(
                                [Diagnostic(path: path, message: "'--output -' writes a single checklist, but the input holds more than one customer; give an output folder instead.")],
                                status: .usage))
                    }
                    state.standardOutputClaimed = true
                    return .customer(index: customer.index, path: path, profile: profile, fileName: nil)
                }
                let slug = Checklist.slug(profile.company)
                let name = slug + "-" + profile.wabaID + "." + format.fileExtension
                if let earlier = state.claimedNames.claim(slug: slug, wabaID: profile.wabaID, name: name, input: path) {
                    return .failed(
                        index: customer.index,
                        DiagnosticsError([
                            Diagnostic(
                                path: path,
                                message: "waba_id \(profile.wabaID) of '\(profile.company)' gives the file \(name), already written for \(earlier); each customer must have its own waba_id.")
                        ]))
                }
                return .customer(index: customer.index, path: path, profile: profile, fileName: name)
            }
        }
        return nil
    }

    /// Evaluates, renders and writes one customer; runs in parallel.
    private func produce(_ job: Job, folder: ChecklistOutputFolder?) -> Outcome {
        switch job {
        case .failed(_, let error):
            return .failed(error.diagnostics, status: error.status)
        case .customer(let index, let path, let profile, let fileName):
            let checklist = Checklist(profile: profile, language: options.language, rules: options.rules)
            let target = fileName.map { folder?.path(of: $0) ?? $0 } ?? "-"
            let file: ChecklistFile
            do {
                file = try self.file(for: checklist)
            } catch let error as PDFPrinter.Failure {
                return .failed([Diagnostic(path: error.path ?? path, message: error.reason)], status: error.status)
            } catch let error as any ReportableError {
                return .failed([Diagnostic(path: target, message: error.description)], status: error.status)
            } catch {
                return .failed([Diagnostic(path: target, message: "the checklist could not be rendered: \(error).")], status: .ioError)
            }
            guard let folder, let fileName else { return .output(file) }
            do {
                try folder.write(file, name: fileName, unique: index)
                return .written(target)
            } catch {
                return .failed([error.diagnostic], status: error.status)
            }
        }
    }
}

/// The mutable state of one run, only touched under its lock.
final class RunState: @unchecked Sendable {
    let lock = NSLock()
    var done = 0
    var standardOutputClaimed = false
    var claimedNames = FileNameClaims()
    private var written = 0
    private var failures: [(index: Int, diagnostics: [Diagnostic], status: ExitStatus)] = []
    private var output: ChecklistFile?

    func finish(_ job: ChecklistBatch.Job, _ outcome: ChecklistBatch.Outcome) {
        done += 1
        switch outcome {
        case .written: written += 1
        case .output(let file): output = file
        case .failed(let diagnostics, let status): failures.append((job.index, diagnostics, status))
        }
    }

    func summary(inputErrors: [DiagnosticsError], skipped: Int) -> ChecklistBatch.Summary {
        var summary = ChecklistBatch.Summary()
        summary.written = written
        summary.failedCustomers = failures.count
        summary.skipped = skipped
        summary.standardOutput = output
        let ordered = failures.sorted { $0.index < $1.index }
        summary.diagnostics = inputErrors.flatMap(\.diagnostics) + ordered.flatMap(\.diagnostics)
        summary.status = ExitStatus.mostSpecific(inputErrors.map(\.status) + ordered.map(\.status))
        return summary
    }
}

/// Every customer of every input, in order: files one by one, CSV rows streamed. Used under the run's lock.
final class CustomerSource: @unchecked Sendable {
    struct Customer {
        let index: Int
        let path: String
        let draft: Result<ProfileDraft, DiagnosticsError>
    }

    private var inputs: ArraySlice<String>
    private let standardInput: @Sendable () -> Data
    private var csv: ProfileCSVReader?
    private var nextIndex = 0
    var skipped = 0
    /// Problems with whole inputs (missing file, bad CSV header); they belong to no customer and every shard reports them.
    private(set) var inputErrors: [DiagnosticsError] = []

    init(inputs: [String], standardInput: @escaping @Sendable () -> Data) {
        self.inputs = inputs[...]
        self.standardInput = standardInput
    }

    func next() -> Customer? {
        while true {
            if let csv {
                if let customer = csv.next() {
                    return take(path: csv.path, customer.draft)
                }
                self.csv = nil
            }
            guard let path = inputs.popFirst() else { return nil }
            if path != "-", path.lowercased().hasSuffix(".csv") {
                do {
                    csv = try ProfileCSVReader(path: path)
                } catch {
                    inputErrors.append(error)
                }
                continue
            }
            do {
                let file = try ProfileFile.read(path, standardInput: standardInput)
                return take(path: path, ProfileLoader().load(file))
            } catch {
                // A missing or unreadable profile is one failed customer, so shards still split the rest evenly.
                return take(path: path, .failure(error))
            }
        }
    }

    private func take(path: String, _ draft: Result<ProfileDraft, DiagnosticsError>) -> Customer {
        defer { nextIndex += 1 }
        return Customer(index: nextIndex, path: path, draft: draft)
    }
}
