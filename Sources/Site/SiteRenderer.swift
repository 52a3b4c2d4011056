import Templating
import Diagnostics
import Foundation
import Markdown
import MigrationRules

/// The render stage for HTML: turns a checked `SiteModel` into the files of the site.
///
/// Every internal link is relative and ends in `index.html`, so the site works opened from disk and
/// served under any path; absolute URLs appear only in canonical, alternate and sitemap links, and only
/// when a base URL is given.
public struct SiteRenderer: Sendable {
    public let templates: SiteTemplates
    public let strings: SiteStrings
    /// The public address of the output folder, ending in `/`; nil for a site without absolute URLs.
    public let baseURL: String?

    /// The two-stage templates (`page`, `home`) with their `[[...]]` tags filled, per language.
    let stages: [Language: SiteLanguageStage]
    /// `nav-page` filled for each kind of sidebar entry.
    let navTemplates: SiteNavTemplates

    /// Fills the two-stage templates' `[[...]]` tags for every language (`SiteLanguageStage`).
    ///
    /// Throws (65) when a template is not valid Mustache once those tags are filled.
    public init(templates: SiteTemplates, strings: SiteStrings = .standard, baseURL: String?, rules: RuleBook) throws(DiagnosticsError) {
        self.templates = templates
        self.strings = strings
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        stages = try SiteLanguageStage.fill(templates, strings: strings, rules: rules, baseURL: self.baseURL)
        navTemplates = try SiteNavTemplates.fill(templates)
    }

    /// Every file of the HTML site, sorted by path, in memory: for tests and for callers that post-process
    /// the files. `SitePipeline.build` writes through `plan(_:)` instead, so a large site is never held whole.
    public func render(_ model: SiteModel) -> [OutputFile] {
        let plan = self.plan(model)
        return Array(0..<plan.count).concurrentMap { plan.file(at: $0) }.sorted { $0.path < $1.path }
    }

    /// The site as a numbered list of files, each rendered only when asked for, so workers can render and
    /// write a page, then drop it. Everything shared by many pages is computed here once.
    public func plan(_ model: SiteModel) -> SiteRenderPlan {
        // The sitemap protocol allows only absolute URLs: without a base URL there is no sitemap.
        var jobs: [RenderJob] = baseURL == nil ? [.chooser, .notFound] : [.chooser, .notFound, .sitemap]
        jobs += templates.assets.indices.map { RenderJob.asset($0) }
        var languages: [Language: SiteRenderPlan.LanguageParts] = [:]
        for language in Language.allCases {
            let pages = model.pages[language] ?? []
            jobs.append(.home(language))
            jobs += pages.indices.map { RenderJob.page(language, $0) }
            languages[language] = languageParts(language, pages: pages, model: model)
        }
        return SiteRenderPlan(renderer: self, model: model, jobs: jobs, languages: languages)
    }

    enum RenderJob: Sendable {
        case home(Language)
        case page(Language, Int)
        case chooser
        case notFound
        case sitemap
        case asset(Int)
    }

    /// The path `render(_:plan:)` gives the job's file, without rendering it.
    func path(of job: RenderJob, model: SiteModel) -> String {
        switch job {
        case .home(let language): "\(language.tag)/index.html"
        case .page(let language, let index): "\(model.pages[language]?[index].page.sitePath ?? language.tag)/index.html"
        case .chooser: "index.html"
        case .notFound: "404.html"
        case .sitemap: "sitemap.xml"
        case .asset(let index): templates.assets[index].path
        }
    }

    func render(_ job: RenderJob, plan: SiteRenderPlan) -> OutputFile {
        let model = plan.model
        switch job {
        case .home(let language):
            return OutputFile(path: "\(language.tag)/index.html", text: renderHome(language, plan: plan))
        case .page(let language, let index):
            let page = model.pages[language]?[index]
            return OutputFile(
                path: "\(page?.page.sitePath ?? language.tag)/index.html",
                text: page.map { renderPage($0, index: index, plan: plan) } ?? "")
        case .chooser:
            return OutputFile(path: "index.html", text: renderChooser(plan))
        case .notFound:
            return OutputFile(path: "404.html", text: renderNotFound(plan))
        case .sitemap:
            return OutputFile(path: "sitemap.xml", text: sitemap(model))
        case .asset(let index):
            return templates.assets[index]
        }
    }

