import Foundation

/// A text written in every published language.
///
/// One non-optional field per language: a missing translation is a compile error, not a runtime gap.
public struct Localized: Sendable, Hashable, Codable {
    public let ptBR: String
    public let en: String
    public let es: String

    public init(ptBR: String, en: String, es: String) {
        self.ptBR = ptBR
        self.en = en
        self.es = es
    }

    /// The text in one language.
    public subscript(language: Language) -> String {
        switch language {
        case .ptBR: ptBR
        case .en: en
        case .es: es
        }
    }

    /// The same text in every language, for names that are not translated (product names, codes).
    public static func invariant(_ text: String) -> Localized {
        Localized(ptBR: text, en: text, es: text)
    }

    /// Replaces `{name}` placeholders in every language.
    public func filling(_ values: [String: String]) -> Localized {
        func fill(_ text: String) -> String {
            values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        return Localized(ptBR: fill(ptBR), en: fill(en), es: fill(es))
    }

    /// Replaces `{name}` placeholders with a value that is itself written in every language.
    public func filling(_ values: [String: Localized]) -> Localized {
        func fill(_ text: String, _ language: Language) -> String {
            values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value[language]) }
        }
        return Localized(ptBR: fill(ptBR, .ptBR), en: fill(en, .en), es: fill(es, .es))
    }

    private enum CodingKeys: String, CodingKey {
        case ptBR = "pt-BR", en, es
    }
}
