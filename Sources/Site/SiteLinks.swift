import MigrationRules

/// A link between pages, resolved by validation: which page it reaches and which heading, with no output's
/// path in it. Each output turns it into its own link (`SiteLinkStyle`), so the HTML site and every export
/// agree on where a link goes and differ only in how it is written.
public struct PageLink: Sendable, Hashable {
    /// The target's `id`, shared with its translations.
    public let pageID: String
    /// The target's slug in the link's language: every output names files after it.
    public let slug: String
    /// A heading of the target, already checked to exist.
    public let anchor: String?

    public init(pageID: String, slug: String, anchor: String?) {
        self.pageID = pageID
        self.slug = slug
        self.anchor = anchor
    }
}

/// How one output writes a link to another page of the same language.
public protocol SiteLinkStyle: Sendable {
    /// - Parameter language: the language of the page the link is in, and of its target.
    func href(_ link: PageLink, in language: Language) -> String
}

/// The HTML site: `../<slug>/index.html`, relative to a page's folder, so the site works opened from disk.
public struct HTMLLinkStyle: SiteLinkStyle {
    public init() {}

    public func href(_ link: PageLink, in language: Language) -> String {
        "../\(link.slug)/index.html" + (link.anchor.map { "#\($0)" } ?? "")
    }
}

/// Markdown exports (GitBook): `<slug>.md`, the exported file beside the linking one.
public struct MarkdownFileLinkStyle: SiteLinkStyle {
    public init() {}

    public func href(_ link: PageLink, in language: Language) -> String {
        "\(link.slug).md" + (link.anchor.map { "#\($0)" } ?? "")
    }
}

/// Rewrites the page links of Markdown text in one pass: every destination of an inline link (`](dest`) or a
/// link reference definition (`]: dest`) that validation resolved to a page becomes `style`'s link, and
/// nothing else changes.
///
/// One pass over the page's map of resolved links: a replaced destination is never looked at again, so a
/// page slugged like another page's file name cannot start a chain of rewrites, and the cost is linear in
/// the text.
struct MarkdownLinkRewriter {
    /// The page's links as validation resolved them, by destination as written.
    let links: [String: PageLink]
    let style: any SiteLinkStyle
    let language: Language

    func rewrite(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            output.append(byte)
            index += 1
            guard byte == UInt8(ascii: "]"), index < bytes.count else { continue }
            // `](` opens an inline destination; `]: ` a reference definition's.
            var start = index
            if bytes[start] == UInt8(ascii: "(") {
                start += 1
            } else if bytes[start] == UInt8(ascii: ":") {
                start += 1
                while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
            } else {
                continue
            }
            var end = start
            while end < bytes.count, !Self.endsDestination(bytes[end]) { end += 1 }
            let destination = String(decoding: bytes[start..<end], as: UTF8.self)
            guard let link = links[destination] else { continue }
            output += bytes[index..<start]
            output += Array(style.href(link, in: language).utf8)
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func endsDestination(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ")") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\r")
    }
}
