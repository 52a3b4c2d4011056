import Templating
import Diagnostics
import Foundation
import MigrationRules
import Mustache

/// A two-stage template with its `[[...]]` tags filled for one language: what each of its files then fills
/// with `{{...}}`.
struct FilledTemplate: Sendable {
    /// The values the `[[...]]` tags were filled with, also the fallback of every file's context.
    let language: SiteLanguageContext
    let template: MustacheTemplate
}

/// The site's two-stage templates filled for one language.
///
/// A content page used to make about a hundred tag lookups, a quarter of them for values every page of
/// its language shares (interface strings, paths, the switcher's names), at about 12,000 instructions
/// each inside swift-mustache. Filling those once per language halves the page stage's lookups.
struct SiteLanguageStage: Sendable {
    /// `page.mustache`, for files two folders below the root (`<lang>/<slug>/index.html`).
    let page: FilledTemplate
    /// `home.mustache`, for the language's contents page (`<lang>/index.html`).
    let home: FilledTemplate

    /// The templates that extend the layout and are filled in two stages, with the root path of their files.
    static let templates: [(name: String, root: String)] = [("page", "../../"), ("home", "../")]

    /// Fills the `[[...]]` tags of `page` and `home` for every language and compiles what is left.
    ///
    /// Throws (65) when a filled template is not valid Mustache, at the line of its source file where the
    /// `{{...}}` tags go wrong whenever that can be found.
    static func fill(
        _ templates: SiteTemplates, strings: SiteStrings, rules: RuleBook, baseURL: String?
    ) throws(DiagnosticsError) -> [Language: SiteLanguageStage] {
        // Parsing a filled template is the costly part (swift-mustache's parser measures the rest of the
        // text at every tag, so it grows with the square of the length): the six are parsed on every core.
        let jobs = Language.allCases.flatMap { language in Self.templates.map { (language, $0.name, $0.root) } }
        let results = jobs.concurrentMap { language, name, root in
            let context = languageContext(language, root: root, strings: strings, rules: rules, baseURL: baseURL)
            let text = templates.library.render(context, withTemplate: name) ?? ""
            return Result { () throws(DiagnosticsError) in
                do {
                    return FilledTemplate(language: context, template: try MustacheTemplate(string: SiteTemplates.escapingPragma + text))
                } catch {
                    throw DiagnosticsError([templates.locateBraceTagError(in: [name, "layout"], filledFor: "for \(language.tag)", error: error)])
                }
            }
        }
        var filled: [Language: [String: FilledTemplate]] = [:]
        for ((language, name, _), result) in zip(jobs, results) {
            filled[language, default: [:]][name] = try result.get()
        }
        var stages: [Language: SiteLanguageStage] = [:]
        for language in Language.allCases {
            guard let page = filled[language]?["page"], let home = filled[language]?["home"] else { continue }
            stages[language] = SiteLanguageStage(page: page, home: home)
        }
        return stages
    }

    /// The values of the `[[...]]` tags for one language and one depth of folder.
    static func languageContext(_ language: Language, root: String, strings: SiteStrings, rules: RuleBook, baseURL: String?) -> SiteLanguageContext {
        var ui: [String: String] = [:]
        let fields: [(String, Localized)] = [
            ("siteName", strings.siteName), ("skipLink", strings.skipLink), ("onThisPage", strings.onThisPage),
            ("previous", strings.previous), ("next", strings.next), ("lastUpdated", strings.lastUpdated),
            ("languageLabel", strings.languageLabel), ("breadcrumbLabel", strings.breadcrumbLabel),
            ("pagesLabel", strings.pagesLabel), ("pagerLabel", strings.pagerLabel), ("homeTitle", strings.homeTitle),
            ("homeIntro", strings.homeIntro),
        ]
        for (key, text) in fields { ui[key] = text[language] }
        ui["footer"] = strings.footer.filling(["version": rules.version])[language]
        return SiteLanguageContext(
            lang: MustacheText(language.tag), root: MustacheText(root), homeHref: MustacheText("\(root)\(language.tag)/index.html"),
            xDefault: MustacheText(baseURL ?? "\(root)index.html"), lastUpdated: MustacheText(LocalizedDate.day(rules.date, in: language)),
            lastUpdatedISO: MustacheText(rules.date.description), strings: SiteStringsContext(ui),
            languages: Language.allCases.map {
                SiteLanguageEntry(tag: MustacheText($0.tag), name: MustacheText($0.nativeName), current: $0 == language)
            })
    }
}

