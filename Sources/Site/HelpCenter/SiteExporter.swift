import Foundation
import MigrationRules

/// An output of the checked site other than the HTML site: GitBook's Markdown, the Zendesk and Intercom
/// article bodies. Each is one type; `SiteFormat` picks it, so a new help center is one file and one case.
public protocol SiteExporter: Sendable {
    /// How the bodies validation renders write links between pages, for this output.
    var linkStyle: any SiteLinkStyle { get }

    /// Every file of the export, sorted by path.
    func export(_ model: SiteModel) -> [OutputFile]
}

/// Links between articles of a hosted help center, whose article ids exist only once the platform has
/// created the articles: the address pattern with the target's page id in a placeholder
/// (`@@article:glossary@@`) that the publish step replaces with the article id from its manifest.
///
/// `@`, `:` and letters pass through cmark's link escaping unchanged, so the placeholder reaches the body
/// exactly as the publish scripts look for it.
public struct ArticleLinkStyle: SiteLinkStyle {
    /// With `{locale}` and `{article_id}`.
    public let pattern: String
    public let locales: [Language: String]

    public init(pattern: String, locales: [Language: String]) {
        self.pattern = pattern
        self.locales = locales
    }

    /// The placeholder for a page's article id; the publish scripts build the same string from the manifest.
    public static func placeholder(for pageID: String) -> String { "@@article:\(pageID)@@" }

    public func href(_ link: PageLink, in language: Language) -> String {
        pattern.replacingOccurrences(of: "{locale}", with: locales[language] ?? language.tag)
            .replacingOccurrences(of: "{article_id}", with: Self.placeholder(for: link.pageID))
            + (link.anchor.map { "#\($0)" } ?? "")
    }
}

/// The JSON files of the exports: pretty, keys sorted, slashes unescaped, one newline at the end, so the same
/// site gives the same bytes and a diff of an export reads line by line.
enum ExportJSON {
    static func file(_ path: String, _ object: [String: Any]) -> OutputFile {
        // Only strings, numbers, booleans, NSNull, arrays and dictionaries are put in: serialising cannot fail.
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return OutputFile(path: path, text: String(decoding: data, as: UTF8.self) + "\n")
    }

    /// The page ids that a page, in any of its languages, links to: sorted, each once (the manifest's `links_to`).
    static func linkedPageIDs(of id: String, in model: SiteModel) -> [String] {
        let pages = Language.allCases.compactMap { model.translation(of: id, in: $0) }
        return Set(pages.flatMap { page in page.rendered.links.compactMap { page.links[$0.destination]?.pageID } }).sorted()
    }
}
