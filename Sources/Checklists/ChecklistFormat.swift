import Browser
import Diagnostics
import MigrationRules

/// The output formats of `migration-docs checklist`: each case names one `ChecklistRenderer` type, so a new
/// format is one renderer file and one case here.
public enum ChecklistFormat: String, CaseIterable, Sendable {
    case html, markdown, json, pdf

    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        case .json: "json"
        case .pdf: "pdf"
        }
    }

    /// Makes this format's renderer for a run: loads templates, finds Chromium. Done once per batch.
    ///
    /// - Throws: a `ReportableError` (missing templates, missing Chromium) that stops the run before any customer.
    public func makeRenderer(_ options: ChecklistOptions, texts: [Language: ChecklistRuleTexts]) throws -> any ChecklistRenderer {
        switch self {
        case .markdown: return ChecklistMarkdownRenderer()
        case .json: return ChecklistJSONRenderer()
        case .html: return try Self.html(options, texts: texts)
        case .pdf:
            return ChecklistPDFRenderer(
                html: try Self.html(options, texts: texts), printer: try PDFPrinter(chromiumPath: options.chromiumPath),
                date: options.rules.date, workingDirectory: options.outputDirectory)
        }
    }

    private static func html(_ options: ChecklistOptions, texts: [Language: ChecklistRuleTexts]) throws(DiagnosticsError) -> ChecklistHTMLRenderer {
        try ChecklistHTMLRenderer(templatesDirectory: options.templatesDirectory, texts: texts, rules: options.rules)
    }
}