    // MARK: Navigation

    /// What the pages of one language share: the filled templates and the sidebar's pieces.
    private func languageParts(_ language: Language, pages: [ResolvedPage], model: SiteModel) -> SiteRenderPlan.LanguageParts? {
        guard let stage = stages[language] else { return nil }
        // Sections in reading order: a section starts where the previous page's differs.
        var sections: [SiteRenderPlan.NavSection] = []
        var anchors: Set<String> = ["content"]
        for (index, page) in pages.enumerated() {
            if let last = sections.indices.last, sections[last].name == page.frontMatter.section {
                sections[last].pages = sections[last].pages.lowerBound..<(index + 1)
                continue
            }
            let base = Slug.make(page.frontMatter.section).isEmpty ? "section" : Slug.make(page.frontMatter.section)
            var anchor = base
            var suffix = 1
            while !anchors.insert(anchor).inserted {
                anchor = "\(base)-\(suffix)"
                suffix += 1
            }
            sections.append(SiteRenderPlan.NavSection(name: page.frontMatter.section, anchor: anchor, pages: index..<(index + 1)))
        }
        var section = Array(repeating: 0, count: pages.count)
        for (number, entry) in sections.enumerated() {
            for index in entry.pages { section[index] = number }
        }
        // Every sidebar entry is rendered once per language from `nav-page.mustache`: each page's in both
        // states, each section closed (linked from the contents page and from a content page). A page's
        // sidebar is then these pieces joined, with only its own section rendered for it: a template run
        // per section on every page was a quarter of the page template's lookups.
        let item = { @Sendable (page: ResolvedPage, current: Bool) -> String in
            let entry = SiteNavEntryContext(
                kind: .page(title: MustacheText(page.frontMatter.title)), href: MustacheText("../\(page.frontMatter.slug)/index.html"), current: current)
            return navTemplates.render(entry, library: templates.library)
        }
        let closed = { (contents: String) -> [String] in
            sections.map {
                navTemplates.render(
                    SiteNavEntryContext(kind: .section(name: MustacheText($0.name), pages: nil), href: MustacheText("\(contents)#\($0.anchor)"), current: false),
                    library: templates.library)
            }
        }
        return SiteRenderPlan.LanguageParts(
            stage: stage, sections: sections, sectionOfPage: section,
            navItems: SiteRenderPlan.NavItems(pages.concurrentMap { item($0, false) }),
            currentNavItems: pages.concurrentMap { item($0, true) },
            closedSectionsOnHome: closed("index.html"), closedSectionsOnPages: closed("../index.html"))
    }

    /// The sidebar's HTML: every section of the language, linking to its list on the contents page, and
    /// only the current page's section opened to its pages. Listing every page on every page made each
    /// page grow with the site and the build quadratic (109 KB pages at 1,000 pages per language).
    ///
    /// A language of at most `fullSidebarLimit` pages (the real site has five) opens every section, so
    /// every page is one click away from any other.
    private func navigation(_ parts: SiteRenderPlan.LanguageParts, currentPage: Int?) -> String {
        guard let currentPage else { return parts.closedSectionsOnHome.joined() }
        let currentSection = parts.sectionOfPage[currentPage]
        let opensEverySection = parts.sectionOfPage.count <= Self.fullSidebarLimit
        var html = ""
        for (number, section) in parts.sections.enumerated() {
            guard number == currentSection else {
                if opensEverySection {
                    html += navTemplates.render(
                        SiteNavEntryContext(
                            kind: .section(name: MustacheText(section.name), pages: MustacheText(String(parts.navItems[section.pages]))),
                            href: MustacheText("../index.html#\(section.anchor)"), current: true),
                        library: templates.library)
                } else {
                    html += parts.closedSectionsOnPages[number]
                }
                continue
            }
            // The entries before the current page, its own in the current state, the entries after it:
            // three copies instead of an append per page of the section.
            var pages = String(parts.navItems[section.pages.lowerBound..<currentPage])
            pages += parts.currentNavItems[currentPage]
            pages += parts.navItems[(currentPage + 1)..<section.pages.upperBound]
            html += navTemplates.render(
                SiteNavEntryContext(kind: .section(name: MustacheText(section.name), pages: MustacheText(pages)), href: MustacheText("../index.html#\(section.anchor)"), current: true),
                library: templates.library)
        }
        return html
    }

