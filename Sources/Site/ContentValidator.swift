import Diagnostics
import Markdown
import MigrationRules

/// The validate stage: checks the loaded pages as a whole site and resolves them into a `SiteModel`.
///
/// It expands directives and renders each page's Markdown because the link checks need every page's
/// headings; everything it finds is reported together, sorted by file and line, and nothing is built
/// unless the list is empty.
public struct ContentValidator: Sendable {
    public let rules: RuleBook
    public let strings: SiteStrings
    /// How the rendered HTML bodies write links between pages: the output's business, not validation's.
    public let linkStyle: any SiteLinkStyle

    public init(rules: RuleBook, strings: SiteStrings = .standard, linkStyle: any SiteLinkStyle) {
        self.rules = rules
        self.strings = strings
        self.linkStyle = linkStyle
    }

    /// The checked site, or every problem found.
    ///
    /// - Parameter unreadable: `<lang>/<file>` of pages the loader already reported; a translation
    ///   or link that may be one of them is not reported again.
    public func validate(_ pages: [ContentPage], unreadable: Set<String> = []) throws(DiagnosticsError) -> SiteModel {
        let incompleteLanguages = Set(unreadable.compactMap { $0.split(separator: "/").first.map(String.init) })
        // A language with an unreadable page may hold the "missing" translation: its absence is not reported.
        var diagnostics = checkSlugsAndIDs(pages) + checkTranslations(pages).filter { !incompleteLanguages.contains($0.language.tag) }.map(\.diagnostic)

        let expander = RuleDirectiveExpander(rules: rules, strings: strings, flavor: .commonMark)
        let index = Dictionary(pages.map { ("\($0.language.tag)/\($0.fileName)", $0) }, uniquingKeysWith: { first, _ in first })
        let resolved: [(ResolvedPage, [Diagnostic])] = pages.concurrentMap { page in
            let (markdown, problems) = expander.expand(page)
            var options = MarkdownOptions.forLanguage(tag: page.language.tag)
            if linkStyle is HTMLLinkStyle { options.permalinkLabel = strings.permalink[page.language] }
            let renderer = MarkdownRenderer(options: options)
            var links: [String: PageLink] = [:]
            let rendered = renderer.render(markdown.text) { destination in
                guard case .page(let fileName, let anchor) = LinkTarget(destination),
                    let target = index["\(page.language.tag)/\(fileName)"]
                else { return nil }
                let link = PageLink(pageID: target.frontMatter.id, slug: target.frontMatter.slug, anchor: anchor)
                links[destination] = link
                return linkStyle.href(link, in: page.language)
            }
            return (ResolvedPage(page: page, markdown: markdown, rendered: rendered, links: links), problems)
        }
        diagnostics += resolved.flatMap(\.1)
        let byFile = Dictionary(resolved.map { ("\($0.0.language.tag)/\($0.0.page.fileName)", $0.0) }, uniquingKeysWith: { first, _ in first })
        // Each page's checks read the others but change nothing: they run on every core too.
        diagnostics += resolved.concurrentMap { page, _ in checkStructure(page) + checkLinks(page, pages: byFile, unreadable: unreadable) }.flatMap { $0 }
        guard diagnostics.isEmpty else {
            throw DiagnosticsError(diagnostics.sorted { ($0.path, $0.line ?? 0, $0.message) < ($1.path, $1.line ?? 0, $1.message) })
        }
        var model: [Language: [ResolvedPage]] = [:]
        for language in Language.allCases {
            model[language] = resolved.map(\.0).filter { $0.language == language }
                .sorted { ($0.frontMatter.order, $0.frontMatter.id) < ($1.frontMatter.order, $1.frontMatter.id) }
        }
        return SiteModel(pages: model, rules: rules)
    }

    /// Two pages of one language with one slug would write the same folder; two with one id would be ambiguous translations.
    func checkSlugsAndIDs(_ pages: [ContentPage]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for language in Language.allCases {
            // The first page of each slug and id, by position: storing the pages themselves copied each one.
            var slugs: [String: Int] = [:]
            var ids: [String: Int] = [:]
            for (index, page) in pages.enumerated() where page.language == language {
                if let other = slugs[page.frontMatter.slug] {
                    diagnostics.append(
                        Diagnostic(
                            path: page.path, line: page.keyLines["slug"],
                            message: "The slug '\(page.frontMatter.slug)' is also used by \(pages[other].path); give every page of a language its own slug."))
                } else {
                    slugs[page.frontMatter.slug] = index
                }
                if let other = ids[page.frontMatter.id] {
                    diagnostics.append(
                        Diagnostic(
                            path: page.path, line: page.keyLines["id"],
                            message: "The id '\(page.frontMatter.id)' is also used by \(pages[other].path); each page of a language needs its own id, shared only with its translations."))
                } else {
                    ids[page.frontMatter.id] = index
                }
            }
        }
        return diagnostics
    }

