import Diagnostics
import Foundation
import Markdown
import MigrationRules

/// A rule-driven block a page asks for, written alone on a line: `{{< rules NAME >}}` or `{{< rule ID >}}`.
///
/// Pages never copy rule text: they name the block, and the build writes it from the rule book, so
/// editing a rule changes every page that shows it, in every language.
public enum RuleDirective: Sendable, Hashable {
    /// A whole list from the rule book.
    case collection(RuleCollection)
    /// One rule, by its id, as a paragraph.
    case rule(id: String)
}

/// The lists of the rule book a page can show, by the name used in `{{< rules NAME >}}`.
public enum RuleCollection: String, CaseIterable, Sendable, Hashable {
    /// Facts about what a migration is (`MigrationFact.Topic.whatItIs`).
    case whatItIs = "what-it-is"
    case howItWorks = "how-it-works"
    case afterMigration = "after-migration"
    /// The routes of numbers that cannot use this migration (`MigrationFact.Topic.otherRoutes`).
    case otherRoutes = "other-routes"
    case keptAssets = "kept-assets"
    case lostAssets = "lost-assets"
    case overviewAssets = "overview-assets"
    /// Every step, numbered, with who acts.
    case processSteps = "process-steps"
    case templateRules = "template-rules"
    case billingRules = "billing-rules"
    case limits
    /// Every criterion, grouped by scope, with its remedy.
    case criteria
    /// A blank, printable checklist of every criterion, grouped by scope, with a box to tick.
    case criteriaChecklist = "criteria-checklist"
    /// A blank, printable checklist of the preparation steps (those before Sinch starts the migration), with who acts.
    case preparationChecklist = "preparation-checklist"
    case ticketQuestions = "ticket-questions"
    /// The ticket questions with a blank line for each answer, for print.
    case ticketForm = "ticket-form"
    case troubleshooting
    case glossary
    /// The rule book's versions, newest first, with what each changed.
    case releases
}

/// How a directive's Markdown is written for one output.
public enum MarkdownFlavor: Sendable, Hashable {
    /// cmark, for the HTML site: no task-list syntax, so boxes are a glyph.
    case commonMark
    /// GitBook, which renders `- [ ]` as a checkbox.
    case gitBook
}

/// Markdown whose directives have been replaced, with a map back to the source lines for diagnostics.
///
/// Two values are equal when their texts are and each line maps to the same file line, however the map is kept.
public struct ExpandedMarkdown: Sendable, Hashable {
    public var text: String
    /// Where each line of `text` came from, so a bad link inside a page points at the file.
    private var lines: LineMap

    /// A page without directives keeps its lines, shifted by the front matter: an offset, not a table of
    /// every line, which most pages of a large site would build for nothing.
    private enum LineMap: Sendable, Hashable {
        /// The file line of the text's first line; the others follow one to one.
        case shifted(firstLine: Int)
        /// The file line of each line of the text (1-based).
        case table([Int])
    }

    /// Text whose n-th line (1-based) came from file line `sourceLines[n - 1]`.
    public init(text: String, sourceLines: [Int]) {
        self.text = text
        lines = .table(sourceLines)
    }

    /// Text whose lines are the file's own, starting at file line `firstLine`.
    public init(text: String, firstLine: Int) {
        self.text = text
        lines = .shifted(firstLine: firstLine)
    }

    /// The file line each line of `text` came from (1-based), in order.
    public var sourceLines: [Int] {
        switch lines {
        case .shifted(let firstLine):
            let lineCount = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            return Array(firstLine..<(firstLine + lineCount))
        case .table(let sourceLines):
            return sourceLines
        }
    }

    public static func == (lhs: ExpandedMarkdown, rhs: ExpandedMarkdown) -> Bool {
        guard lhs.text == rhs.text else { return false }
        if case .shifted(let left) = lhs.lines, case .shifted(let right) = rhs.lines { return left == right }
        return lhs.sourceLines == rhs.sourceLines
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }

    /// The file line of a 1-based line of `text`.
    public func sourceLine(of line: Int) -> Int {
        switch lines {
        case .shifted(let firstLine):
            return firstLine + max(0, line - 1)
        case .table(let sourceLines):
            guard !sourceLines.isEmpty else { return line }
            return sourceLines[max(0, min(sourceLines.count - 1, line - 1))]
        }
    }
}

