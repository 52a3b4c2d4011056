import Foundation
import MigrationRules

/// `build --format zendesk`: one article per page, with its translations, as the bodies Zendesk's Help Center
/// API takes, and a manifest that `scripts/publish-zendesk` follows.
///
/// - `articles/<page-id>/article.json`: `{"article": …}` for `POST /api/v2/help_center/{locale}/sections/{section_id}/articles`,
///   in the source language (pt-BR);
/// - `articles/<page-id>/translations/<locale>.json`: `{"translation": …}` for `POST …/articles/{id}/translations`
///   (and `PUT …/translations/{locale}` once it exists), one per other language;
/// - `manifest.json`: the section, the locales, and per page its files and the pages it links to.
///
/// Links between articles are written with `ArticleLinkStyle`'s placeholders; the publish script creates every
/// article first, then fills the placeholders with the ids Zendesk gave and writes the bodies.
public struct ZendeskExporter: SiteExporter {
    public let configuration: HelpCenterConfiguration.Zendesk

    public init(configuration: HelpCenterConfiguration.Zendesk) {
        self.configuration = configuration
    }

    public var linkStyle: any SiteLinkStyle { ArticleLinkStyle(pattern: configuration.articleURL, locales: configuration.locales) }

    public func export(_ model: SiteModel) -> [OutputFile] {
        let source = Language.ptBR
        var files: [OutputFile] = []
        var articles: [[String: Any]] = []
        for page in model.pages[source] ?? [] {
            let id = page.frontMatter.id
            let folder = "articles/\(id)"
            files.append(
                ExportJSON.file(
                    "\(folder)/article.json",
                    [
                        "article": [
                            "title": page.frontMatter.title, "body": page.rendered.html, "locale": locale(source),
                            "permission_group_id": configuration.permissionGroupID,
                            "user_segment_id": configuration.userSegmentID.map { $0 as Any } ?? NSNull(),
                            "draft": configuration.draft,
                        ] as [String: Any]
                    ]))
            var translations: [String: String] = [:]
            for language in Language.allCases where language != source {
                guard let translation = model.translation(of: id, in: language) else { continue }
                let path = "\(folder)/translations/\(locale(language)).json"
                translations[locale(language)] = path
                files.append(
                    ExportJSON.file(
                        path,
                        [
                            "translation": [
                                "locale": locale(language), "title": translation.frontMatter.title, "body": translation.rendered.html,
                                "draft": configuration.draft,
                            ] as [String: Any]
                        ]))
            }
            articles.append([
                "page_id": id, "article": "\(folder)/article.json", "translations": translations,
                "links_to": ExportJSON.linkedPageIDs(of: id, in: model),
            ])
        }
        files.append(
            ExportJSON.file(
                "manifest.json",
                [
                    "platform": "zendesk", "section_id": configuration.sectionID, "source_locale": locale(source),
                    "locales": Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.tag, locale($0)) }),
                    "article_placeholder": ArticleLinkStyle.placeholder(for: "{page_id}"),
                    "rule_book_version": model.rules.version, "articles": articles,
                ]))
        return files.sorted { $0.path < $1.path }
    }

    private func locale(_ language: Language) -> String { configuration.locales[language] ?? language.tag.lowercased() }
}
