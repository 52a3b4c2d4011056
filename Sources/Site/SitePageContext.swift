import Templating
import MigrationRules
import Mustache

// The site templates' Mustache contexts, as plain structs.
//
// Mustache finds a tag's value by asking each object on its context stack for a child by name. For a
// `[String: Any]` that costs a conditional-conformance cast and a hashed lookup, and for a `String` value
// three more failed casts and `String(describing:)`; callgrind put swift-mustache at about half of a site
// build, nearly all of it in these lookups. A struct conforming to `MustacheParent` answers with a `switch`,
// and `MustacheText` is found by the second cast Mustache tries. A name a struct does not know returns nil, so
// Mustache keeps looking further down the stack, exactly as for a dictionary without that key. Double-brace
// tags still escape every value: `MustacheText` only says which text to escape.

/// The interface strings of one language (`strings.name`), built once per language.
struct SiteStringsContext: MustacheParent, Sendable {
    let values: [String: MustacheText]

    init(_ strings: [String: String]) { values = strings.mapValues(MustacheText.init) }

    func child(named name: String) -> Any? { values[name] }
}

/// What every page of one language shares: the values of the two-stage templates' `[[...]]` tags.
///
/// It is the whole context of the language stage, and the fallback of every page's context, so a
/// double-brace tag that names a language value (`{{lang}}`) prints the same as its bracket form.
struct SiteLanguageContext: MustacheParent, Sendable {
    let lang: MustacheText
    /// The path from the file's folder to the site's root: `../../` from a page, `../` from a contents page.
    let root: MustacheText
    let homeHref: MustacheText
    let xDefault: MustacheText
    let lastUpdated: MustacheText
    let lastUpdatedISO: MustacheText
    let strings: SiteStringsContext
    /// Every language of the site, the current one marked: the switcher and the hreflang links.
    let languages: [SiteLanguageEntry]

    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "root": root
        case "homeHref": homeHref
        case "xDefault": xDefault
        case "lastUpdated": lastUpdated
        case "lastUpdatedISO": lastUpdatedISO
        case "strings": strings
        case "languages": languages
        default: nil
        }
    }
}

/// One language in the switcher and the hreflang links (`[[#languages]]`).
struct SiteLanguageEntry: MustacheParent, Sendable {
    let tag: MustacheText
    let name: MustacheText
    let current: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "tag": tag
        case "name": self.name
        case "current": current
        default: nil
        }
    }
}

/// A file's address in every language, by tag: `{{translation.pt-BR}}`, `{{alternate.en}}`.
struct SiteLanguageLinks: MustacheParent, Sendable {
    let links: [(tag: String, href: MustacheText)]

    func child(named name: String) -> Any? {
        links.first { $0.tag == name }?.href
    }
}

/// A link with a title: previous and next pages.
struct SiteLinkContext: MustacheParent, Sendable {
    let href: MustacheText
    let title: MustacheText

    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        default: nil
        }
    }
}

/// One entry of the "on this page" outline, with its level-3 headings.
struct SiteOutlineContext: MustacheParent, Sendable {
    let text: MustacheText
    let anchor: MustacheText
    var children: [SiteOutlineContext]

    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "anchor": anchor
        // False and empty rather than nil: nil would send Mustache on down the stack to ask the page too.
        case "children": children
        case "hasChildren": !children.isEmpty
        default: nil
        }
    }
}

/// The values of one content page's `{{...}}` tags (`page.mustache` and the layout it extends).
struct SitePageContext: MustacheParent, Sendable {
    let language: SiteLanguageContext
    let canonical: MustacheText?
    let alternate: SiteLanguageLinks
    let translation: SiteLanguageLinks
    let title: MustacheText
    let description: MustacheText
    let section: MustacheText
    /// The section's list on the language's contents page, for the breadcrumb.
    let sectionHref: MustacheText
    let content: MustacheText
    /// The sidebar's entries as HTML, rendered from `nav-page.mustache`.
    let nav: MustacheText
    let outline: [SiteOutlineContext]
    let previous: SiteLinkContext?
    let next: SiteLinkContext?

    func child(named name: String) -> Any? {
        switch name {
        case "canonical": canonical
        case "alternate": alternate
        case "translation": translation
        case "title": title
        case "description": description
        case "section": section
        case "sectionHref": sectionHref
        case "content": content
        case "nav": nav
        case "outline": outline
        case "hasOutline": !outline.isEmpty
        case "previous": previous
        case "next": next
        default: language.child(named: name)
        }
    }
}

/// The values of a language's contents page's `{{...}}` tags (`home.mustache` and the layout).
struct SiteHomeContext: MustacheParent, Sendable {
    let language: SiteLanguageContext
    let canonical: MustacheText?
    let alternate: SiteLanguageLinks
    let translation: SiteLanguageLinks
    let title: MustacheText
    let description: MustacheText
    let nav: MustacheText
    let sections: [SiteContentsSection]

    func child(named name: String) -> Any? {
        switch name {
        case "canonical": canonical
        case "alternate": alternate
        case "translation": translation
        case "title": title
        case "description": description
        case "nav": nav
        case "sections": sections
        default: language.child(named: name)
        }
    }
}

/// A section of the contents page with its pages.
struct SiteContentsSection: MustacheParent, Sendable {
    let name: MustacheText
    let anchor: MustacheText
    let pages: [SiteContentsEntry]

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "anchor": anchor
        case "pages": pages
        default: nil
        }
    }
}

/// A page listed on the contents page.
struct SiteContentsEntry: MustacheParent, Sendable {
    let href: MustacheText
    let title: MustacheText
    let description: MustacheText

    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "description": description
        default: nil
        }
    }
}

/// One sidebar entry for `nav-page.mustache`: a section (`isSection`, `name`, its open pages as HTML in
/// `pages`) or a page (`isPage`, `title`).
struct SiteNavEntryContext: MustacheParent, Sendable {
    enum Kind {
        case section(name: MustacheText, pages: MustacheText?)
        case page(title: MustacheText)
    }

    let kind: Kind
    let href: MustacheText
    let current: Bool

    func child(named name: String) -> Any? {
        switch (name, kind) {
        case ("isSection", .section): true
        case ("isPage", .page): true
        case ("name", .section(let name, _)): name
        case ("pages", .section(_, let pages)): pages
        case ("title", .page(let title)): title
        case ("href", _): href
        case ("current", _): current
        default: nil
        }
    }
}
