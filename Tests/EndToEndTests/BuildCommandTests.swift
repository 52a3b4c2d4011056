import Foundation
import Testing
import TestSupport

/// `migration-docs build` run as a user runs it, on fixture copies of the real content.
@Suite struct BuildCommandTests {
    /// A copy of the real content and templates in a fresh folder, to break on purpose.
    struct Fixture {
        let root: URL
        var content: URL { root.appendingPathComponent("content") }
        var output: URL { root.appendingPathComponent("_site") }

        init() throws {
            root = try makeTemporaryDirectory("build-fixture")
            for folder in ["content", "templates"] {
                try FileManager.default.copyItem(at: Golden.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = content.appendingPathComponent(path)
            try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }

        func build(_ extra: [String] = []) throws -> ToolRun {
            try ToolRun.run(["build"] + extra, in: root)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func aCleanBuildWritesTheSiteAndExitsZero() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let run = try fixture.build()
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("es/glosario/index.html").path))
        #expect(!run.standardError.contains("Stages:"), "timings only when asked for: \(run.standardError)")
    }

    @Test(arguments: [
        ("html", ["load", "validate", "plan", "render and write"]), ("gitbook", ["load", "validate", "export", "write"]),
    ])
    func timingsNameEveryStageInOrder(format: String, stages: [String]) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let run = try fixture.build(["--timings", "--format", format])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let line = try #require(run.standardError.split(separator: "\n").first { $0.hasPrefix("Stages: ") })
        let names = line.dropFirst("Stages: ".count).dropLast().split(separator: ", ").map { part in
            try? #require(part.wholeMatch(of: /(.+) (\d+) ms/)).1
        }
        #expect(names.map { $0.map(String.init) } == stages, "\(line)")
    }

