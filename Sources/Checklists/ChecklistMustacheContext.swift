import Templating
import Mustache

// The customer stage's Mustache context, as plain structs.
//
// Mustache finds a tag's value by asking each object on its context stack for a child by name. For a
// `[String: Any]` that costs a conditional-conformance cast, a hashed lookup and, for a `String` value, two
// more failed casts and `String(describing:)`; callgrind put these lookups at a quarter of a batch's
// instructions (about 12,000 instructions per tag). A struct that conforms to `MustacheParent` answers with
// a `switch`, and `MustacheText` (MustacheSupport.swift) is found by the first protocol check Mustache makes. The names are the
// template's tag names; a name a struct does not know returns nil, so Mustache keeps looking further up
// the stack exactly as it does for a dictionary without that key. Mustache still escapes every
// double-brace value: `MustacheText` only says which text to escape.

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
    /// The route of a number that cannot use this migration (R14); nil for a number that migrates.
    let routeHTML: MustacheText?
    /// What the customer needs on the call, by how the verification code arrives.
    let codeReminder: MustacheText
    let criteriaHTML: MustacheText

    func child(named name: String) -> Any? {
        switch name {
        case "routeHTML": routeHTML
        case "canMigrate": routeHTML == nil
        case "codeReminder": codeReminder
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
