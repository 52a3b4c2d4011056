import CCmark
import Foundation

/// Renders Markdown to HTML through cmark: the only code in the project that calls the C library.
///
/// Safe by default: raw HTML is omitted and `javascript:`, `vbscript:`, `file:` and non-image `data:`
/// links lose their destination (cmark's safe mode), and invalid UTF-8 is replaced, never trusted.
public struct MarkdownRenderer: Sendable {
    public let options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    private var cmarkOptions: Int32 {
        var flags = CMARK_OPT_SOURCEPOS
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        if options.allowsRawHTML { flags |= CMARK_OPT_UNSAFE }
        return flags
    }

    /// The HTML flags: the same as parsing, minus source positions, which would leak into the output.
    private var htmlOptions: Int32 { cmarkOptions & ~CMARK_OPT_SOURCEPOS }

    /// Renders a whole document to an HTML fragment, with `id` anchors on its headings.
    ///
    /// - Parameter rewriteLink: called with every link and image destination; returning a string
    ///   replaces it (for turning `glossary.md` into a site URL), returning nil keeps it.
    public func render(_ markdown: String, rewriteLink: ((String) -> String?)? = nil) -> RenderedMarkdown {
        var text = markdown
        // A `String` is valid UTF-8 already: cmark's own check would read every byte again for nothing.
        return text.withUTF8 { render(bytes: UnsafeRawBufferPointer($0), validatingUTF8: false, rewriteLink: rewriteLink) }
    }

    /// Renders raw bytes that may not be valid UTF-8 (a file read from disk); bad sequences become U+FFFD.
    public func render(data: Data, rewriteLink: ((String) -> String?)? = nil) -> RenderedMarkdown {
        data.withUnsafeBytes { render(bytes: $0, validatingUTF8: true, rewriteLink: rewriteLink) }
    }

    private func render(bytes: UnsafeRawBufferPointer, validatingUTF8: Bool, rewriteLink: ((String) -> String?)?) -> RenderedMarkdown {
        let parseOptions = validatingUTF8 ? cmarkOptions | CMARK_OPT_VALIDATE_UTF8 : cmarkOptions
        let document = CmarkDocument(bytes: bytes, options: parseOptions)
        var headingTexts: [(level: Int, text: String)] = []
        var links: [LinkReference] = []
        document.walk { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headingTexts.append((Int(cmark_node_get_heading_level(node)), CmarkDocument.plainText(of: node)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                links.append(
                    LinkReference(
                        destination: destination, line: Int(cmark_node_get_start_line(node)),
                        column: Int(cmark_node_get_start_column(node))))
                if let rewriteLink, let replacement = rewriteLink(destination) {
                    cmark_node_set_url(node, replacement)
                }
            default:
                break
            }
        }
        var allocator = AnchorAllocator()
        let headings = headingTexts.map { Heading(level: $0.level, text: $0.text, anchor: allocator.allocate(for: $0.text)) }
        let permalink = options.permalinkLabel.map(Self.escapingAttribute)
        let html = document.withHTML(options: htmlOptions) { Self.addingAnchors(headings, to: $0, permalinkLabel: permalink) }
        return RenderedMarkdown(html: html, headings: headings, links: links)
    }

    /// Renders one sentence of inline Markdown (a rule's text) without the wrapping `<p>`.
    ///
    /// Text that would start a block (`1. `, `# `, `- `) is kept as text: a rule sentence is never a list.
    public func renderInline(_ text: String) -> String {
        let flattened = Self.flatteningLines(text)
        let html = render(Self.escapingBlockStart(flattened)).html
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return html }
        return String(html.dropFirst(3).dropLast(5))
    }

