/// How a Markdown text is turned into HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Turn straight quotes into curly ones, `--` into an en dash, `---` into an em dash and `...` into an ellipsis.
    public var smartPunctuation: Bool
    /// Pass raw HTML through. Only for pages explicitly marked as trusted; never for customer data.
    public var allowsRawHTML: Bool

    /// Ends every heading with a `<a class="permalink" href="#anchor">` whose accessible name is this label
    /// (the link shows "#"), so a reader can copy a link to one section; nil for none.
    public var permalinkLabel: String?

    public init(smartPunctuation: Bool = false, allowsRawHTML: Bool = false, permalinkLabel: String? = nil) {
        self.smartPunctuation = smartPunctuation
        self.allowsRawHTML = allowsRawHTML
        self.permalinkLabel = permalinkLabel
    }

    /// The options for prose in a language, given as its BCP 47 tag.
    ///
    /// Smart punctuation is a per-language decision because cmark's `--smart` only knows English
    /// typography: it always produces “ ” and ‘ ’.
    /// - `en`: those are the right quotes.
    /// - `pt-BR`: Brazilian typography uses the same “ ” and ‘ ’ (unlike Portugal's « »), and the dashes
    ///   and ellipsis are right too, so it is on.
    /// - `es`: the RAE prescribes angular quotes « » as the first level and Latin-American usage mixes
    ///   « » and “ ”; cmark can only produce English quotes and apostrophes, so it is off and Spanish prose
    ///   writes its quotes directly (this project uses “ ”, as its rule texts do).
    public static func forLanguage(tag: String) -> MarkdownOptions {
        switch tag.lowercased() {
        case "en", "pt-br": MarkdownOptions(smartPunctuation: true)
        default: MarkdownOptions(smartPunctuation: false)
        }
    }
}
