import Browser
import MigrationRules

/// PDF checklists: the HTML checklist printed by headless Chromium (A4, page breaks from the print stylesheet).
public struct ChecklistPDFRenderer: ChecklistRenderer {
    let html: ChecklistHTMLRenderer
    let printer: PDFPrinter
    /// The date the PDF says it was made: the rule book's, so the same inputs give the same bytes.
    let date: RuleDate
    /// Where Chromium's working files go: the output folder, so nothing is written outside it; nil for a
    /// private temporary folder (standard output).
    let workingDirectory: String?

    public func file(for checklist: Checklist, texts: ChecklistRuleTexts) throws -> ChecklistFile {
        .binary(try printer.pdf(html: html.render(checklist, texts: texts), date: date, workingDirectory: workingDirectory))
    }
}
