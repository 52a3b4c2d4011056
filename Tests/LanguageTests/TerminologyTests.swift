import Checklists
import Foundation
import MigrationRules
import Site
import Testing
import TestSupport

/// Every text a reader sees, with where it comes from, so a failure names the rule, page or string to fix.
struct ReaderText: Sendable, CustomStringConvertible {
    let origin: String
    let language: Language
    let text: String

    var description: String { "\(origin) [\(language.tag)]" }

    /// The rule book's texts, the change log's entries, the pages and the site's and checklists' words.
    static let all: [ReaderText] = {
        let book = RuleBook.current
        var texts: [ReaderText] = []
        for rule in book.allRules {
            for field in rule.localizedFields {
                texts += Language.allCases.map { ReaderText(origin: "\(rule.id).\(field.name)", language: $0, text: field.text[$0]) }
            }
        }
        for release in book.releases {
            for change in release.changes {
                texts += Language.allCases.map { ReaderText(origin: "release \(release.version)", language: $0, text: change[$0]) }
            }
        }
        for (table, value) in [("ChecklistStrings", ChecklistStrings.standard as Any), ("SiteStrings", SiteStrings.standard as Any)] {
            for child in Mirror(reflecting: value).children {
                guard let localized = child.value as? Localized else { continue }
                texts += Language.allCases.map {
                    ReaderText(origin: "\(table).\(child.label ?? "?")", language: $0, text: localized[$0])
                }
            }
        }
        for language in Language.allCases {
            let folder = Golden.packageRoot.appendingPathComponent("content/\(language.tag)")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".md") {
                let page = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
                for (index, line) in page.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    texts.append(ReaderText(origin: "content/\(language.tag)/\(file):\(index + 1)", language: language, text: String(line)))
                }
            }
        }
        return texts
    }()

    /// The text without what is not prose: `{placeholder}`s and `{{< directive >}}` lines.
    var prose: String {
        guard !text.hasPrefix("{{<") else { return "" }
        return text.replacingOccurrences(of: #"\{[a-z_]+\}"#, with: "", options: .regularExpression)
    }
}

/// One entry of `content/terminology.json`: the term to use and the variants that must not appear.
struct TermRule: Decodable, Sendable, CustomStringConvertible {
    let use: String
    let avoid: [String]
    let why: String

    var description: String { use }

    static func load() throws -> [Language: [TermRule]] {
        let url = Golden.packageRoot.appendingPathComponent("content/terminology.json")
        let table = try JSONDecoder().decode([String: LanguageOrNote].self, from: Data(contentsOf: url))
        var rules: [Language: [TermRule]] = [:]
        for language in Language.allCases { rules[language] = table[language.tag]?.rules ?? [] }
        return rules
    }

    /// The file's top level holds an "about" note beside the three languages.
    enum LanguageOrNote: Decodable {
        case rules([TermRule])
        case note

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            self = (try? container.decode([TermRule].self)).map(Self.rules) ?? .note
        }

        var rules: [TermRule]? {
            if case .rules(let rules) = self { rules } else { nil }
        }
    }
}

@Suite("Language: one term per concept in every text a reader sees")
struct TerminologyTests {
    @Test("every language has a term list and the texts to run it over")
    func listAndTextsExist() throws {
        let rules = try TermRule.load()
        for language in Language.allCases {
            #expect((rules[language]?.count ?? 0) >= 5, "content/terminology.json has too few entries for \(language.tag)")
            #expect(ReaderText.all.filter { $0.language == language }.count > 300)
        }
    }

    @Test("no text uses a banned variant of a preferred term", arguments: Language.allCases)
    func noBannedVariant(language: Language) throws {
        let rules = try TermRule.load()[language] ?? []
        let texts = ReaderText.all.filter { $0.language == language }
        for rule in rules {
            for pattern in rule.avoid {
                let regex = try Regex(pattern)
                for text in texts where text.prose.contains(regex) {
                    // The change log of the release that retired Messaging For is the one place that names it.
                    if rule.use.hasPrefix("Messaging For"), text.origin == "release 2026.12" { continue }
                    Issue.record("\(text) uses '\(pattern)'; write '\(rule.use)' (\(rule.why)): \(text.text)")
                }
            }
        }
    }

    @Test("the term list catches a banned variant planted in a text", arguments: Language.allCases)
    func theListCanFail(language: Language) throws {
        let rules = try TermRule.load()[language] ?? []
        let planted = ["Aceite a solicitação Messaging For.", "Accept the Messaging For request.", "Acepte la solicitud Messaging For."]
        let hits = try planted.filter { sentence in try rules.contains { try $0.avoid.contains { sentence.contains(try Regex($0)) } } }
        #expect(hits.count == 3)
    }

    @Test("headings end without a full stop: page headings, troubleshooting problems and glossary terms")
    func headingsHaveNoFinalStop() {
        let book = RuleBook.current
        for text in ReaderText.all where text.origin.hasPrefix("content/") && text.text.hasPrefix("#") {
            #expect(!text.text.hasSuffix("."), "\(text): \(text.text)")
        }
        for language in Language.allCases {
            for entry in book.troubleshooting { #expect(!entry.problem[language].hasSuffix("."), "\(entry.id) [\(language.tag)]") }
            for term in book.glossary { #expect(!term.term[language].hasSuffix("."), "\(term.id) [\(language.tag)]") }
        }
    }

    @Test("no text nests parentheses, which read badly in every language")
    func noNestedParentheses() {
        for text in ReaderText.all {
            var depth = 0
            for character in text.prose {
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
                if depth > 1 { Issue.record("\(text) nests parentheses: \(text.text)"); break }
            }
        }
    }
}
