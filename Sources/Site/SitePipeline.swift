import Diagnostics
import Foundation
import MigrationRules

/// What `migration-docs build` writes.
public enum SiteFormat: String, CaseIterable, Sendable {
    /// The static help-center site.
    case html
    /// Markdown for GitBook's Git Sync.
    case gitbook
    /// Article and translation bodies for Zendesk's Help Center API, and a manifest.
    case zendesk
    /// Article bodies for Intercom's Articles API, and a manifest.
    case intercom

    /// Whether the format needs the help center configuration (`site.yaml`).
    var needsConfiguration: Bool { self == .zendesk || self == .intercom }

    /// The format's exporter; nil for the HTML site, which `SiteRenderer` renders file by file.
    ///
    /// - Throws: when the configuration lacks the format's section.
    func exporter(strings: SiteStrings, configuration: HelpCenterConfiguration?, path: String) throws(DiagnosticsError) -> (any SiteExporter)? {
        switch self {
        case .html: return nil
        case .gitbook: return GitBookExporter(strings: strings)
        case .zendesk:
            guard let zendesk = configuration?.zendesk else { throw Self.missingSection("zendesk", path: path) }
            return ZendeskExporter(configuration: zendesk)
        case .intercom:
            guard let intercom = configuration?.intercom else { throw Self.missingSection("intercom", path: path) }
            return IntercomExporter(configuration: intercom)
        }
    }

    private static func missingSection(_ name: String, path: String) -> DiagnosticsError {
        DiagnosticsError(
            Diagnostic(
                path: path, message: "the site configuration has no '\(name):' section, which --format \(name) needs.",
                hint: "add one as in examples/site.yaml."))
    }
}

/// The inputs of one build.
public struct SiteBuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    public var baseURL: String?
    public var format: SiteFormat
    /// The help center configuration, read by the formats that publish to a hosted help center.
    public var configurationPath: String

    public init(
        contentDirectory: String = "content", templatesDirectory: String = "templates", outputDirectory: String = "_site", baseURL: String? = nil,
        format: SiteFormat = .html, configurationPath: String = "site.yaml"
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.format = format
        self.configurationPath = configurationPath
    }
}

/// What a build produced, for the command's one-line report.
public struct SiteBuildSummary: Sendable, Hashable {
    public var pageCount: Int
    public var fileCount: Int
    /// How long each stage took, in order, for `build --timings`: which stage to look at when a site is slow.
    public var stages: [StageTime] = []
}

/// One stage of a build and its wall time.
public struct StageTime: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var duration: Duration

    public init(name: String, duration: Duration) {
        self.name = name
        self.duration = duration
    }

    /// "load 47 ms", rounded to the millisecond; from 10 s on, "render and write 12.3 s".
    public var description: String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + (attoseconds + 500_000_000_000_000) / 1_000_000_000_000_000
        guard milliseconds >= 10_000 else { return "\(name) \(milliseconds) ms" }
        let tenths = (milliseconds + 50) / 100
        return "\(name) \(tenths / 10).\(tenths % 10) s"
    }
}

/// Builds the help center in four stages, each a function from one value to the next:
///
/// 1. **load**: `ContentLoader` reads the pages and their front matter (and `SiteTemplates` the templates);
/// 2. **validate**: `ContentValidator` expands rule directives, renders Markdown and checks the whole site;
/// 3. **render**: `SiteRenderer` (HTML) or the format's `SiteExporter` (GitBook, Zendesk, Intercom) produce the output files in memory;
/// 4. **write**: `SiteWriter` puts them in place atomically.
///
/// Problems of the first two stages are all collected and thrown together before anything is written.
public struct SitePipeline: Sendable {
    public let rules: RuleBook
    public let strings: SiteStrings

    public init(rules: RuleBook, strings: SiteStrings = .standard) {
        self.rules = rules
        self.strings = strings
    }

    /// Runs every stage. Throws `DiagnosticsError` for bad content (exit 65) or missing inputs (66), `OutputError` for write failures.
    ///
    /// HTML pages are rendered and written by the same worker, one at a time, and dropped: the rendered
    /// site is never in memory whole.
    public func build(_ options: SiteBuildOptions) throws -> SiteBuildSummary {
        let pagePaths = PagePaths()
        var clock = StageClock()
        let rendered = try render(options, clock: &clock)
        var summary: SiteBuildSummary
        switch rendered {
        case .html(let plan):
            try SiteWriter().write(count: plan.count, to: options.outputDirectory) { plan.file(at: $0) }
            let pageCount = (0..<plan.count).filter { pagePaths.isPage(plan.path(at: $0)) }.count
            summary = SiteBuildSummary(pageCount: pageCount, fileCount: plan.count + 1)
            clock.finish("render and write")
        case .files(let files, let pageCount):
            try SiteWriter().write(files, to: options.outputDirectory)
            summary = SiteBuildSummary(pageCount: pageCount, fileCount: files.count + 1)
            clock.finish("write")
        }
        summary.stages = clock.stages
        return summary
    }

