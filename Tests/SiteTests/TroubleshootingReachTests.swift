import Foundation
import Markdown
import MigrationRules
import Testing
import TestSupport

/// A reader who starts on the guide reaches every troubleshooting entry: the guide links to the troubleshooting
/// page, and that page has an anchored heading per entry with each of its error codes.
@Suite("Troubleshooting is reachable from the guide")
struct TroubleshootingReachTests {
    /// The `slug:` of a content page's front matter.
    static func slug(of page: String, in language: Language) throws -> String {
        let text = try String(
            contentsOf: Golden.packageRoot.appendingPathComponent("content/\(language.tag)/\(page).md"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("slug:") })
        return line.dropFirst("slug:".count).trimmingCharacters(in: .whitespaces)
    }

    static func builtPage(_ page: String, in language: Language) throws -> String {
        let root = Golden.packageRoot.appendingPathComponent("Tests/SiteTests/Golden/site")
        let url = root.appendingPathComponent("\(language.tag)/\(try slug(of: page, in: language))/index.html")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("every entry has an anchored heading, its error codes, and a link from the guide", arguments: Language.allCases)
    func everyEntryIsReachable(language: Language) throws {
        let guide = try Self.builtPage("guide", in: language)
        let troubleshootingSlug = try Self.slug(of: "troubleshooting", in: language)
        #expect(guide.contains("href=\"../\(troubleshootingSlug)/index.html\""), "the guide does not link to the troubleshooting page")
        let page = try Self.builtPage("troubleshooting", in: language)
        for entry in RuleBook.current.troubleshooting {
            let anchor = Slug.make(entry.problem[language])
            #expect(page.contains("<h2 id=\"\(anchor)\""), "\(entry.id) has no heading #\(anchor)")
            for code in entry.errorCodes { #expect(page.contains(String(code)), "\(entry.id): error \(code) is not on the page") }
        }
    }

    @Test("every error code of R8 has an entry")
    func everyRevisionCodeHasAnEntry() {
        let codes = Set(RuleBook.current.troubleshooting.flatMap(\.errorCodes))
        for code in [133005, 133008, 131031, 133016, 2388001, 2388012, 2388091, 2388093, 2388103, 2388019] {
            #expect(codes.contains(code), "no troubleshooting entry for error \(code)")
        }
    }
}
