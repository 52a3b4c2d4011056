import MigrationRules

/// `build --format intercom`: one article per page as the body of Intercom's `POST /articles` (and
/// `PUT /articles/{id}`), the source language (pt-BR) as the article's own title and body and the others in
/// `translated_content`, plus a manifest that `scripts/publish-intercom` follows.
///
/// Links between articles are written with `ArticleLinkStyle`'s placeholders; the publish script creates every
/// article first, then fills the placeholders with the ids Intercom gave and updates the bodies.
public struct IntercomExporter: SiteExporter {
    public let configuration: HelpCenterConfiguration.Intercom

    public init(configuration: HelpCenterConfiguration.Intercom) {
        self.configuration = configuration
    }

    public var linkStyle: any SiteLinkStyle { ArticleLinkStyle(pattern: configuration.articleURL, locales: configuration.locales) }

    public func export(_ model: SiteModel) -> [OutputFile] {
        let source = Language.ptBR
        var files: [OutputFile] = []
        var articles: [[String: Any]] = []
        for page in model.pages[source] ?? [] {
            let id = page.frontMatter.id
            var translated: [String: Any] = ["type": "article_translated_content"]
            for language in Language.allCases where language != source {
                guard let translation = model.translation(of: id, in: language) else { continue }
                translated[locale(language)] = content(translation, type: "article_content")
            }
            var article = content(page, type: nil)
            article["parent_id"] = configuration.collectionID
            article["parent_type"] = "collection"
            article["translated_content"] = translated
            let path = "articles/\(id).json"
            files.append(ExportJSON.file(path, article))
            articles.append(["page_id": id, "article": path, "links_to": ExportJSON.linkedPageIDs(of: id, in: model)])
        }
        files.append(
            ExportJSON.file(
                "manifest.json",
                [
                    "platform": "intercom", "collection_id": configuration.collectionID, "default_locale": locale(source),
                    "locales": Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.tag, locale($0)) }),
                    "article_placeholder": ArticleLinkStyle.placeholder(for: "{page_id}"),
                    "rule_book_version": model.rules.version, "articles": articles,
                ]))
        return files.sorted { $0.path < $1.path }
    }

    /// An article's content in one language: what `POST /articles` takes at its top level and per locale.
    private func content(_ page: ResolvedPage, type: String?) -> [String: Any] {
        var content: [String: Any] = [
            "title": page.frontMatter.title, "description": page.frontMatter.description, "body": page.rendered.html,
            "author_id": configuration.authorID, "state": configuration.state,
        ]
        if let type { content["type"] = type }
        return content
    }

    private func locale(_ language: Language) -> String { configuration.locales[language] ?? language.tag }
}