    /// Up to this many pages in a language, the sidebar lists them all; above it, only the current section's
    /// (a full sidebar on the 3 × 1,000-page benchmark multiplied page size and render time).
    static let fullSidebarLimit = 50

    // MARK: Pages

    private func renderPage(_ page: ResolvedPage, index: Int, plan: SiteRenderPlan) -> String {
        let model = plan.model
        let language = page.language
        guard let parts = plan.languages[language], let pages = model.pages[language] else { return "" }
        let root = "../../"
        func link(_ page: ResolvedPage) -> SiteLinkContext {
            SiteLinkContext(href: MustacheText("../\(page.frontMatter.slug)/index.html"), title: MustacheText(page.frontMatter.title))
        }
        // The validator refuses a site where a page lacks a translation, so the language's contents page
        // stands in only for a model built some other way.
        let translations = Language.allCases.map { other in
            (other, model.translation(of: page.frontMatter.id, in: other).map { "\($0.page.sitePath)/" } ?? "\(other.tag)/")
        }
        let context = SitePageContext(
            language: parts.stage.page.language, canonical: baseURL.map { MustacheText($0 + "\(page.page.sitePath)/") },
            alternate: alternates(root: root, translations), translation: switcher(root: root, translations),
            title: MustacheText(page.frontMatter.title), description: MustacheText(page.frontMatter.description),
            section: MustacheText(page.frontMatter.section),
            sectionHref: MustacheText("../index.html#\(parts.sections[parts.sectionOfPage[index]].anchor)"),
            content: MustacheText(page.rendered.html),
            nav: MustacheText(navigation(parts, currentPage: index)),
            outline: outline(page.rendered.headings),
            previous: index > 0 ? link(pages[index - 1]) : nil,
            next: index + 1 < pages.count ? link(pages[index + 1]) : nil)
        return parts.stage.page.template.render(context, library: templates.library)
    }

