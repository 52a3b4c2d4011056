import Foundation
import MigrationRules
import Markdown
import Checklists
import Profiles
import Testing
import TestSupport

@Suite("Checklist golden files")
struct ChecklistGoldenTests {
    static let examples = ["padaria-sao-joao.yaml", "acme-logistics.json", "munoz-hijos.yaml", "blocked-customer.yaml", "hostile-name.yaml"]
    static let formats: [ChecklistFormat] = [.html, .markdown, .json]

    @Test("Every example in every format and language matches its golden file", arguments: examples, Language.allCases)
    func golden(example: String, language: Language) throws {
        let profile = try ChecklistFixtures.example(example)
        for format in Self.formats {
            let batch = try ChecklistBatch(format: format, options: ChecklistOptions(language: language, templatesDirectory: ChecklistFixtures.templates, rules: .current))
            let checklist = Checklist(profile: profile, language: language, rules: .current)
            let name = (example as NSString).deletingPathExtension
            try Golden.assertMatches(
                batch.text(checklist), file: "Tests/ChecklistsTests/Golden/checklists/\(language.tag)/\(name).\(format.fileExtension)")
        }
    }

    @Test("Rendering is deterministic: the same profile gives the same bytes", arguments: formats)
    func deterministic(format: ChecklistFormat) throws {
        let batch = try ChecklistBatch(format: format, options: ChecklistOptions(templatesDirectory: ChecklistFixtures.templates, rules: .current))
        let profile = try ChecklistFixtures.example("padaria-sao-joao.yaml")
        #expect(try batch.text(Checklist(profile: profile, rules: .current)) == batch.text(Checklist(profile: profile, rules: .current)))
    }

    @Test("The HTML is print-ready: A4, a section per number, tick boxes, who does it, what the call needs, signatures, the ticket")
    func htmlStructure() throws {
        let batch = try ChecklistBatch(format: .html, options: ChecklistOptions(templatesDirectory: ChecklistFixtures.templates, rules: .current))
        let html = try batch.text(Checklist(profile: try ChecklistFixtures.example("padaria-sao-joao.yaml"), rules: .current))
        #expect(html.contains("@page { size: A4"))
        #expect(html.components(separatedBy: "<section class=\"number\"").count == 3)
        #expect(html.components(separatedBy: "class=\"box\"").count > 15)
        #expect(html.components(separatedBy: "Quem faz:").count > 15)
        // One reminder per number of what the call needs: the line for the code, no PIN to prepare (R12, R15).
        #expect(html.components(separatedBy: "Não é preciso preparar um PIN").count == 3)
        #expect(!html.contains("PIN de 6 dígitos deste número"))
        #expect(html.contains("Assinatura do cliente"))
        #expect(html.contains("<pre class=\"copy\">Qual é o seu BSP atual?\nTwilio\n"))
        #expect(html.contains("3 de dezembro de 2026, 14:00 (UTC−03:00)"))
        #expect(html.contains("com ou sem o nono dígito"))
    }
}

@Suite("Hostile customer text")
struct HostileTextTests {
    static func rendered(_ format: ChecklistFormat) throws -> String {
        let batch = try ChecklistBatch(format: format, options: ChecklistOptions(templatesDirectory: ChecklistFixtures.templates, rules: .current))
        return try batch.text(Checklist(profile: try ChecklistFixtures.example("hostile-name.yaml"), rules: .current))
    }

    @Test("HTML escapes every customer value")
    func html() throws {
        let html = try Self.rendered(.html)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>co</b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Ask *Evil* BSP [link](javascript:alert(1)) &amp; &lt;b&gt;co&lt;/b&gt; to turn off"))
    }