/// Finds directives in a page and writes the rule book's content in their place.
public struct RuleDirectiveExpander: Sendable {
    public let rules: RuleBook
    public let strings: SiteStrings
    public let flavor: MarkdownFlavor

    public init(rules: RuleBook, strings: SiteStrings = .standard, flavor: MarkdownFlavor) {
        self.rules = rules
        self.strings = strings
        self.flavor = flavor
    }

    /// Replaces every directive line of `page`'s body; unknown names and ids become diagnostics.
    ///
    /// Directives inside fenced code blocks are left as text, so the README's own syntax examples survive.
    public func expand(_ page: ContentPage) -> (markdown: ExpandedMarkdown, diagnostics: [Diagnostic]) {
        // Most pages have no directive: a search for "{{<" then spares them a split into lines, which
        // was most of this function's cost in the profile. Line numbers map one to one.
        guard Self.mayContainDirective(page.body) else {
            return (ExpandedMarkdown(text: page.body, firstLine: page.bodyFirstLine), [])
        }
        var output: [String] = []
        var sourceLines: [Int] = []
        var diagnostics: [Diagnostic] = []
        var fence: String?
        // Split on the bytes: a Character split runs grapheme breaking over the whole page.
        for (offset, rawLine) in page.body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = String(Substring(rawLine))
            let fileLine = page.bodyFirstLine + offset
            let trimmed = line.trimmingSpaces()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
            } else if trimmed.hasPrefix("{{<") {
                switch Self.parse(trimmed) {
                case .success(let directive):
                    if let block = markdown(for: directive, language: page.language) {
                        for blockLine in block.split(separator: "\n", omittingEmptySubsequences: false) {
                            output.append(String(blockLine))
                            sourceLines.append(fileLine)
                        }
                    } else if case .rule(let id) = directive {
                        diagnostics.append(
                            Diagnostic(path: page.path, line: fileLine, message: "There is no rule with the id '\(id)'; use an id from `migration-docs rules snapshot` (like 'fact.duration')."))
                    }
                    continue
                case .failure(let error):
                    diagnostics.append(Diagnostic(path: page.path, line: fileLine, message: error.message))
                    continue
                }
            }
            output.append(line)
            sourceLines.append(fileLine)
        }
        return (ExpandedMarkdown(text: output.joined(separator: "\n"), sourceLines: sourceLines), diagnostics)
    }

    /// True when `text` holds "{{<", which every directive starts with.
    static func mayContainDirective(_ text: String) -> Bool {
        var text = text
        // memchr finds each "{" (rare outside code) many bytes at a time; a byte loop was 6% of validating.
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= 3 else { return false }
            var index = 0
            while index < bytes.count - 2 {
                guard let found = memchr(base + index, Int32(UInt8(ascii: "{")), bytes.count - 2 - index) else { return false }
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[position + 1] == UInt8(ascii: "{"), bytes[position + 2] == UInt8(ascii: "<") { return true }
                index = position + 1
            }
            return false
        }
    }

    /// Parses one directive line, or says what is wrong with it in a whole sentence.
    static func parse(_ line: String) -> Result<RuleDirective, DirectiveSyntaxError> {
        let collections = RuleCollection.allCases.map(\.rawValue).joined(separator: ", ")
        guard line.hasSuffix(">}}") else {
            return .failure(DirectiveSyntaxError("The directive '\(line)' is not closed; write it alone on its line as '{{< rules NAME >}}' or '{{< rule ID >}}'."))
        }
        let words = line.dropFirst(3).dropLast(3).split(separator: " ").map(String.init)
        switch (words.first, words.count) {
        case ("rules", 2):
            guard let collection = RuleCollection(rawValue: words[1]) else {
                return .failure(DirectiveSyntaxError("Unknown rule list '\(words[1])'; the lists are \(collections)."))
            }
            return .success(.collection(collection))
        case ("rule", 2):
            return .success(.rule(id: words[1]))
        default:
            return .failure(DirectiveSyntaxError("Unknown directive '\(line)'; write '{{< rules NAME >}}' with NAME one of \(collections), or '{{< rule ID >}}' with a rule id."))
        }
    }

    /// The Markdown of a directive in a language; nil for a rule id that does not exist.
    public func markdown(for directive: RuleDirective, language: Language) -> String? {
        switch directive {
        case .rule(let id):
            return rules.rule(id: id).map { Self.paragraph(of: $0, in: language) }
        case .collection(let collection):
            return markdown(for: collection, in: language)
        }
    }

    private func markdown(for collection: RuleCollection, in language: Language) -> String {
        switch collection {
        case .whatItIs: return paragraphs(rules.facts.filter { $0.topic == .whatItIs }.map { $0.text[language] })
        case .howItWorks: return paragraphs(rules.facts.filter { $0.topic == .howItWorks }.map { $0.text[language] })
        case .afterMigration: return bullets(rules.facts.filter { $0.topic == .afterMigration }.map { $0.text[language] })
        case .otherRoutes: return bullets(rules.facts.filter { $0.topic == .otherRoutes }.map { $0.text[language] })
        case .keptAssets:
            return bullets(rules.carriedAssets.filter(\.kept).map { "**\(inline($0.name[language])).** \(inline($0.detail[language]))" })
        case .lostAssets:
            return bullets(rules.carriedAssets.filter { !$0.kept }.map { "**\(inline($0.name[language])).** \(inline($0.detail[language]))" })
        case .overviewAssets:
            return rules.overviewAssets.enumerated().map { index, asset in
                "\(index + 1). **\(inline(asset.name[language])).** \(inline(asset.description[language]))"
            }.joined(separator: "\n")
        case .processSteps: return steps(rules.processSteps, in: language)
        case .templateRules: return bullets(rules.templateRules.map { $0.text[language] })
        case .billingRules: return bullets(rules.billingRules.map { $0.text[language] })
        case .limits: return bullets(rules.limits.all.map { $0.text[language] })
        case .criteria: return criteria(in: language, checkbox: false)
        case .criteriaChecklist:
            return criteria(in: language, checkbox: true)
        case .preparationChecklist:
            return checkboxes(preparationSteps.map { step in
                "**\(inline(step.title[language]))** (\(strings.who[language]): \(step.actor.name[language])\(step.perNumber ? ", \(strings.eachNumber[language])" : ""))"
            })
        case .ticketQuestions:
            return rules.ticketQuestions.enumerated().map { index, question in
                "\(index + 1). **\(inline(question.question[language]))** \(inline(question.hint[language]))"
            }.joined(separator: "\n")
        case .ticketForm:
            return rules.ticketQuestions.enumerated().map { index, question in
                "\(index + 1). **\(inline(question.question[language]))**  \n\(String(repeating: " ", count: "\(index + 1). ".count))\(strings.answer[language]): \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_"
            }.joined(separator: "\n")
        case .troubleshooting: return troubleshooting(in: language)
        case .glossary:
            let terms = rules.glossary.sorted { $0.term[language].lowercased() < $1.term[language].lowercased() }
            // One heading per term: each gets an id and a permalink, so a page or an agent can link to it.
            return terms.map { "## \(inline(Self.capitalizingFirst($0.term[language])))\n\n\(inline($0.definition[language]))" }.joined(separator: "\n\n")
        case .releases:
            let releases = rules.releases.sorted { ($0.date, $0.version) > ($1.date, $1.version) }
            return releases.map { release in
                "## \(strings.version[language]) \(release.version) (\(LocalizedDate.day(release.date, in: language)))\n\n"
                    + bullets(release.changes.map { $0[language] })
            }.joined(separator: "\n\n")
        }
    }

    /// The steps of the preparation phase, the same ones every customer checklist prints.
    ///
    /// Read from each step's phase rather than listed by id, so a new preparation step shows up on
    /// the printed checklist without a content change.
    public var preparationSteps: [ProcessStep] {
        rules.processSteps.filter { $0.phase == .preparation }
    }

    private func steps(_ steps: [ProcessStep], in language: Language) -> String {
        steps.enumerated().map { index, step in
            let who = "\(strings.who[language]): \(step.actor.name[language])\(step.perNumber ? ", \(strings.eachNumber[language])" : "")"
            let marker = "\(index + 1). "
            // The details are indented by the marker's width, or they leave the item once the number has two digits.
            let indent = String(repeating: " ", count: marker.count)
            return "\(marker)**\(inline(step.title[language]))** (\(who))\n\n\(indent)\(inline(step.detail[language]))"
        }.joined(separator: "\n\n")
    }

    private func criteria(in language: Language, checkbox: Bool) -> String {
        EligibilityCriterion.Scope.allCases.compactMap { scope -> String? in
            let items = rules.criteria.filter { $0.scope == scope }
            guard !items.isEmpty else { return nil }
            let lines = items.map { criterion in
                checkbox
                    ? inline(criterion.requirement[language])
                    : "**\(inline(criterion.requirement[language]))** \(strings.ifNotMet[language]): \(Self.afterColon(inline(criterion.genericRemedy[language]), in: language))"
            }
            return "### \(strings.scopeName(scope)[language])\n\n" + (checkbox ? checkboxes(lines) : bullets(lines))
        }.joined(separator: "\n\n")
    }

    /// A glossary term as a heading: the first letter capitalised ("display name" becomes "Display name"), so
    /// common nouns and names (Cloud API) start alike.
    static func capitalizingFirst(_ term: String) -> String {
        guard let first = term.first else { return term }
        return first.uppercased() + term.dropFirst()
    }

    /// A sentence placed after a colon: Portuguese and Spanish continue it in lowercase ("Se não for atendido:
    /// conclua…"), English keeps the capital of a full sentence. Names and acronyms (Sinch, WABA) keep theirs.
    static func afterColon(_ sentence: String, in language: Language) -> String {
        guard language != .en, let first = sentence.first, first.isUppercase else { return sentence }
        let word = sentence.prefix { $0.isLetter }
        let isName = ["Sinch", "Meta", "WhatsApp"].contains(String(word)) || word.dropFirst().contains { $0.isUppercase }
        return isName ? sentence : first.lowercased() + sentence.dropFirst()
    }

    private func troubleshooting(in language: Language) -> String {
        rules.troubleshooting.map { entry in
            var block = "## \(inline(entry.problem[language]))\n\n"
            if !entry.errorCodes.isEmpty {
                block += "**\(strings.errorCodes[language])**: " + entry.errorCodes.map { "`\($0)`" }.joined(separator: ", ") + "\n\n"
            }
            block += "**\(strings.cause[language])**: \(inline(entry.cause[language]))\n\n"
            block += "**\(strings.whoFixes[language])**: \(entry.responsible.name[language])\n\n"
            block += "**\(strings.solution[language])**: \(inline(entry.solution[language]))\n\n"
            block += "**\(strings.wait[language])**: \(inline(entry.wait[language]))"
            return block
        }.joined(separator: "\n\n")
    }

    private func checkboxes(_ lines: [String]) -> String {
        let box = flavor == .gitBook ? "[ ] " : "☐ "
        return lines.map { "- \(box)\($0)" }.joined(separator: "\n")
    }

    private func bullets(_ lines: [String]) -> String {
        lines.map { "- \(inline($0))" }.joined(separator: "\n")
    }

    private func paragraphs(_ texts: [String]) -> String {
        texts.map(inline).joined(separator: "\n\n")
    }

    /// A rule's main text as a paragraph: its only field, or its first field in bold before the others.
    static func paragraph(of rule: any Rule, in language: Language) -> String {
        let fields = rule.localizedFields
        guard let first = fields.first else { return "" }
        if fields.count == 1 { return inline(first.text[language]) }
        return "**\(inline(first.text[language]))**: " + fields.dropFirst().map { inline($0.text[language]) }.joined(separator: " ")
    }

    private func inline(_ text: String) -> String { Self.inline(text) }

    /// Rule texts are inline Markdown; a line break in one would end the list item it is placed in.
    static func inline(_ text: String) -> String {
        MarkdownRenderer.flatteningLines(text)
    }
}

/// Why a directive line could not be read, as a whole sentence.
struct DirectiveSyntaxError: Error, Sendable {
    let message: String
    init(_ message: String) { self.message = message }
}