    /// The "on this page" outline: level-2 headings with their level-3 headings nested (deeper levels
    /// would crowd it).
    func outline(_ headings: [Heading]) -> [SiteOutlineContext] {
        var items: [SiteOutlineContext] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry = SiteOutlineContext(text: MustacheText(heading.text), anchor: MustacheText(heading.anchor), children: [])
            if heading.level == 3, let last = items.indices.last {
                items[last].children.append(entry)
            } else {
                items.append(entry)
            }
        }
        return items
    }

    private func renderHome(_ language: Language, plan: SiteRenderPlan) -> String {
        let model = plan.model
        guard let parts = plan.languages[language] else { return "" }
        let pages = model.pages[language] ?? []
        let root = "../"
        let translations = Language.allCases.map { ($0, "\($0.tag)/") }
        let context = SiteHomeContext(
            language: parts.stage.home.language, canonical: baseURL.map { MustacheText($0 + "\(language.tag)/") },
            alternate: alternates(root: root, translations), translation: switcher(root: root, translations),
            title: MustacheText(strings.homeTitle[language]), description: MustacheText(strings.homeIntro[language]),
            nav: MustacheText(navigation(parts, currentPage: nil)),
            sections: parts.sections.map { section in
                SiteContentsSection(
                    name: MustacheText(section.name), anchor: MustacheText(section.anchor),
                    pages: pages[section.pages].map { page in
                        SiteContentsEntry(
                            href: MustacheText("\(page.frontMatter.slug)/index.html"), title: MustacheText(page.frontMatter.title),
                            description: MustacheText(page.frontMatter.description))
                    })
            })
        return parts.stage.home.template.render(context, library: templates.library)
    }

    private func renderChooser(_ plan: SiteRenderPlan) -> String {
        let model = plan.model
        var context = common(language: .ptBR, root: "", sitePath: "", plan: plan)
        context["alternates"] = alternates(root: "", model: model) { "\($0.tag)/" }
        context["languages"] = Language.allCases.map { language -> [String: Any] in
            [
                "tag": language.tag, "name": language.nativeName, "href": "\(language.tag)/index.html",
                "title": strings.homeTitle[language], "intro": strings.homeIntro[language],
                "choose": strings.chooseLanguage[language], "separator": Self.separator(after: language),
            ]
        }
        context["title"] = Language.allCases.map { strings.homeTitle[$0] }.joined(separator: " · ")
        return templates.render("chooser", context)
    }

    private func renderNotFound(_ plan: SiteRenderPlan) -> String {
        let model = plan.model
        // A server shows 404.html at any missing address, so its links are absolute when they can be.
        // Without a base URL they start at the server's root ("/"): relative links would resolve against the
        // missing address and lose the styles.
        let root = baseURL ?? "/"
        var context = common(language: .ptBR, root: root, sitePath: "404.html", plan: plan)
        context["canonical"] = nil
        context["languages"] = Language.allCases.map { language -> [String: Any] in
            let guide = model.pages[language]?.first.map { "\(root)\($0.page.sitePath)/index.html" } ?? "\(root)\(language.tag)/index.html"
            return [
                "tag": language.tag, "title": strings.notFoundTitle[language], "text": strings.notFoundText[language],
                "href": guide, "linkText": model.pages[language]?.first?.frontMatter.title ?? strings.homeTitle[language],
                "separator": Self.separator(after: language),
            ]
        }
        context["title"] = Language.allCases.map { strings.notFoundTitle[$0] }.joined(separator: " · ")
        return templates.render("not-found", context)
    }

    // MARK: Context pieces

    /// What follows a language's title in a heading that names every language: " · ", or nothing after the last.
    static func separator(after language: Language) -> String {
        language == Language.allCases.last ? "" : " · "
    }

    /// What every template gets: the language, its interface strings, the rule book's date and the paths.
    private func common(language: Language, root: String, sitePath: String, plan: SiteRenderPlan) -> [String: Any] {
        var context: [String: Any] = [
            "lang": language.tag, "root": root, "strings": plan.languages[language]?.stage.page.language.strings ?? SiteStringsContext([:]),
            "homeHref": "\(root)\(language.tag)/index.html",
            "lastUpdated": LocalizedDate.day(plan.model.rules.date, in: language),
            "lastUpdatedISO": plan.model.rules.date.description,
            "xDefault": baseURL ?? "\(root)index.html",
        ]
        if let baseURL { context["canonical"] = baseURL + sitePath }
        return context
    }

    /// A file's `<link rel="alternate" hreflang>` targets, from its path in each language (`en/guide/`):
    /// absolute with a base URL, relative otherwise. The x-default link is filled per language.
    private func alternates(root: String, _ paths: [(Language, String)]) -> SiteLanguageLinks {
        SiteLanguageLinks(links: paths.map { language, path in (language.tag, MustacheText(alternateHref(root: root, path: path))) })
    }

    /// A file's language switcher targets, from its path in each language: relative, naming the file.
    private func switcher(root: String, _ paths: [(Language, String)]) -> SiteLanguageLinks {
        SiteLanguageLinks(links: paths.map { ($0.0.tag, MustacheText(root + prettyToFile($0.1))) })
    }

    /// The language chooser's `<link rel="alternate" hreflang>` list, x-default included (it is not two-stage).
    private func alternates(root: String, model: SiteModel, path: (Language) -> String?) -> [[String: String]] {
        var links: [[String: String]] = Language.allCases.compactMap { language in
            path(language).map { ["hreflang": language.tag, "href": alternateHref(root: root, path: $0)] }
        }
        links.append(["hreflang": "x-default", "href": baseURL ?? "\(root)index.html"])
        return links
    }

    /// An hreflang target: absolute with a base URL, relative otherwise.
    private func alternateHref(root: String, path: String) -> String {
        baseURL.map { $0 + path } ?? root + prettyToFile(path)
    }

    /// A served site uses folder URLs; from disk a folder URL shows a listing, so relative links name the file.
    private func prettyToFile(_ path: String) -> String {
        path.hasSuffix("/") ? path + "index.html" : path
    }

    // MARK: Sitemap

    /// The sitemap with every page's translations as `xhtml:link` alternates, as search engines expect.
    func sitemap(_ model: SiteModel) -> String {
        let base = baseURL ?? ""
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        func entry(_ location: String, alternates: [(String, String)]) {
            xml += "  <url>\n    <loc>\(escape(base + location))</loc>\n"
            for (hreflang, path) in alternates {
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(hreflang)\" href=\"\(escape(base + path))\"/>\n"
            }
            xml += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(escape(base))\"/>\n"
            xml += "    <lastmod>\(model.rules.date)</lastmod>\n  </url>\n"
        }
        for language in Language.allCases {
            entry("\(language.tag)/", alternates: Language.allCases.map { ($0.tag, "\($0.tag)/") })
            for page in model.pages[language] ?? [] {
                let alternates = Language.allCases.compactMap { other in
                    model.translation(of: page.frontMatter.id, in: other).map { (other.tag, "\($0.page.sitePath)/") }
                }
                entry("\(page.page.sitePath)/", alternates: alternates)
            }
        }
        return xml + "</urlset>\n"
    }

    /// XML escaping for sitemap URLs: the templates' HTML escaping, whose entities XML knows too.
    private func escape(_ text: String) -> String {
        HTMLContentType().escapeText(text)
    }
}

