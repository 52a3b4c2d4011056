import MigrationRules

/// The front matter every content page carries, checked and typed.
public struct FrontMatter: Sendable, Hashable {
    /// The page's `<h1>` and `<title>`; the body never repeats it.
    public var title: String
    /// One sentence for `<meta name="description">` and the contents pages.
    public var description: String
    /// The localized URL segment: `OUTPUT/<lang>/<slug>/index.html`.
    public var slug: String
    /// The same in every language: it pairs a page with its translations.
    public var id: String
    /// Position in the previous/next sequence and in the contents, lowest first.
    public var order: Int
    /// The breadcrumb group the page belongs to ("Onboarding").
    public var section: String

    public init(title: String, description: String, slug: String, id: String, order: Int, section: String) {
        self.title = title
        self.description = description
        self.slug = slug
        self.id = id
        self.order = order
        self.section = section
    }

    /// Every key a page may have; all are required.
    public static let keys = ["title", "description", "slug", "id", "order", "section"]
}

/// One Markdown page as read from `content/<lang>/<file>.md`, before its directives are expanded.
public struct ContentPage: Sendable, Hashable {
    /// The path as given on the command line plus the file's place in it, for diagnostics.
    public var path: String
    /// The file name (`guide.md`): what other pages of the same language link to.
    public var fileName: String
    public var language: Language
    public var frontMatter: FrontMatter
    /// The 1-based line of each front matter key, so a later stage can point at a bad value.
    public var keyLines: [String: Int]
    /// The Markdown after the front matter.
    public var body: String
    /// The file line of the body's first line.
    public var bodyFirstLine: Int

    public init(
        path: String, fileName: String, language: Language, frontMatter: FrontMatter, keyLines: [String: Int],
        body: String, bodyFirstLine: Int
    ) {
        self.path = path
        self.fileName = fileName
        self.language = language
        self.frontMatter = frontMatter
        self.keyLines = keyLines
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// `<lang>/<slug>`: the page's folder in the HTML output.
    public var sitePath: String { "\(language.tag)/\(frontMatter.slug)" }
}
