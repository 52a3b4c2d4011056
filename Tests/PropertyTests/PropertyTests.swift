@testable import Checklists
import Foundation
import Markdown
import Profiles
import PropertyBased
import RuleDiff
import Templating
import Testing

/// Text a customer or a writer could type: ASCII with every punctuation mark, Latin letters with accents, a few
/// symbols and an emoji, so escaping and folding meet what they must handle.
let specialCharacters: [Character] = ["\n", "\t", "’", "“", "€", "😀", "\u{00A0}", "ß"]
/// CommonMark's markup characters with letters and spaces between them, so runs like `*a*` and `[x](y)` occur.
let markupCharacters: [Character] = Array("*_`[]()<>!#&\\|~=- a1")
let anyText = Gen<Character>.oneOf(
    Gen.int(in: 0...(markupCharacters.count - 1)).map { markupCharacters[$0] }.eraseToAnySequence(),
    Gen.int(in: 0...(markupCharacters.count - 1)).map { markupCharacters[$0] }.eraseToAnySequence(),
    Gen.character(in: " "..."~").eraseToAnySequence(),
    Gen.character(in: "À"..."ž").eraseToAnySequence(),
    Gen.int(in: 0...(specialCharacters.count - 1)).map { specialCharacters[$0] }.eraseToAnySequence()
).string(of: 0...40)

@Suite("Properties of the parsers and escapers")
struct PropertyTests {
    @Test("phone numbers: any usual formatting of a number normalises to the same E.164, and normalising is idempotent")
    func phoneNormalisation() async {
        let digits = Gen.number.string(of: 8...11)
        let choices = [" ", "-", ".", "", " - ", "\u{00A0}"]
        let separators = Gen.int(in: 0...(choices.count - 1)).map { choices[$0] }
        await propertyCheck(count: 300, input: digits, separators) { subscriber, separator in
            let plain = "+55" + subscriber
            let chunked = subscriber.enumerated().map { index, digit in index > 0 && index % 4 == 0 ? separator + String(digit) : String(digit) }.joined()
            for written in [plain, "+55 " + chunked, "0055" + separator + chunked, "+55 (" + subscriber.prefix(2) + ") " + subscriber.dropFirst(2)] {
                let parsed = try? PhoneNumber(parsing: written)
                #expect(parsed?.e164 == "+55" + subscriber, "\(written)")
                if let parsed { #expect((try? PhoneNumber(parsing: parsed.e164))?.e164 == parsed.e164) }
            }
        }
    }

    @Test("slugs: lowercase ASCII words joined by single dashes, and a slug of a slug is itself")
    func slugs() async {
        await propertyCheck(count: 500, input: anyText) { text in
            let slug = Slug.make(text)
            #expect(slug.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }, "\(slug)")
            #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"), "\(slug)")
            #expect(Slug.make(slug) == slug)
        }
    }

    @Test("HTML escaping: no markup character survives, and decoding the entities gives the text back")
    func htmlEscaping() async {
        let escaper = HTMLContentType(escapesBraces: true)
        await propertyCheck(count: 500, input: anyText) { text in
            let escaped = escaper.escapeText(text)
            #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\"") && !escaped.contains("{"))
            #expect(Self.decodingEntities(escaped) == text)
        }
    }

    @Test("Markdown escaping: cmark reads an escaped text as exactly that text, never as markup")
    func markdownEscaping() async {
        let renderer = MarkdownRenderer()
        let escaper = HTMLContentType()
        await propertyCheck(count: 500, input: anyText) { text in
            let oneLine = text.replacingOccurrences(of: "\n", with: " ")
            let html = renderer.renderInline(ChecklistMarkdownRenderer.escape(oneLine))
            // cmark keeps inner spaces, trims the ends, and writes tabs and no-break spaces as they are.
            let expected = escaper.escapeText(oneLine.trimmingCharacters(in: CharacterSet(charactersIn: " \t")))
            #expect(Self.decodingEntities(html) == Self.decodingEntities(expected), "\(text) → \(html)")
        }
    }

    @Test("the canonical snapshot text: parsing what it prints gives the same value, and printing that gives the same bytes")
    func canonicalJSONRoundTrips() async {
        let scalar = Gen<JSONValue>.oneOf(
            anyText.map(JSONValue.string).eraseToAnySequence(),
            Gen.int(in: -1_000_000...1_000_000).map(JSONValue.integer).eraseToAnySequence(),
            Gen.bool.map(JSONValue.bool).eraseToAnySequence())
        let members = Gen.letterOrNumber.string(of: 1...8).array(of: 0...6)
        await propertyCheck(count: 300, input: members, scalar.array(of: 0...6)) { keys, values in
            var object: [String: JSONValue] = [:]
            for (key, value) in zip(keys, values) { object[key] = .array([value, .null]) }
            let value = JSONValue.object(sorted: object)
            let text = value.canonicalText()
            let parsed = try? JSONValue.parse(Data(text.utf8))
            #expect(parsed == value)
            #expect(parsed?.canonicalText() == text)
        }
    }

    /// The text an HTML parser would read: the entities our escapers and cmark write, decoded.
    static func decodingEntities(_ html: String) -> String {
        var text = html
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&#123;", "{"), ("&#125;", "}"),
            ("&#96;", "`"), ("&#61;", "="),
        ] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.replacingOccurrences(of: "&amp;", with: "&")
    }
}