    /// The text on one line: every line break a space, so inline Markdown placed in a list item or a
    /// paragraph cannot end it. Over bytes: Foundation's `replacingOccurrences` copies through NSString,
    /// and was a third of building the real site.
    public static func flatteningLines(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return text }
        return String(decoding: text.utf8.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// Text for a double-quoted HTML attribute.
    static func escapingAttribute(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Backslash-escapes the character that would turn a line into a heading, list, quote or code block.
    static func escapingBlockStart(_ text: String) -> String {
        let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
        guard let first = trimmed.first else { return text }
        if "#>-+*=_`~|".contains(first) { return "\\" + trimmed }
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, let marker = trimmed.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + trimmed.dropFirst(digits.count)
        }
        return String(trimmed)
    }

    /// Gives the n-th `<hN>` tag of the HTML the n-th heading's anchor.
    ///
    /// Safe mode escapes or omits every `<` that is not cmark's own markup, so each `<hN>` in the output
    /// is a heading node, in document order.
    /// With a `permalinkLabel` (already escaped for an attribute), each heading also ends with a link to itself.
    static func addingAnchors(_ headings: [Heading], to bytes: UnsafeBufferPointer<UInt8>, permalinkLabel: String? = nil) -> String {
        guard !headings.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
        // Scans cmark's buffer once and copies the text between headings in whole runs, straight into
        // the string's own storage: Foundation's `range(of:)` would copy the rest of a long page per
        // heading, and appending byte by byte to an array that is then copied into a string was a fifth
        // of the validate stage. Each `<hN>` becomes `<hN id="anchor">`: 6 bytes plus the anchor.
        let linkBytes = permalinkLabel.map { $0.utf8.count + 80 } ?? 0
        let capacity = bytes.count + headings.reduce(0) { $0 + ($1.anchor.utf8.count * (permalinkLabel == nil ? 1 : 2)) + 6 + linkBytes }
        return String(unsafeUninitializedCapacity: capacity) { output in
            var written = 0
            func put(_ part: UnsafeBufferPointer<UInt8>) {
                guard let source = part.baseAddress, let target = output.baseAddress else { return }
                (target + written).update(from: source, count: part.count)
                written += part.count
            }
            var copied = 0
            var index = 0
            var pending = headings.makeIterator()
            while let heading = pending.next(), let tag = Self.firstTag(of: heading.level, in: bytes, from: index) {
                put(UnsafeBufferPointer(rebasing: bytes[copied..<(tag + 3)]))
                var attribute = " id=\"\(heading.anchor)\""
                attribute.withUTF8 { put($0) }
                index = tag + 3
                copied = index
                // The heading's closing tag: safe mode leaves no other `</hN>` inside a heading.
                if let permalinkLabel, let close = Self.firstTag(of: heading.level, in: bytes, from: index, closing: true) {
                    put(UnsafeBufferPointer(rebasing: bytes[copied..<close]))
                    var link = " <a class=\"permalink\" href=\"#\(heading.anchor)\" aria-label=\"\(permalinkLabel)\">#</a>"
                    link.withUTF8 { put($0) }
                    index = close
                    copied = close
                }
            }
            put(UnsafeBufferPointer(rebasing: bytes[copied...]))
            return written
        }
    }

    /// The position of the first `<hN>` (N = `level`) at or after `start`, found with `memchr`.
    /// With `closing`, the position of the first `</hN>` instead.
    private static func firstTag(of level: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, closing: Bool = false) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let digit = UInt8(ascii: "0") + UInt8(level)
        let slash = closing ? 1 : 0
        var index = start
        while index + 3 + slash < bytes.count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index - 3 - slash) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if !closing || bytes[position + 1] == UInt8(ascii: "/"),
                bytes[position + 1 + slash] == UInt8(ascii: "h"), bytes[position + 2 + slash] == digit,
                bytes[position + 3 + slash] == UInt8(ascii: ">")
            {
                return position
            }
            index = position + 1
        }
        return nil
    }
}

/// Owns one cmark node tree and frees it, the only class in the module because it holds a C resource.
private final class CmarkDocument {
    let root: OpaquePointer

    init(bytes: UnsafeRawBufferPointer, options: Int32) {
        // cmark copies the input and returns a document even for empty or invalid text.
        if let base = bytes.baseAddress, bytes.count > 0 {
            root = cmark_parse_document(base.assumingMemoryBound(to: CChar.self), bytes.count, options)
        } else {
            root = cmark_parse_document("", 0, options)
        }
    }

    deinit { cmark_node_free(root) }

    /// Calls `visit` once for every node, on entering it, in document order.
    func walk(_ visit: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                visit(node)
            }
        }
    }

    /// Renders the tree to HTML and hands cmark's buffer to `body` before freeing it, saving a copy.
    func withHTML(options: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> String) -> String {
        guard let buffer = cmark_render_html(root, options) else { return "" }
        defer { free(buffer) }
        let length = strlen(buffer)
        return buffer.withMemoryRebound(to: UInt8.self, capacity: length) { body(UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// The literal text under a node (text, code spans, line breaks as spaces), for anchors and outlines.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