    /// Times the stages one after another: each `finish` closes the stage that began when the last one ended.
    struct StageClock {
        private let clock = ContinuousClock()
        private var start: ContinuousClock.Instant
        private(set) var stages: [StageTime] = []

        init() { start = clock.now }

        mutating func finish(_ name: String) {
            let now = clock.now
            stages.append(StageTime(name: name, duration: now - start))
            start = now
        }
    }

    /// The load, validate and render stages: the output in memory, written nowhere.
    public func renderFiles(_ options: SiteBuildOptions) throws(DiagnosticsError) -> [OutputFile] {
        var clock = StageClock()
        return switch try render(options, clock: &clock) {
        case .html(let plan): Array(0..<plan.count).concurrentMap { plan.file(at: $0) }.sorted { $0.path < $1.path }
        case .files(let files, _): files
        }
    }

    /// What the render stage hands the writer: an HTML site to render file by file, or an export's files
    /// and the number of pages (in all languages) they hold.
    private enum Rendered {
        case html(SiteRenderPlan)
        case files([OutputFile], pageCount: Int)
    }

    /// Which output files count as pages in the summary.
    private struct PagePaths {
        func isPage(_ path: String) -> Bool { path.hasSuffix(".html") || path.hasSuffix(".md") }
    }

    /// The load, validate and render-planning stages.
    private func render(_ options: SiteBuildOptions, clock: inout StageClock) throws(DiagnosticsError) -> Rendered {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError(
                [Diagnostic(path: options.contentDirectory, message: "The content folder does not exist; pass --content with the folder that holds pt-BR/, en/ and es/.")],
                status: .inputMissing)
        }
        // Every input is read before any problem is thrown, so one run reports template, content and
        // validation problems together; a broken template no longer hides the content's errors.
        var problems: [DiagnosticsError] = []
        var templates: SiteTemplates?
        if options.format == .html {
            do throws(DiagnosticsError) {
                templates = try SiteTemplates.load(directory: options.templatesDirectory)
            } catch {
                problems.append(error)
            }
        }
        let loaded = ContentLoader().loadReportingUnreadable(directory: options.contentDirectory)
        if !loaded.diagnostics.isEmpty {
            problems.append(DiagnosticsError(loaded.diagnostics, status: loaded.isInputMissing ? .inputMissing : .invalidData))
        }
        var exporter: (any SiteExporter)?
        do throws(DiagnosticsError) {
            let configuration = options.format.needsConfiguration ? try HelpCenterConfiguration.load(path: options.configurationPath) : nil
            exporter = try options.format.exporter(strings: strings, configuration: configuration, path: options.configurationPath)
        } catch {
            problems.append(error)
        }
        clock.finish("load")
        var model: SiteModel?
        do throws(DiagnosticsError) {
            let linkStyle = exporter?.linkStyle ?? HTMLLinkStyle()
            model = try ContentValidator(rules: rules, strings: strings, linkStyle: linkStyle).validate(loaded.pages, unreadable: loaded.unreadable)
        } catch {
            problems.append(error)
        }
        clock.finish("validate")
        var renderer: SiteRenderer?
        if let templates {
            do throws(DiagnosticsError) {
                renderer = try SiteRenderer(templates: templates, strings: strings, baseURL: options.baseURL, rules: rules)
            } catch {
                problems.append(error)
            }
        }
        switch (renderer, exporter, model) {
        case (let renderer?, nil, let model?) where problems.isEmpty:
            let plan = renderer.plan(model)
            clock.finish("plan")
            return .html(plan)
        case (_, let exporter?, let model?) where problems.isEmpty:
            let files = exporter.export(model)
            clock.finish("export")
            return .files(files, pageCount: model.pages.values.map(\.count).reduce(0, +))
        default:
            // Every way to get here has recorded a problem: each missing value comes with its error.
            throw Self.combined(problems)
        }
    }

    /// One error for the whole run, its diagnostics in file order. Missing input (66) outranks invalid
    /// data (65): until every file is there, the data problems may not be the whole story.
    static func combined(_ problems: [DiagnosticsError]) -> DiagnosticsError {
        let diagnostics = problems.flatMap(\.diagnostics).sorted { ($0.path, $0.line ?? 0, $0.message) < ($1.path, $1.line ?? 0, $1.message) }
        return DiagnosticsError(diagnostics, status: ExitStatus.mostSpecific(problems.map(\.status)))
    }
}