    @Test("Markdown backslash-escapes every customer value")
    func markdown() throws {
        let markdown = try Self.rendered(.markdown)
        #expect(markdown.contains("# Migration checklist: \\<script\\>alert\\(1\\)\\</script\\>"))
        #expect(markdown.contains("\\*Evil\\* BSP \\[link\\]\\(javascript:alert\\(1\\)\\) \\& \\<b\\>co\\</b\\>"))
        #expect(markdown.contains("\\<img src=x onerror=alert\\(1\\)\\>"))
        let rendered = Markdown.MarkdownRenderer().render(markdown).html
        #expect(!rendered.contains("<script>"))
        #expect(rendered.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("JSON keeps customer text exactly, as encoded strings")
    func json() throws {
        let json = try Self.rendered(.json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["company"] as? String == "<script>alert(1)</script>")
        #expect(object?["current_bsp"] as? String == "*Evil* BSP [link](javascript:alert(1)) & <b>co</b>")
    }

    @Test("Muñoz & Hijos prints as written in every format", arguments: [ChecklistFormat.html, .markdown, .json])
    func ampersand(format: ChecklistFormat) throws {
        let batch = try ChecklistBatch(format: format, options: ChecklistOptions(templatesDirectory: ChecklistFixtures.templates, rules: .current))
        let text = try batch.text(Checklist(profile: try ChecklistFixtures.example("munoz-hijos.yaml"), rules: .current))
        let expected = switch format {
        case .html: "Muñoz &amp; Hijos"
        case .markdown: "Muñoz \\& Hijos"
        default: "\"company\" : \"Muñoz & Hijos\""
        }
        #expect(text.contains(expected))
    }
}

@Suite("Another rule book")
struct InjectedRuleBookTests {
    /// The compiled rule book with its first criterion's requirement reworded and a new version.
    static func variant() throws -> RuleBook {
        var rules = try RuleBook.withFirstRequirementReworded()
        rules.version = "9.9.9"
        return rules
    }

    @Test("A batch given another rule book evaluates and quotes it, not the compiled one", arguments: [ChecklistFormat.html, .markdown, .json])
    func quotesTheGivenRuleBook(format: ChecklistFormat) throws {
        let rules = try Self.variant()
        let folder = try makeTemporaryDirectory("injected-rules")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = ChecklistOptions(
            outputDirectory: folder.path, language: .en, templatesDirectory: ChecklistFixtures.templates, rules: rules)
        let example = Golden.packageRoot.appendingPathComponent("examples/padaria-sao-joao.yaml").path
        let summary = try ChecklistBatch(format: format, options: options).run(inputs: [example], standardInput: { Data() })
        #expect(summary.written == 1, "\(summary.diagnostics)")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        #expect(text.contains("9.9.9"))
        // The JSON lists only the criteria a customer fails; the printed formats list every one.
        if format != .json {
            #expect(text.contains("Changed requirement."))
            #expect(!text.contains(try #require(RuleBook.current.criteria.first).requirement[.en]))
        }
    }

    @Test("A rule book's text never becomes a template tag of the customer stage")
    func ruleTextIsNeverATag() throws {
        var rules = try Self.variant()
        rules.version = "{{company}} & <b>"
        let options = ChecklistOptions(language: .en, templatesDirectory: ChecklistFixtures.templates, rules: rules)
        let profile = try ChecklistFixtures.example("padaria-sao-joao.yaml")
        let html = try ChecklistBatch(format: .html, options: options).text(Checklist(profile: profile, language: .en, rules: rules))
        #expect(html.contains("&#123;&#123;company&#125;&#125; &amp; &lt;b&gt;"))
        #expect(!html.contains("\(profile.company) &amp; &lt;b&gt;"))
    }
}

extension ChecklistBatch {
    /// The checklist as text, for the text formats these tests render.
    func text(_ checklist: Checklist) throws -> String {
        guard case .text(let text) = try file(for: checklist) else {
            Issue.record("\(format) rendered binary output")
            return ""
        }
        return text
    }
}

@Suite("Checklist stylesheet")
struct ChecklistStylesheetTests {
    /// A renamed class in a template silently drops its print rules (the call note lost its page-break rules
    /// when `.pin` became `.code`), so every class the stylesheet styles must be one a checklist template writes.
    @Test("every class the checklist stylesheet styles is written by a checklist template")
    func stylesheetClassesExist() throws {
        let root = Golden.packageRoot.appendingPathComponent("templates")
        var css = try String(contentsOf: root.appendingPathComponent("assets/checklist.css"), encoding: .utf8)
        css = css.replacing(/\/\*[\s\S]*?\*\//, with: "").replacing(/\d+\.\d+/, with: "")
        let styled = Set(css.matches(of: /\.([a-zA-Z][\w-]*)/).map { String($0.output.1) })
        var written: Set<String> = []
        for file in ["checklist.mustache", "checklist-criterion.mustache"] {
            let template = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for match in template.matches(of: /class="([^"]*)"/) {
                written.formUnion(match.output.1.split(separator: " ").map(String.init))
            }
        }
        // `status-{{status}}` writes a family of classes: any styled class with that prefix is written.
        let prefixes = written.compactMap { token in token.range(of: "{{").map { String(token[..<$0.lowerBound]) } }
        let missing = styled.filter { name in !written.contains(name) && !prefixes.contains { !$0.isEmpty && name.hasPrefix($0) } }
        #expect(missing.isEmpty, "styled but never written: \(missing.sorted())")
    }
}
