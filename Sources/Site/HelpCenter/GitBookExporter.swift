import MigrationRules

/// The render stage for `--format gitbook`: the same pages as Markdown, laid out for GitBook's Git Sync.
///
/// Each language is a folder with `README.md` (its landing page), `SUMMARY.md` (its table of contents)
/// and its own `.gitbook.yaml`, so each can be synced as one GitBook space; the root `.gitbook.yaml`
/// points at the source language for a repository synced as a single space.
public struct GitBookExporter: SiteExporter {
    public let strings: SiteStrings

    public init(strings: SiteStrings = .standard) {
        self.strings = strings
    }

    public var linkStyle: any SiteLinkStyle { MarkdownFileLinkStyle() }

    /// Every file of the export, sorted by path.
    public func export(_ model: SiteModel) -> [OutputFile] {
        let expander = RuleDirectiveExpander(rules: model.rules, strings: strings, flavor: .gitBook)
        var files: [OutputFile] = [
            OutputFile(path: ".gitbook.yaml", text: configuration(root: "./\(Language.ptBR.tag)/"))
        ]
        for language in Language.allCases {
            let pages = model.pages[language] ?? []
            files.append(OutputFile(path: "\(language.tag)/.gitbook.yaml", text: configuration(root: "./")))
            files.append(OutputFile(path: "\(language.tag)/README.md", text: readme(language, pages: pages, date: model.rules.date)))
            files.append(OutputFile(path: "\(language.tag)/SUMMARY.md", text: summary(language, pages: pages)))
            files += pages.concurrentMap { page in
                let body = MarkdownLinkRewriter(links: page.links, style: MarkdownFileLinkStyle(), language: language).rewrite(expander.expand(page.page).markdown.text)
                let text = "---\ndescription: \(Self.yamlQuoted(page.frontMatter.description))\n---\n\n# \(page.frontMatter.title)\n"
                    + (body.hasPrefix("\n") ? "" : "\n") + body + (body.hasSuffix("\n") ? "" : "\n")
                return OutputFile(path: "\(language.tag)/\(page.frontMatter.slug).md", text: text)
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    private func configuration(root: String) -> String {
        "root: \(root)\n\nstructure:\n  readme: README.md\n  summary: SUMMARY.md\n"
    }

    private func readme(_ language: Language, pages: [ResolvedPage], date: RuleDate) -> String {
        var text = "# \(strings.homeTitle[language])\n\n\(strings.homeIntro[language])\n\n"
        for page in pages {
            text += "- [\(page.frontMatter.title)](\(page.frontMatter.slug).md): \(page.frontMatter.description)\n"
        }
        return text + "\n\(strings.lastUpdated[language]): \(LocalizedDate.day(date, in: language)).\n"
    }

    private func summary(_ language: Language, pages: [ResolvedPage]) -> String {
        var text = "# Table of contents\n\n* [\(strings.homeTitle[language])](README.md)\n"
        var section: String?
        for page in pages {
            if page.frontMatter.section != section {
                section = page.frontMatter.section
                text += "\n## \(page.frontMatter.section)\n\n"
            }
            text += "* [\(page.frontMatter.title)](\(page.frontMatter.slug).md)\n"
        }
        return text
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
