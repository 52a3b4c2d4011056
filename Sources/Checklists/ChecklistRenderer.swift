
/// One checklist format: an evaluated checklist in, the bytes of its file out.
///
/// Renderers decide nothing about the migration: every decision is in `Checklist`, so the formats cannot
/// disagree about what blocks a customer.
public protocol ChecklistRenderer: Sendable {
    /// The checklist's file. Text formats cannot fail; a format that runs a program (PDF) throws what went wrong.
    func file(for checklist: Checklist, texts: ChecklistRuleTexts) throws -> ChecklistFile
}

/// A rendered checklist: text (HTML, Markdown, JSON) is written from its own UTF-8 storage, a PDF as bytes.
public enum ChecklistFile: Sendable {
    case text(String)
    case binary([UInt8])

    /// The file's bytes, for standard output.
    public var bytes: [UInt8] {
        switch self {
        case .text(let text): Array(text.utf8)
        case .binary(let bytes): bytes
        }
    }
}

extension ChecklistMarkdownRenderer: ChecklistRenderer {
    public func file(for checklist: Checklist, texts: ChecklistRuleTexts) -> ChecklistFile { .text(render(checklist, texts: texts)) }
}

extension ChecklistJSONRenderer: ChecklistRenderer {
    public func file(for checklist: Checklist, texts: ChecklistRuleTexts) -> ChecklistFile { .text(render(checklist, texts: texts)) }
}

extension ChecklistHTMLRenderer: ChecklistRenderer {
    public func file(for checklist: Checklist, texts: ChecklistRuleTexts) -> ChecklistFile { .text(render(checklist, texts: texts)) }
}