/// A site ready to render file by file: the model, the renderer and what pages share, computed once.
public struct SiteRenderPlan: Sendable {
    /// One sidebar section: its heading, its anchor on the contents page, and its pages' positions.
    struct NavSection: Sendable {
        var name: String
        var anchor: String
        var pages: Range<Int>
    }

    /// The sidebar entries of a language's pages, joined once, so any run of them is one substring.
    struct NavItems: Sendable {
        let html: String
        /// `offsets[i]` is where entry `i` starts in `html`'s UTF-8; the last element is its length.
        let offsets: [Int]

        init(_ items: [String]) {
            var html = ""
            html.reserveCapacity(items.reduce(0) { $0 + $1.utf8.count })
            var offsets = [0]
            offsets.reserveCapacity(items.count + 1)
            for item in items {
                html += item
                offsets.append(html.utf8.count)
            }
            self.html = html
            self.offsets = offsets
        }

        /// The entries of `range`, joined.
        subscript(range: Range<Int>) -> Substring {
            let utf8 = html.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
            let end = utf8.index(utf8.startIndex, offsetBy: offsets[range.upperBound])
            return html[start..<end]
        }
    }

    /// What the pages of one language share.
    struct LanguageParts: Sendable {
        /// The page and contents-page templates, filled for the language.
        var stage: SiteLanguageStage
        var sections: [NavSection]
        /// For each page (by position in the language's reading order), its section's number.
        var sectionOfPage: [Int]
        /// Each page's sidebar entry as HTML, not current and current.
        var navItems: NavItems
        var currentNavItems: [String]
        /// Each section's entry, closed, as the contents page and as a content page link it.
        var closedSectionsOnHome: [String]
        var closedSectionsOnPages: [String]
    }

    let renderer: SiteRenderer
    let model: SiteModel
    let jobs: [SiteRenderer.RenderJob]
    let languages: [Language: LanguageParts]

    /// How many files the site has.
    public var count: Int { jobs.count }

    /// The path of file number `index`, relative to the output folder.
    public func path(at index: Int) -> String {
        renderer.path(of: jobs[index], model: model)
    }

    /// The file number `index`, rendered now; the same index always gives the same bytes.
    public func file(at index: Int) -> OutputFile {
        renderer.render(jobs[index], plan: self)
    }
}
