import Foundation
import MigrationRules
import Mustache
import Profiles
import RuleDiff
import Site
import Templating

/// libFuzzer harnesses for every parser of untrusted input (issue 12), one binary for all of them.
///
/// Built by `scripts/fuzz` with `-sanitize=fuzzer,address` and `-D FUZZING`: libFuzzer then owns `main` and calls
/// `LLVMFuzzerTestOneInput` with each input, for the harness `FUZZ_HARNESS` names. Built normally, the same
/// binary replays files (`migration-docs-fuzz HARNESS FILE...`), so a crash libFuzzer finds is rerun by a test or
/// by hand without the fuzzer. Each harness must return normally for every input: errors are results, not traps.
public enum Harness: String, CaseIterable, Sendable {
    case profileYAML = "profile-yaml"
    case profileJSON = "profile-json"
    case csv
    case content
    case snapshot
    case acceptFile = "accept-file"
    case template

    /// Feeds one input to the parser under test, through the same path the command uses.
    public func run(_ data: Data) {
        switch self {
        case .profileYAML, .profileJSON:
            let file = ProfileFile(path: self == .profileYAML ? "fuzz.yaml" : "fuzz.json", text: String(decoding: data, as: UTF8.self))
            if case .success(let draft) = ProfileLoader().load(file) { _ = ProfileValidator().validate(draft) }
        case .csv:
            // The CSV reader streams from a path, as a batch does; /dev/shm keeps the write cheap.
            let path = "/dev/shm/migration-docs-fuzz-\(getpid()).csv"
            _ = FileManager.default.createFile(atPath: path, contents: data)
            defer { unlink(path) }
            guard let reader = try? ProfileCSVReader(path: path) else { return }
            while let customer = reader.next() {
                if case .success(let draft) = customer.draft { _ = ProfileValidator().validate(draft) }
            }
        case .content:
            _ = ContentLoader().parse(String(decoding: data, as: UTF8.self), path: "content/en/fuzz.md", fileName: "fuzz.md", language: .en)
        case .snapshot:
            if let snapshot = try? SnapshotReader.parse(data, origin: "fuzz.json") {
                _ = RuleDiffer.diff(base: snapshot, head: snapshot)
            }
        case .acceptFile:
            _ = try? AcceptedChanges.parse(data, origin: "fuzz.json")
        case .template:
            // The structure check must refuse whatever would crash the renderer (cycles, depth); what it
            // accepts is then compiled and rendered, as the site and the checklists do.
            let text = String(decoding: data, as: UTF8.self)
            let source = TemplateStructure.Source(name: "page", path: "templates/page.mustache", text: text)
            guard TemplateStructure.check([source]).isEmpty, let template = try? MustacheTemplate(string: text) else { return }
            _ = MustacheLibrary(templates: ["page": template]).render(["title": "<b>t</b>", "items": [1, 2, 3]], withTemplate: "page")
        }
    }

    /// The harness `FUZZ_HARNESS` names; a wrong name stops the run at once with the list of names.
    static let selected: Harness = {
        let name = ProcessInfo.processInfo.environment["FUZZ_HARNESS"] ?? ""
        guard let harness = Harness(rawValue: name) else {
            let names = Harness.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("FUZZ_HARNESS must be one of: \(names) (got '\(name)').\n".utf8))
            exit(64)
        }
        return harness
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    Harness.selected.run(data)
    return 0
}

/// libFuzzer's driver, for the fuzzing build: SwiftPM links every executable's `main` under its own name, so the
/// harness starts libFuzzer itself rather than relying on libFuzzer's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@main
enum Replay {
    static func main() {
        #if FUZZING
        _ = Harness.selected  // a wrong FUZZ_HARNESS stops here, before libFuzzer counts it as a crash
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        #else
        replay()
        #endif
    }

    /// Replays saved inputs through a harness without libFuzzer: `migration-docs-fuzz HARNESS FILE...`.
    static func replay() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let harness = Harness(rawValue: name) else {
            let names = Harness.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: migration-docs-fuzz \(names) FILE...\n".utf8))
            exit(64)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): error: cannot read this input.\n".utf8))
                exit(66)
            }
            harness.run(data)
        }
    }
}
