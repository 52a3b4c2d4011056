import Mustache

// The page template's Mustache context, as plain structs.
//
// Mustache finds a tag's value by asking each object on its context stack for a child by name. For a
// `[String: Any]` that costs a conditional-conformance cast and a hashed lookup, and for a `String` value
// three more failed casts and `String(describing:)`; callgrind put swift-mustache at about half of a site
// build, nearly all of it in these lookups. A struct conforming to `MustacheParent` answers with a `switch`,
// and `MustacheText` is found by the second cast Mustache tries. A name a struct does not know returns nil, so
// Mustache keeps looking further down the stack, exactly as for a dictionary without that key. Double-brace
// tags still escape every value: `MustacheText` only says which text to escape.

/// The interface strings of one language (`{{strings.name}}`), built once per language.
struct SiteStringsContext: MustacheParent, Sendable {
    let values: [String: MustacheText]

    init(_ strings: [String: String]) { values = strings.mapValues(MustacheText.init) }

    func child(named name: String) -> Any? { values[name] }
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

/// One `<link rel="alternate" hreflang>`.
struct SiteAlternateContext: MustacheParent, Sendable {
    let hreflang: MustacheText
    let href: MustacheText

    func child(named name: String) -> Any? {
        switch name {
        case "hreflang": hreflang
        case "href": href
        default: nil
        }
    }
}

/// One entry of the language switcher.
struct SiteSwitcherContext: MustacheParent, Sendable {
    let tag: MustacheText
    let name: MustacheText
    let href: MustacheText
    let current: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "tag": tag
        case "name": self.name
        case "href": href
        case "current": current
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
        case "children": children.isEmpty ? nil : children
        case "hasChildren": children.isEmpty ? nil : true
        default: nil
        }
    }
}

/// The values of one content page's tags (`page.mustache` and the layout it extends).
struct SitePageContext: MustacheParent, Sendable {
    let lang: MustacheText
    let root: MustacheText
    let strings: SiteStringsContext
    let homeHref: MustacheText
    let lastUpdated: MustacheText
    let lastUpdatedISO: MustacheText
    let xDefault: MustacheText
    let canonical: MustacheText?
    let title: MustacheText
    let description: MustacheText
    let section: MustacheText
    let content: MustacheText
    let alternates: [SiteAlternateContext]
    let switcher: [SiteSwitcherContext]
    /// The sidebar's entries as HTML, rendered from `nav-page.mustache`.
    let nav: MustacheText
    let outline: [SiteOutlineContext]
    let previous: SiteLinkContext?
    let next: SiteLinkContext?

    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "root": root
        case "strings": strings
        case "homeHref": homeHref
        case "lastUpdated": lastUpdated
        case "lastUpdatedISO": lastUpdatedISO
        case "xDefault": xDefault
        case "canonical": canonical
        case "title": title
        case "description": description
        case "section": section
        case "content": content
        case "alternates": alternates
        case "switcher": switcher
        case "nav": nav
        case "outline": outline
        case "hasOutline": !outline.isEmpty
        case "previous": previous
        case "next": next
        default: nil
        }
    }
}