/// `nav-page.mustache` filled for each kind of sidebar entry, so an entry fills only its own values.
///
/// A site renders an entry per page twice (current or not) and a section per page, thousands of entries;
/// deciding the kind inside the template cost four of each entry's six tag lookups.
struct SiteNavTemplates: Sendable {
    let openSection: MustacheTemplate
    let closedSection: MustacheTemplate
    let currentPage: MustacheTemplate
    let page: MustacheTemplate

    /// Fills the `[[...]]` tags (`isSection`, `isPage`, `current`) of `nav-page` for the four kinds of entry.
    static func fill(_ templates: SiteTemplates) throws(DiagnosticsError) -> SiteNavTemplates {
        func fill(_ kind: String, current: Bool) throws(DiagnosticsError) -> MustacheTemplate {
            let text = templates.library.render([kind: true, "current": current], withTemplate: "nav-page") ?? ""
            do {
                return try MustacheTemplate(string: SiteTemplates.escapingPragma + text)
            } catch {
                let entry = "\(current ? "a current" : "a") \(kind == "isSection" ? "section" : "page")"
                throw DiagnosticsError([templates.locateBraceTagError(in: ["nav-page"], filledFor: "for \(entry)", error: error)])
            }
        }
        return SiteNavTemplates(
            openSection: try fill("isSection", current: true), closedSection: try fill("isSection", current: false),
            currentPage: try fill("isPage", current: true), page: try fill("isPage", current: false))
    }

    /// One entry's HTML.
    func render(_ entry: SiteNavEntryContext, library: MustacheLibrary) -> String {
        let template =
            switch (entry.kind, entry.current) {
            case (.section, true): openSection
            case (.section, false): closedSection
            case (.page, true): currentPage
            case (.page, false): page
            }
        return template.render(entry, library: library)
    }
}

extension SiteTemplates {
    /// Where a two-stage template's `{{...}}` tags fail to parse once its `[[...]]` tags are filled.
    ///
    /// The filled text is not a file anyone wrote, so its line numbers would mislead. Each source the
    /// template is made of (itself, the layout) is parsed again with its `[[...]]` tags blanked out, which
    /// keeps lines and columns and leaves the `{{...}}` tags as the page stage sees them; the first that
    /// fails gives the location.
    ///
    /// - Parameters:
    ///   - names: the template first, then the templates it extends.
    ///   - filledFor: what the `[[...]]` tags were filled for, to finish "once they are filled …".
    func locateBraceTagError(in names: [String], filledFor: String, error: Error) -> Diagnostic {
        for sourceName in names {
            guard let source = sources[sourceName] else { continue }
            do {
                _ = try MustacheTemplate(string: Self.escapingPragma + Self.blankingBracketTags(source.text))
            } catch let located as MustacheTemplate.ParserError {
                return Diagnostic(
                    path: source.path, line: max(1, located.context.lineNumber - 1), column: located.context.columnNumber,
                    message: "The template's {{...}} tags cannot be parsed (\(located.error)); check that every section tag is closed.")
            } catch {
                continue
            }
        }
        let path = names.first.flatMap { sources[$0]?.path } ?? names.joined(separator: ", ")
        let reason = (error as? MustacheTemplate.ParserError).map { "\($0.error)" } ?? "\(error)"
        return Diagnostic(
            path: path,
            message: "Once its [[...]] tags are filled \(filledFor), the template's {{...}} tags cannot be parsed (\(reason)); check that each {{...}} section opens and closes inside the same [[...]] section.")
    }

    /// The text with the `{{=[[ ]]=}}` line and every `[[...]]` tag replaced by `x` and spaces: same lines
    /// and columns (one blank per `Character`, as swift-mustache counts columns), and a tag inside a brace
    /// tag's name (`{{alternate.[[tag]]}}`) still leaves a valid name.
    static func blankingBracketTags(_ text: String) -> String {
        var characters = Array(text)
        if text.hasPrefix(delimiterSwitch) {
            for index in 0..<delimiterSwitch.count { characters[index] = " " }
        }
        var index = 0
        while index + 1 < characters.count {
            guard characters[index] == "[", characters[index + 1] == "[" else {
                index += 1
                continue
            }
            var end = index + 2
            while end + 1 < characters.count, !(characters[end] == "]" && characters[end + 1] == "]") { end += 1 }
            let last = min(end + 1, characters.count - 1)
            for position in index...last where !characters[position].isNewline {
                characters[position] = position == index ? "x" : " "
            }
            index = last + 1
        }
        return String(characters)
    }
}
