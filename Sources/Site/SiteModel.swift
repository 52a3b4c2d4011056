import Markdown
import MigrationRules

/// A page ready for the templates: its front matter, its Markdown with directives expanded, and its HTML.
///
/// A class, immutable: every file of its language refers to it (pager, switcher, sidebar, sitemap), and
/// copying its twenty-odd strings and arrays for each reference was a tenth of validating a large site.
public final class ResolvedPage: Sendable {
    public let page: ContentPage
    /// The Markdown with the rule book's blocks in place (cmark flavor), kept for the link checks.
    public let markdown: ExpandedMarkdown
    /// The body as HTML, with links to other pages written in the validator's `SiteLinkStyle`.
    public let rendered: RenderedMarkdown
    /// Every link to another page, by its destination as written (`guide.md#pin`), resolved to that page.
    public let links: [String: PageLink]

    public init(page: ContentPage, markdown: ExpandedMarkdown, rendered: RenderedMarkdown, links: [String: PageLink] = [:]) {
        self.page = page
        self.markdown = markdown
        self.rendered = rendered
        self.links = links
    }

    public var language: Language { page.language }
    public var frontMatter: FrontMatter { page.frontMatter }
}

/// The whole checked site: every language's pages in reading order, and the rule book they came from.
///
/// Only `ContentValidator` makes one, so a `SiteModel` in hand means there is nothing left to report.
public struct SiteModel: Sendable {
    /// Per language, the pages sorted by `order`, then `id`.
    public let pages: [Language: [ResolvedPage]]
    public let rules: RuleBook
    /// Per `id`, the index of the page in each language's `pages`: every page asks for its translations
    /// (switcher, hreflang, sitemap), and a linear search each time made a build of n pages take n² steps.
    private let translationIndex: [String: [Language: Int]]

    public init(pages: [Language: [ResolvedPage]], rules: RuleBook) {
        self.pages = pages
        self.rules = rules
        var index: [String: [Language: Int]] = [:]
        for (language, list) in pages {
            for (position, page) in list.enumerated() where index[page.frontMatter.id]?[language] == nil {
                index[page.frontMatter.id, default: [:]][language] = position
            }
        }
        translationIndex = index
    }

    /// The translation of a page in another language (the same `id`), found in constant time.
    public func translation(of id: String, in language: Language) -> ResolvedPage? {
        guard let position = translationIndex[id]?[language], let list = pages[language] else { return nil }
        return list[position]
    }
}

/// Where a link written in a page points.
enum LinkTarget: Equatable {
    /// Another site, a mail address: left alone.
    case external
    /// A heading of the same page.
    case sameFile(anchor: String)
    /// A page of the same language by its file name, maybe with a heading anchor.
    case page(fileName: String, anchor: String?)
    /// A path that is not a page file name (another folder, an image, a typo).
    case unsupported

    init(_ destination: String) {
        // Byte checks throughout: `String.contains(String)` is Foundation's (bridged through NSString), and
        // `hasSuffix` on a `Substring` walks it backwards by `Character`; both were in every link's path.
        let bytes = Array(destination.utf8)
        if bytes.starts(with: "//".utf8) || bytes.contains(UInt8(ascii: ":")) && Self.hasScheme(destination) {
            self = .external
            return
        }
        if bytes.first == UInt8(ascii: "#") {
            self = .sameFile(anchor: String(decoding: bytes.dropFirst(), as: UTF8.self))
            return
        }
        var path = bytes[...]
        var anchor: String?
        if let hash = path.firstIndex(of: UInt8(ascii: "#")) {
            anchor = String(decoding: path[(hash + 1)...], as: UTF8.self)
            path = path[..<hash]
        }
        if path.starts(with: "./".utf8) { path = path.dropFirst(2) }
        guard path.count >= 3, path.suffix(3).elementsEqual(".md".utf8), !path.contains(UInt8(ascii: "/")) else {
            self = .unsupported
            return
        }
        self = .page(fileName: String(decoding: path, as: UTF8.self), anchor: anchor)
    }

    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
