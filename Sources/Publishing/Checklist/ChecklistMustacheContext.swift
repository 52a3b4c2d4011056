import Mustache

// The customer stage's Mustache context, as plain structs.
//
// Mustache finds a tag's value by asking each object on its context stack for a child by name. For a
// `[String: Any]` that costs a conditional-conformance cast, a hashed lookup and, for a `String` value, two
// more failed casts and `String(describing:)`; callgrind put these lookups at a quarter of a batch's
// instructions (about 12,000 instructions per tag). A struct that conforms to `MustacheParent` answers with
// a `switch`, and `MustacheText` is found by the first protocol check Mustache makes. The names are the
// template's tag names; a name a struct does not know returns nil, so Mustache keeps looking further up
// the stack exactly as it does for a dictionary without that key. Mustache still escapes every
// double-brace value: `MustacheText` only says which text to escape.

/// A text value for a tag: double braces escape it, triple braces print it as it is.
struct MustacheText: MustacheCustomRenderable, Sendable {
    let renderText: String
    /// Never null: an empty text still counts as present, as an empty `String` does.
    var isNull: Bool { false }

    init(_ text: String) { renderText = text }
}

/// The values of one customer's `{{...}}` tags (the `[[...]]` tags were filled per language).
struct CustomerContext: MustacheParent, Sendable {
    let company: MustacheText
    let wabaID: MustacheText
    let businessManagerID: MustacheText
    let currentBSP: MustacheText
    let infrastructure: MustacheText
    let schedule: MustacheText
    let verdict: MustacheText
    let verdictText: MustacheText
    let blockers: [BlockerContext]
    let isOnPremises: Bool
    let accountCriteriaHTML: MustacheText
    let phones: [NameContext]
    let numbers: [NumberContext]
    let hasTemplates: Bool
    let migrating: [NameContext]
    let notMigrating: [NotMigratingContext]
    let uncertain: [NameContext]
    let limit: MustacheText
    let limitHTML: MustacheText
    let isOverLimit: Bool
    let overLimit: MustacheText
    /// The ticket's answers in question order: `answer1` is the first (`ChecklistHTMLRenderer.ticketKey`).
    let answers: [MustacheText]

    func child(named name: String) -> Any? {
        switch name {
        case "company": company
        case "wabaID": wabaID
        case "businessManagerID": businessManagerID
        case "currentBSP": currentBSP
        case "infrastructure": infrastructure
        case "schedule": schedule
        case "verdict": verdict
        case "verdictText": verdictText
        case "hasBlockers": !blockers.isEmpty
        case "blockers": blockers
        case "isOnPremises": isOnPremises
        case "accountCriteriaHTML": accountCriteriaHTML
        case "phones": phones
        case "numbers": numbers
        case "hasTemplates": hasTemplates
        case "migrating": migrating
        case "hasMigrating": !migrating.isEmpty
        case "notMigrating": notMigrating
        case "hasNotMigrating": !notMigrating.isEmpty
        case "uncertain": uncertain
        case "hasUncertain": !uncertain.isEmpty
        case "limit": limit
        case "limitHTML": limitHTML
        case "isOverLimit": isOverLimit
        case "overLimit": overLimit
        default: answer(named: name)
        }
    }

    /// `answer1` ... `answerN`, the names `ChecklistHTMLRenderer.ticketKey` gives the ticket's answers.
    private func answer(named name: String) -> Any? {
        guard name.hasPrefix("answer"), let number = Int(name.dropFirst(6)), answers.indices.contains(number - 1) else { return nil }
        return answers[number - 1]
    }
}

/// One blocker: who acts, on which number, and the remedy's pieces.
struct BlockerContext: MustacheParent, Sendable {
    let who: MustacheText
    /// Empty for account-level blockers, which have `hasNumber` false.
    let number: MustacheText
    let hasNumber: Bool
    let parts: [RemedyPartContext]

    func child(named name: String) -> Any? {
        switch name {
        case "who": who
        case "number": number
        case "hasNumber": hasNumber
        case "parts": parts
        default: nil
        }
    }
}

/// A remedy piece: rule-book HTML, then a customer value (escaped by the template) or an empty text.
struct RemedyPartContext: MustacheParent, Sendable {
    let html: MustacheText
    let value: MustacheText

    func child(named name: String) -> Any? {
        switch name {
        case "html": html
        case "value": value
        default: nil
        }
    }
}

/// One phone number's section.
struct NumberContext: MustacheParent, Sendable {
    let phone: MustacheText
    let displayName: MustacheText
    let kind: MustacheText
    let heading: MustacheText
    let isBrazilian: Bool
    let criteriaHTML: MustacheText

    func child(named name: String) -> Any? {
        switch name {
        case "phone": phone
        case "displayName": displayName
        case "kind": kind
        case "heading": heading
        case "isBrazilian": isBrazilian
        case "criteriaHTML": criteriaHTML
        default: nil
        }
    }
}

/// A list item with one value: `{{phone}}` in the preparation's per-number ticks, `{{name}}` in template lists.
struct NameContext: MustacheParent, Sendable {
    enum Key: String, Sendable {
        case phone, name
    }

    let key: Key
    let value: MustacheText

    func child(named name: String) -> Any? { name == key.rawValue ? value : nil }
}

/// A template that will not migrate, and whether quality (rather than status) is the reason.
struct NotMigratingContext: MustacheParent, Sendable {
    let name: MustacheText
    let isQuality: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "isQuality": isQuality
        default: nil
        }
    }
}

/// The customer stage's HTML escaping: what swift-mustache's default HTML content type writes (`<`, `>`, `&`,
/// `"`, `'` as entities), computed over UTF-8 bytes.
///
/// The default looks every `Character` up in a dictionary (grapheme breaking plus hashing): about 13,000
/// instructions per tag, 14% of a batch in callgrind. Mustache still decides what is escaped: the customer
/// stage starts with a `CONTENT_TYPE` pragma naming this type, so every double-brace tag goes through it and
/// triple braces do not. The only difference from the default is safer: a `"` or `<` followed by a combining
/// mark is one `Character`, which the default leaves unescaped, and this type escapes.
/// The site has its own copy (`FastHTMLContentType`), so neither build depends on the other's files.
struct ChecklistHTMLContentType: MustacheContentType {
    static let name = "migration-docs-checklist-html"

    /// The pragma put before the customer stage's text.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    /// Registers the type before a template naming it is parsed; registering again is harmless.
    static func register() {
        MustacheContentTypes.register(ChecklistHTMLContentType(), named: name)
    }

    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x3C: bytes += "&lt;".utf8
            case 0x3E: bytes += "&gt;".utf8
            case 0x26: bytes += "&amp;".utf8
            case 0x22: bytes += "&quot;".utf8
            case 0x27: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
