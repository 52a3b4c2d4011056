import MigrationRules

/// Dates as each language writes them in running text, the same on every machine.
///
/// Hand-written rather than taken from the system locale: locale data differs between machines and
/// would make the output differ with it. The site and the checklists both write dates through here.
public enum LocalizedDate {
    /// The name of a month (1 to 12) as it appears inside a sentence.
    public static func monthName(_ month: Int, in language: Language) -> String {
        let names: [String] =
            switch language {
            case .ptBR: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
            case .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            case .es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
            }
        return names[max(1, min(12, month)) - 1]
    }

    /// A day: "25 de novembro de 2026", "November 25, 2026", "25 de noviembre de 2026".
    public static func day(_ date: RuleDate, in language: Language) -> String {
        let month = monthName(date.month, in: language)
        return switch language {
        case .ptBR, .es: "\(date.day) de \(month) de \(date.year)"
        case .en: "\(month) \(date.day), \(date.year)"
        }
    }
}