    @Test(arguments: [
        ContentError(
            name: "missing translation", file: "es/glossary.md", change: { _ in nil },
            expected: "content/pt-BR/glossary.md:5: error: The page 'glossary' has no Español (es) translation; add a page with 'id: glossary' to the es folder."),
        ContentError(
            name: "duplicate slug", file: "en/glossary.md", change: { $0.replacingOccurrences(of: "slug: glossary", with: "slug: troubleshooting") },
            expected: "content/en/troubleshooting.md:4: error: The slug 'troubleshooting' is also used by content/en/glossary.md; give every page of a language its own slug."),
        ContentError(
            name: "bad front matter key", file: "en/glossary.md", change: { $0.replacingOccurrences(of: "section: Reference", with: "section: Reference\nauthor: Ana") },
            expected: "content/en/glossary.md:8: error: Unknown front matter key 'author'; the allowed keys are title, description, slug, id, order, section."),
        ContentError(
            name: "bad front matter value", file: "en/glossary.md", change: { $0.replacingOccurrences(of: "order: 4", with: "order: four") },
            expected: "content/en/glossary.md:6: error: 'order' must be a whole number of 0 or more; found 'four'."),
        ContentError(
            name: "link to a missing page", file: "en/glossary.md", change: { $0 + "\nSee [the FAQ](faq.md).\n" },
            expected: "content/en/glossary.md:14: error: The link 'faq.md' points to a page that does not exist in en; link to the file name of a page in the same folder (changes.md, eligibility.md, glossary.md, guide.md, troubleshooting.md)."),
        ContentError(
            name: "link to a missing anchor", file: "en/glossary.md", change: { $0 + "\nSee [billing](guide.md#invoices).\n" },
            expected: "content/en/glossary.md:14: error: The link 'guide.md#invoices' points to no heading of content/en/guide.md;"),
        ContentError(
            name: "unknown rule reference", file: "en/glossary.md", change: { $0 + "\n{{< rule glossary.nothing >}}\n" },
            expected: "content/en/glossary.md:14: error: There is no rule with the id 'glossary.nothing'; use an id from `migration-docs rules snapshot` (like 'fact.duration')."),
        ContentError(
            name: "unknown rule list", file: "en/glossary.md", change: { $0.replacingOccurrences(of: "{{< rules glossary >}}", with: "{{< rules glossery >}}") },
            expected: "content/en/glossary.md:12: error: Unknown rule list 'glossery'; the lists are"),
    ])
    func aContentErrorIsReportedWithExit65AndNothingIsWritten(_ error: ContentError) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = fixture.content.appendingPathComponent(error.file)
        if let changed = error.change(try String(contentsOf: url, encoding: .utf8)) {
            try Data(changed.utf8).write(to: url)
        } else {
            try FileManager.default.removeItem(at: url)
        }
        let run = try fixture.build(["--content", "content"])
        #expect(run.exitCode == 65, "\(error.name): exit \(run.exitCode)")
        #expect(run.standardError.contains(error.expected), "\(error.name): got \(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path), "\(error.name): output was written")
    }

    @Test func everyContentErrorOfARunIsReportedTogether() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.edit("en/glossary.md") { $0 + "\n[x](nowhere.md)\n\n{{< rule no.such-rule >}}\n" }
        try fixture.edit("es/guide.md") { $0.replacingOccurrences(of: "order: 1", with: "order: -1") }
        let run = try fixture.build()
        #expect(run.exitCode == 65)
        let errors = run.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 3, "\(run.standardError)")
    }

    @Test func aTemplateErrorIsReportedTogetherWithTheContentErrors() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let layout = fixture.root.appendingPathComponent("templates/layout.mustache")
        try Data((try String(contentsOf: layout, encoding: .utf8) + "{{#unclosed}}\n").utf8).write(to: layout)
        try fixture.edit("en/glossary.md") { $0 + "\n{{< rule no.such-rule >}}\n" }
        let run = try fixture.build()
        #expect(run.exitCode == 65, "\(run.standardError)")
        #expect(run.standardError.contains("templates/layout.mustache:"), "\(run.standardError)")
        #expect(run.standardError.contains("content/en/glossary.md:14: error: There is no rule with the id 'no.such-rule'"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    @Test func aPageThatIsNotUTF8IsAnErrorAtItsFirstBadByte() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = fixture.content.appendingPathComponent("en/glossary.md")
        // Latin-1 "ç": what an editor saving in the wrong encoding writes.
        try Data(try String(contentsOf: url, encoding: .utf8).utf8 + Array("\nMigra".utf8) + [0xE7] + Array("\u{E3}o\n".utf8)).write(to: url)
        let run = try fixture.build()
        #expect(run.exitCode == 65, "\(run.standardError)")
        #expect(run.standardError.contains("content/en/glossary.md:14:6: error: The file is not valid UTF-8 (0xE7); save it as UTF-8"), "\(run.standardError)")
        #expect(!run.standardError.contains("translation"), "an unreadable page is not also a missing translation: \(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    @Test func aMissingLanguageFolderIsMissingInputExit66() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(at: fixture.content.appendingPathComponent("es"))
        let run = try fixture.build()
        #expect(run.exitCode == 66, "\(run.standardError)")
        #expect(run.standardError.contains("content/es: error: The folder for Español (es) is missing"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    @Test func aFailedBuildLeavesThePreviousOutputAsItWas() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try fixture.build().exitCode == 0)
        let before = try Golden.relativeFiles(in: fixture.output)
        try fixture.edit("en/guide.md") { $0 + "\n{{< rules nonsense >}}\n" }
        #expect(try fixture.build().exitCode == 65)
        #expect(try Golden.relativeFiles(in: fixture.output) == before)
    }

    @Test func twoBuildsGiveTheSameBytesAndLeaveNoStaleFiles() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try fixture.build().exitCode == 0)
        let first = try snapshot(fixture.output)
        try Data("old".utf8).write(to: fixture.output.appendingPathComponent("stale.html"))
        #expect(try fixture.build().exitCode == 0)
        #expect(try snapshot(fixture.output) == first)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).sorted()
        #expect(siblings == ["_site", "content", "templates"], "temporary folders were left behind: \(siblings)")
    }

    @Test func aFolderTheToolDidNotWriteIsNeverReplaced() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let run = try fixture.build(["--output", "templates"])
        #expect(run.exitCode == 73)
        #expect(run.standardError.contains("was not written by migration-docs build"))
        #expect(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("templates/layout.mustache").path))
    }

    @Test func theGitBookFormatWritesMarkdownWithASummaryPerLanguage() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let run = try fixture.build(["--format", "gitbook", "--output", "book"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let files = try Golden.relativeFiles(in: fixture.root.appendingPathComponent("book"))
        for language in ["pt-BR", "en", "es"] {
            #expect(files.contains("\(language)/SUMMARY.md") && files.contains("\(language)/README.md"))
        }
        #expect(files.contains(".gitbook.yaml"))
        let guide = try String(contentsOf: fixture.root.appendingPathComponent("book/en/number-migration.md"), encoding: .utf8)
        #expect(!guide.contains("{{<"))
        #expect(guide.contains("(eligibility-and-preparation.md)"))
    }

    @Test func aBaseURLMustBeAbsolute() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let run = try fixture.build(["--base-url", "help.example.com"])
        #expect(run.exitCode == 64)
        #expect(run.standardError.contains("--base-url must be an absolute http:// or https:// address"))
    }

    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try Golden.relativeFiles(in: folder) {
            files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return files
    }
}

/// One broken fixture: which file to change, how (nil deletes it), and the diagnostic expected.
struct ContentError: Sendable, CustomTestStringConvertible {
    let name: String
    let file: String
    let change: @Sendable (String) -> String?
    let expected: String
    var testDescription: String { name }
}
