import MigrationRules

/// Every piece of interface text of the site and of the rule-driven blocks, in one place.
///
/// Kept as `Localized` values so a missing translation is a compile error, like the rule book's own texts.
public struct SiteStrings: Sendable {
    public let siteName: Localized
    public let homeTitle: Localized
    public let homeIntro: Localized
    public let skipLink: Localized
    public let onThisPage: Localized
    public let previous: Localized
    public let next: Localized
    public let lastUpdated: Localized
    public let languageLabel: Localized
    public let breadcrumbLabel: Localized
    public let pagesLabel: Localized
    public let pagerLabel: Localized
    public let footer: Localized
    public let notFoundTitle: Localized
    public let notFoundText: Localized
    public let who: Localized
    public let eachNumber: Localized
    public let errorCodes: Localized
    public let cause: Localized
    public let solution: Localized
    public let whoFixes: Localized
    public let wait: Localized
    public let answer: Localized
    public let ifNotMet: Localized
    public let version: Localized
    public let chooseLanguage: Localized
    /// The accessible name of a heading's permalink ("#").
    public var permalink = Localized(ptBR: "Link para esta seção", en: "Link to this section", es: "Enlace a esta sección")

    /// The strings of the published site.
    public static let standard = SiteStrings(
        siteName: Localized(ptBR: "Central de Ajuda Sinch", en: "Sinch Help Center", es: "Centro de Ayuda de Sinch"),
        homeTitle: Localized(
            ptBR: "Migração de número do WhatsApp", en: "WhatsApp number migration", es: "Migración de número de WhatsApp"),
        homeIntro: Localized(
            ptBR: "Tudo o que você precisa para trazer um número do WhatsApp Business para a Sinch sem perder o nome de exibição, a classificação de qualidade nem o limite de mensagens.",
            en: "Everything you need to bring a WhatsApp Business number to Sinch without losing its display name, quality rating or messaging limit.",
            es: "Todo lo que necesita para traer un número de WhatsApp Business a Sinch sin perder su nombre visible, su calificación de calidad ni su límite de mensajes."),
        skipLink: Localized(ptBR: "Pular para o conteúdo", en: "Skip to content", es: "Saltar al contenido"),
        onThisPage: Localized(ptBR: "Nesta página", en: "On this page", es: "En esta página"),
        previous: Localized(ptBR: "Anterior", en: "Previous", es: "Anterior"),
        next: Localized(ptBR: "Próxima", en: "Next", es: "Siguiente"),
        lastUpdated: Localized(ptBR: "Última atualização", en: "Last updated", es: "Última actualización"),
        languageLabel: Localized(ptBR: "Idioma", en: "Language", es: "Idioma"),
        breadcrumbLabel: Localized(ptBR: "Você está aqui", en: "You are here", es: "Ruta de navegación"),
        pagesLabel: Localized(ptBR: "Páginas do guia", en: "Guide pages", es: "Páginas de la guía"),
        pagerLabel: Localized(ptBR: "Navegação entre páginas", en: "Page navigation", es: "Navegación entre páginas"),
        footer: Localized(
            ptBR: "Gerado a partir do livro de regras de migração, versão {version}. Dúvidas? Abra um ticket no Sinch Service Center.",
            en: "Generated from the migration rule book, version {version}. Questions? Open a ticket in the Sinch Service Center.",
            es: "Generado a partir del libro de reglas de migración, versión {version}. ¿Dudas? Abra un ticket en el Sinch Service Center."),
        notFoundTitle: Localized(ptBR: "Página não encontrada", en: "Page not found", es: "Página no encontrada"),
        notFoundText: Localized(
            ptBR: "Não encontramos esta página. Ela pode ter mudado de endereço; comece pelo guia de migração.",
            en: "We could not find this page. It may have moved; start from the migration guide.",
            es: "No encontramos esta página. Es posible que haya cambiado de dirección; comience por la guía de migración."),
        who: Localized(ptBR: "Quem faz", en: "Who does it", es: "Quién lo hace"),
        eachNumber: Localized(ptBR: "para cada número", en: "for each number", es: "para cada número"),
        errorCodes: Localized(ptBR: "Códigos de erro da Meta", en: "Meta error codes", es: "Códigos de error de Meta"),
        cause: Localized(ptBR: "Causa", en: "Cause", es: "Causa"),
        solution: Localized(ptBR: "O que fazer", en: "What to do", es: "Qué hacer"),
        whoFixes: Localized(ptBR: "Quem resolve", en: "Who fixes it", es: "Quién lo resuelve"),
        wait: Localized(ptBR: "Quanto tempo esperar", en: "How long to wait", es: "Cuánto esperar"),
        answer: Localized(ptBR: "Resposta", en: "Answer", es: "Respuesta"),
        ifNotMet: Localized(ptBR: "Se não for atendido", en: "If not met", es: "Si no se cumple"),
        version: Localized(ptBR: "Versão", en: "Version", es: "Versión"),
        chooseLanguage: Localized(ptBR: "Escolha o idioma", en: "Choose your language", es: "Elija su idioma")
    )

    /// The heading of each group of eligibility criteria.
    public func scopeName(_ scope: EligibilityCriterion.Scope) -> Localized {
        switch scope {
        case .source:
            Localized(ptBR: "WABA atual", en: "Current WABA", es: "WABA actual")
        case .number:
            Localized(ptBR: "Cada número de telefone", en: "Each phone number", es: "Cada número de teléfono")
        case .destination:
            Localized(ptBR: "WABA de destino", en: "Destination WABA", es: "WABA de destino")
        }
    }
}
