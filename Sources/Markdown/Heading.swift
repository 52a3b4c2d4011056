/// A heading of a rendered document, for the "on this page" outline.
public struct Heading: Sendable, Hashable {
    /// 1 to 6, as in `<h1>`–`<h6>`.
    public let level: Int
    /// The heading's plain text, without Markdown markup.
    public let text: String
    /// The `id` the heading carries in the HTML, unique within the document.
    public let anchor: String

    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}

/// A link destination found in a document, with where it was written.
public struct LinkReference: Sendable, Hashable {
    public let destination: String
    /// 1-based line of the link in the Markdown source.
    public let line: Int
    /// 1-based column of the link in the Markdown source.
    public let column: Int

    public init(destination: String, line: Int, column: Int) {
        self.destination = destination
        self.line = line
        self.column = column
    }
}

/// A Markdown document rendered to an HTML fragment.
public struct RenderedMarkdown: Sendable, Hashable {
    public let html: String
    /// Every heading, in document order.
    public let headings: [Heading]
    /// Every link and image destination as written in the source, before any rewriting.
    public let links: [LinkReference]
}
