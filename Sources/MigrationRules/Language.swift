/// A language the guide and the checklists are published in.
///
/// The set is closed on purpose: adding a case makes every `Localized` initializer fail to compile
/// until the new language has its text everywhere. `pt-BR` is the source language.
public enum Language: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case ptBR = "pt-BR"
    case en
    case es

    /// The BCP 47 tag used in file paths, `lang` attributes and JSON keys.
    public var tag: String { rawValue }

    /// The language's own name, for language switchers.
    public var nativeName: String {
        switch self {
        case .ptBR: "Português (Brasil)"
        case .en: "English"
        case .es: "Español"
        }
    }

    /// Parses a tag, accepting the case variants people type (`pt-br`, `EN`).
    public init?(tag: String) {
        guard let match = Language.allCases.first(where: { $0.rawValue.lowercased() == tag.lowercased() }) else {
            return nil
        }
        self = match
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