    /// Every page must exist in every language, so the language switcher never leads nowhere.
    func checkTranslations(_ pages: [ContentPage]) -> [(language: Language, diagnostic: Diagnostic)] {
        // Grouped once by id, as positions: filtering every page for every id made this check quadratic,
        // and grouping the pages themselves copied each one.
        var byID: [String: [Int]] = [:]
        for (index, page) in pages.enumerated() { byID[page.frontMatter.id, default: []].append(index) }
        var missing: [(id: String, diagnostics: [(language: Language, diagnostic: Diagnostic)])] = []
        for (id, indices) in byID {
            let present = Set(indices.map { pages[$0].language })
            guard present.count < Language.allCases.count,
                let example = indices.map({ pages[$0] }).min(by: { $0.language < $1.language })
            else { continue }
            let diagnostics = Language.allCases.filter { !present.contains($0) }.map { language in
                (language, Diagnostic(
                    path: example.path, line: example.keyLines["id"],
                    message: "The page '\(id)' has no \(language.nativeName) (\(language.tag)) translation; add a page with 'id: \(id)' to the \(language.tag) folder."))
            }
            missing.append((id, diagnostics))
        }
        return missing.sorted { $0.id < $1.id }.flatMap(\.diagnostics)
    }

    /// The template writes the title as the page's only `<h1>`, so the body starts its sections at `##`.
    func checkStructure(_ page: ResolvedPage) -> [Diagnostic] {
        guard page.rendered.headings.contains(where: { $0.level == 1 }) else { return [] }
        let line = page.markdown.text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("# ") }.map { page.markdown.sourceLine(of: $0 + 1) }
        return [
            Diagnostic(path: page.page.path, line: line, message: "The page has a level-1 heading; its title is already its only <h1>, so start sections with '##'.")
        ]
    }

    /// Links must reach a page of the same language, and anchors a heading of that page.
    func checkLinks(_ page: ResolvedPage, pages: [String: ResolvedPage], unreadable: Set<String> = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for link in page.rendered.links {
            let line = page.markdown.sourceLine(of: link.line)
            switch LinkTarget(link.destination) {
            case .external:
                continue
            case .sameFile(let anchor):
                if !page.rendered.headings.contains(where: { $0.anchor == anchor }) {
                    diagnostics.append(
                        Diagnostic(path: page.page.path, line: line, message: "The link '\(link.destination)' points to no heading of this page; the anchors are \(anchors(of: page))."))
                }
            case .page(let fileName, let anchor):
                guard let target = pages["\(page.language.tag)/\(fileName)"] else {
                    if unreadable.contains("\(page.language.tag)/\(fileName)") { continue }
                    diagnostics.append(
                        Diagnostic(
                            path: page.page.path, line: line,
                            message: "The link '\(link.destination)' points to a page that does not exist in \(page.language.tag); link to the file name of a page in the same folder (\(fileNames(in: page.language, pages: pages)))."))
                    continue
                }
                if let anchor, !target.rendered.headings.contains(where: { $0.anchor == anchor }) {
                    diagnostics.append(
                        Diagnostic(
                            path: page.page.path, line: line,
                            message: "The link '\(link.destination)' points to no heading of \(target.page.path); its anchors are \(anchors(of: target))."))
                }
            case .unsupported:
                diagnostics.append(
                    Diagnostic(
                        path: page.page.path, line: line,
                        message: "The link '\(link.destination)' is neither a web address nor a page of this language; link to another page by its file name, like 'glossary.md' or 'glossary.md#anchor'."))
            }
        }
        return diagnostics
    }

    private func anchors(of page: ResolvedPage) -> String {
        let list = page.rendered.headings.map { "#\($0.anchor)" }
        return list.isEmpty ? "none" : list.joined(separator: ", ")
    }

    private func fileNames(in language: Language, pages: [String: ResolvedPage]) -> String {
        pages.values.filter { $0.language == language }.map(\.page.fileName).sorted().joined(separator: ", ")
    }
}
