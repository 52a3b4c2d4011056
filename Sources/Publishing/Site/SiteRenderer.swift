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

    public init(templates: SiteTemplates, strings: SiteStrings = .standard, baseURL: String?) {
        self.templates = templates
        self.strings = strings
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// Every file of the HTML site, sorted by path.
    public func render(_ model: SiteModel) -> [OutputFile] {
        let jobs: [RenderJob] = Language.allCases.flatMap { language in
            [RenderJob.home(language)] + (model.pages[language] ?? []).indices.map { RenderJob.page(language, $0) }
        }
        let renderer = self
        var files = jobs.concurrentMap { job in renderer.render(job, model: model) }
        files.append(OutputFile(path: "index.html", text: renderChooser(model)))
        files.append(OutputFile(path: "404.html", text: renderNotFound(model)))
        files.append(OutputFile(path: "sitemap.xml", text: sitemap(model)))
        files += templates.assets
        return files.sorted { $0.path < $1.path }
    }

    enum RenderJob: Sendable {
        case home(Language)
        case page(Language, Int)
    }

    private func render(_ job: RenderJob, model: SiteModel) -> OutputFile {
        switch job {
        case .home(let language):
            return OutputFile(path: "\(language.tag)/index.html", text: renderHome(language, model: model))
        case .page(let language, let index):
            let page = model.pages[language]?[index]
            return OutputFile(
                path: "\(page?.page.sitePath ?? language.tag)/index.html",
                text: page.map { renderPage($0, index: index, model: model) } ?? "")
        }
    }

    // MARK: Pages

    private func renderPage(_ page: ResolvedPage, index: Int, model: SiteModel) -> String {
        let language = page.language
        let pages = model.pages[language] ?? []
        let root = "../../"
        var context = common(language: language, root: root, sitePath: "\(page.page.sitePath)/", model: model)
        context["title"] = page.frontMatter.title
        context["description"] = page.frontMatter.description
        context["section"] = page.frontMatter.section
        context["content"] = page.rendered.html
        context["alternates"] = alternates(root: root, model: model) { lang in
            model.translation(of: page.frontMatter.id, in: lang).map { "\($0.page.sitePath)/" }
        }
        context["switcher"] = switcher(current: language, root: root) { lang in
            model.translation(of: page.frontMatter.id, in: lang).map { "\($0.page.sitePath)/index.html" } ?? "\(lang.tag)/index.html"
        }
        context["nav"] = navigation(pages, current: page.frontMatter.id, root: root)
        let outline = self.outline(page.rendered.headings)
        context["outline"] = outline
        context["hasOutline"] = !outline.isEmpty
        if index > 0 {
            let previous = pages[index - 1]
            context["previous"] = ["href": "../\(previous.frontMatter.slug)/index.html", "title": previous.frontMatter.title]
        }
        if index + 1 < pages.count {
            let next = pages[index + 1]
            context["next"] = ["href": "../\(next.frontMatter.slug)/index.html", "title": next.frontMatter.title]
        }
        return templates.render("page", context)
    }

    private func renderHome(_ language: Language, model: SiteModel) -> String {
        let pages = model.pages[language] ?? []
        let root = "../"
        var context = common(language: language, root: root, sitePath: "\(language.tag)/", model: model)
        context["title"] = strings.homeTitle[language]
        context["description"] = strings.homeIntro[language]
        context["alternates"] = alternates(root: root, model: model) { "\($0.tag)/" }
        context["switcher"] = switcher(current: language, root: root) { "\($0.tag)/index.html" }
        context["nav"] = navigation(pages, current: nil, root: root)
        var sections: [[String: Any]] = []
        for page in pages {
            let entry: [String: Any] = [
                "title": page.frontMatter.title, "description": page.frontMatter.description,
                "href": "\(page.frontMatter.slug)/index.html",
            ]
            if let last = sections.indices.last, sections[last]["name"] as? String == page.frontMatter.section {
                sections[last]["pages"] = (sections[last]["pages"] as? [[String: Any]] ?? []) + [entry]
            } else {
                sections.append(["name": page.frontMatter.section, "pages": [entry]])
            }
        }
        context["sections"] = sections
        return templates.render("home", context)
    }

    private func renderChooser(_ model: SiteModel) -> String {
        var context = common(language: .ptBR, root: "", sitePath: "", model: model)
        context["alternates"] = alternates(root: "", model: model) { "\($0.tag)/" }
        context["languages"] = Language.allCases.map { language -> [String: Any] in
            [
                "tag": language.tag, "name": language.nativeName, "href": "\(language.tag)/index.html",
                "title": strings.homeTitle[language], "intro": strings.homeIntro[language],
                "choose": strings.chooseLanguage[language],
            ]
        }
        context["title"] = Language.allCases.map { strings.homeTitle[$0] }.joined(separator: " · ")
        return templates.render("chooser", context)
    }

    private func renderNotFound(_ model: SiteModel) -> String {
        // A server shows 404.html at any missing address, so its links are absolute when they can be.
        let root = baseURL ?? ""
        var context = common(language: .ptBR, root: root, sitePath: "404.html", model: model)
        context["canonical"] = nil
        context["languages"] = Language.allCases.map { language -> [String: Any] in
            let guide = model.pages[language]?.first.map { "\(root)\($0.page.sitePath)/index.html" } ?? "\(root)\(language.tag)/index.html"
            return [
                "tag": language.tag, "title": strings.notFoundTitle[language], "text": strings.notFoundText[language],
                "href": guide, "linkText": model.pages[language]?.first?.frontMatter.title ?? strings.homeTitle[language],
            ]
        }
        context["title"] = Language.allCases.map { strings.notFoundTitle[$0] }.joined(separator: " · ")
        return templates.render("not-found", context)
    }

    // MARK: Context pieces

    /// What every template gets: the language, its interface strings, the rule book's date and the paths.
    private func common(language: Language, root: String, sitePath: String, model: SiteModel) -> [String: Any] {
        var uiStrings: [String: String] = [:]
        let fields: [(String, Localized)] = [
            ("siteName", strings.siteName), ("skipLink", strings.skipLink), ("onThisPage", strings.onThisPage),
            ("previous", strings.previous), ("next", strings.next), ("lastUpdated", strings.lastUpdated),
            ("languageLabel", strings.languageLabel), ("breadcrumbLabel", strings.breadcrumbLabel),
            ("pagesLabel", strings.pagesLabel), ("pagerLabel", strings.pagerLabel), ("homeTitle", strings.homeTitle),
        ]
        for (key, text) in fields { uiStrings[key] = text[language] }
        uiStrings["footer"] = strings.footer.filling(["version": model.rules.version])[language]
        var context: [String: Any] = [
            "lang": language.tag, "root": root, "strings": uiStrings,
            "homeHref": "\(root)\(language.tag)/index.html",
            "lastUpdated": strings.format(model.rules.date, in: language),
            "lastUpdatedISO": model.rules.date.description,
            "xDefault": "\(baseURL ?? root)index.html",
        ]
        if let baseURL { context["canonical"] = baseURL + sitePath }
        return context
    }

    /// `<link rel="alternate" hreflang>` targets: absolute with a base URL, relative otherwise.
    private func alternates(root: String, model: SiteModel, path: (Language) -> String?) -> [[String: String]] {
        var links: [[String: String]] = Language.allCases.compactMap { language in
            path(language).map { target in
                ["hreflang": language.tag, "href": baseURL.map { $0 + target } ?? root + prettyToFile(target)]
            }
        }
        links.append(["hreflang": "x-default", "href": baseURL ?? "\(root)index.html"])
        return links
    }

    /// A served site uses folder URLs; from disk a folder URL shows a listing, so relative links name the file.
    private func prettyToFile(_ path: String) -> String {
        path.hasSuffix("/") ? path + "index.html" : path
    }

    private func switcher(current: Language, root: String, path: (Language) -> String) -> [[String: Any]] {
        Language.allCases.map { language in
            ["tag": language.tag, "name": language.nativeName, "href": root + path(language), "current": language == current]
        }
    }

    private func navigation(_ pages: [ResolvedPage], current: String?, root: String) -> [[String: Any]] {
        let prefix = current == nil ? "" : "../"
        return pages.map { page in
            ["title": page.frontMatter.title, "href": "\(prefix)\(page.frontMatter.slug)/index.html", "current": page.frontMatter.id == current]
        }
    }

    /// Level-2 headings with their level-3 headings nested: deeper levels would crowd the outline.
    func outline(_ headings: [Heading]) -> [[String: Any]] {
        var items: [[String: Any]] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry: [String: Any] = ["text": heading.text, "anchor": heading.anchor]
            if heading.level == 3, let last = items.indices.last {
                var children = items[last]["children"] as? [[String: Any]] ?? []
                children.append(entry)
                items[last]["children"] = children
                items[last]["hasChildren"] = true
            } else {
                items.append(entry)
            }
        }
        return items
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

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
