import Mustache

// What the site's and the checklists' Mustache templates share: the text value their typed contexts
// hand to tags, and the HTML escaping every double-brace tag goes through.

/// A text value for a tag: double braces escape it, triple braces print it as it is.
///
/// Typed contexts return it instead of `String`: Mustache finds it by its first protocol check, where a
/// `String` costs several failed casts and `String(describing:)` on every tag.
public struct MustacheText: MustacheCustomRenderable, Sendable {
    public let renderText: String
    /// Never null: an empty text still counts as present, as an empty `String` does.
    public var isNull: Bool { false }

    public init(_ text: String) { renderText = text }
}

/// HTML escaping for the templates: what swift-mustache's default writes (`<`, `>`, `&`, `"`, `'` as entities),
/// computed over UTF-8 bytes.
///
/// The default looks every `Character` up in a dictionary (grapheme breaking plus hashing), which callgrind
/// put at a quarter of a site build and 14% of a checklist batch. Mustache still decides what is escaped:
/// templates are parsed after `pragma`, so every double-brace tag goes through this type and triple braces
/// do not. One difference from the default, on the safe side: a `"` or `<` followed by a combining mark is a
/// single `Character`, which the default leaves unescaped, and this type escapes.
public struct HTMLContentType: MustacheContentType {
    public static let name = "migration-docs-html"
    /// The same escaping, plus `{` and `}` as character references, for the first stage of a two-stage
    /// template: what it prints becomes the text of the second stage, where a value with `{{` in it would
    /// otherwise be read as a tag. The browser shows the same characters either way.
    public static let firstStageName = "migration-docs-html-first-stage"

    /// The line put before a template's text to select this type.
    public static let pragma = "{{% CONTENT_TYPE: \(name) }}"
    /// The line put before a two-stage template's text.
    public static let firstStagePragma = "{{% CONTENT_TYPE: \(firstStageName) }}"

    /// True for `firstStageName`.
    public let escapesBraces: Bool

    public init(escapesBraces: Bool = false) { self.escapesBraces = escapesBraces }

    /// Registers both types before a template naming one is parsed; registering again is harmless.
    public static func register() {
        MustacheContentTypes.register(HTMLContentType(), named: name)
        MustacheContentTypes.register(HTMLContentType(escapesBraces: true), named: firstStageName)
    }

    /// HTML made by the tool (cmark's rendering of a rule text) with `{` and `}` as character references,
    /// for an unescaped first-stage tag: the browser shows the same text, and the second stage sees no tag.
    public static func escapingBraces(_ html: String) -> String {
        replacingBytes(in: html) { byte in
            switch byte {
            case UInt8(ascii: "{"): "&#123;"
            case UInt8(ascii: "}"): "&#125;"
            default: nil
            }
        }
    }

    public func escapeText(_ text: String) -> String {
        Self.replacingBytes(in: text, with: replacement(for:))
    }

    /// `text` with each byte that `replacement` names replaced by its entity; the text itself when there is none.
    private static func replacingBytes(in text: String, with replacement: (UInt8) -> String?) -> String {
        var text = text
        // Checked in the contiguous buffer: a generic walk over the UTF8View cost 1.5% of a build.
        guard text.withUTF8({ $0.contains(where: { replacement($0) != nil }) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            if let entity = replacement(byte) {
                bytes += entity.utf8
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        case UInt8(ascii: "{") where escapesBraces: "&#123;"
        case UInt8(ascii: "}") where escapesBraces: "&#125;"
        default: nil
        }
    }
}
