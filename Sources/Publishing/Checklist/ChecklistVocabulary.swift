import MigrationRules

/// Every word a checklist prints that is not a rule: headings, labels, value names, in one table per language.
///
/// A struct with one non-optional field per string: a language missing a string does not compile. Rule
/// sentences (requirements, remedies, steps, notes) come from the rule book, never from here.
public struct ChecklistVocabulary: Sendable {
    /// The language every string below is written in.
    public let language: Language
    public let title: String
    public let company: String
    public let wabaID: String
    public let businessManagerID: String
    public let currentBSP: String
    public let infrastructure: String
    public let scheduledFor: String
    public let notScheduled: String
    /// `{version}` and `{date}`.
    public let rulebook: String
    public let verdictHeading: String
    public let verdictReady: String
    public let verdictIncomplete: String
    public let verdictBlocked: String
    public let blockersHeading: String
    public let who: String
    public let criteriaHeading: String
    public let requirement: String
    public let status: String
    public let met: String
    public let unmet: String
    public let unknown: String
    public let notesHeading: String
    public let preparationHeading: String
    /// `{number}`.
    public let numberHeading: String
    public let displayName: String
    public let kind: String
    public let afterHeading: String
    public let pinReminder: String
    public let date: String
    public let signatureCustomer: String
    public let signatureSinch: String
    public let doneBy: String
    public let templatesHeading: String
    public let migrating: String
    public let notMigrating: String
    public let uncertain: String
    public let reasonQuality: String
    public let reasonStatus: String
    public let noTemplates: String
    /// `{limit}`.
    public let limit: String
    /// `{count}` and `{limit}`.
    public let overLimit: String
    public let ticketHeading: String
    public let ticketIntro: String
    public let notProvided: String
    /// What `{current_bsp}` becomes in a remedy when the profile does not name the BSP.
    public let yourCurrentBSP: String
    public let approved: String
    public let pending: String
    public let rejected: String
    public let cloudAPI: String
    public let onPremises: String
    public let kindBusinessAPI: String
    public let kindBusinessApp: String
    public let kindTest: String
    /// `{day}`, `{month}`, `{year}`, `{time}`, `{offset}`.
    public let dateFormat: String

    public static func `for`(_ language: Language) -> ChecklistVocabulary {
        switch language {
        case .ptBR: ptBR
        case .en: en
        case .es: es
        }
    }

    static let ptBR = ChecklistVocabulary(
        language: .ptBR,
        title: "Checklist de migração", company: "Empresa", wabaID: "WABA ID", businessManagerID: "Business Manager ID",
        currentBSP: "BSP atual", infrastructure: "Infraestrutura", scheduledFor: "Migração agendada para",
        notScheduled: "ainda não agendada", rulebook: "Regras de migração versão {version}, de {date}",
        verdictHeading: "Situação", verdictReady: "Pronto para migrar: todos os critérios foram atendidos.",
        verdictIncomplete: "Faltam informações: nada impede a migração, mas os itens marcados como “não informado” precisam ser confirmados.",
        verdictBlocked: "Bloqueado: resolva os impedimentos abaixo antes de agendar a migração.",
        blockersHeading: "Impedimentos e como resolver", who: "Quem faz", criteriaHeading: "Critérios de elegibilidade",
        requirement: "Critério", status: "Situação", met: "Atendido", unmet: "Não atendido", unknown: "Não informado",
        notesHeading: "Observações", preparationHeading: "Antes do dia da migração", numberHeading: "Número {number}",
        displayName: "Nome de exibição", kind: "Tipo de número", afterHeading: "Depois da migração",
        pinReminder: "Tenha em mãos o PIN de 6 dígitos deste número e informe-o somente durante a ligação; não o escreva nesta folha.",
        date: "Data", signatureCustomer: "Assinatura do cliente", signatureSinch: "Assinatura da Sinch",
        doneBy: "Concluído por", templatesHeading: "Templates de mensagem", migrating: "Serão migrados",
        notMigrating: "Não serão migrados", uncertain: "Dependem da classificação de qualidade da Meta",
        reasonQuality: "qualidade abaixo de alta", reasonStatus: "não está aprovado", noTemplates: "Nenhum template informado.",
        limit: "Limite da WABA de destino: {limit} templates.",
        overLimit: "{count} templates passam do limite de {limit}: exclua-os ou consolide-os antes da migração, senão eles não serão copiados.",
        ticketHeading: "Ticket no Sinch Service Center", ticketIntro: "Respostas prontas para copiar no formulário do ticket:",
        notProvided: "não informado", yourCurrentBSP: "seu BSP atual", approved: "aprovada", pending: "pendente",
        rejected: "reprovada", cloudAPI: "Cloud API", onPremises: "On-Premises API", kindBusinessAPI: "Plataforma WhatsApp Business",
        kindBusinessApp: "app WhatsApp Business", kindTest: "número de teste",
        dateFormat: "{day} de {month} de {year}, {time} ({offset})")

    static let en = ChecklistVocabulary(
        language: .en,
        title: "Migration checklist", company: "Company", wabaID: "WABA ID", businessManagerID: "Business Manager ID",
        currentBSP: "Current BSP", infrastructure: "Infrastructure", scheduledFor: "Migration scheduled for",
        notScheduled: "not scheduled yet", rulebook: "Migration rules version {version}, {date}",
        verdictHeading: "Status", verdictReady: "Ready to migrate: every criterion is met.",
        verdictIncomplete: "Information missing: nothing blocks the migration, but the items marked “not provided” must be confirmed.",
        verdictBlocked: "Blocked: fix the blockers below before scheduling the migration.",
        blockersHeading: "Blockers and how to fix them", who: "Who does it", criteriaHeading: "Eligibility criteria",
        requirement: "Criterion", status: "Status", met: "Met", unmet: "Not met", unknown: "Not provided",
        notesHeading: "Notes", preparationHeading: "Before migration day", numberHeading: "Number {number}",
        displayName: "Display name", kind: "Number type", afterHeading: "After the migration",
        pinReminder: "Have this number's 6-digit PIN at hand and share it only during the call; don't write it on this sheet.",
        date: "Date", signatureCustomer: "Customer signature", signatureSinch: "Sinch signature",
        doneBy: "Done by", templatesHeading: "Message templates", migrating: "Will be migrated",
        notMigrating: "Will not be migrated", uncertain: "Depend on Meta's quality rating",
        reasonQuality: "quality below high", reasonStatus: "not approved", noTemplates: "No templates listed.",
        limit: "Destination WABA limit: {limit} templates.",
        overLimit: "{count} templates exceed the limit of {limit}: delete or merge them before the migration, or they won't be copied.",
        ticketHeading: "Sinch Service Center ticket", ticketIntro: "Answers ready to copy into the ticket form:",
        notProvided: "not provided", yourCurrentBSP: "your current BSP", approved: "approved", pending: "pending",
        rejected: "rejected", cloudAPI: "Cloud API", onPremises: "On-Premises API", kindBusinessAPI: "WhatsApp Business Platform",
        kindBusinessApp: "WhatsApp Business app", kindTest: "test number",
        dateFormat: "{month} {day}, {year}, {time} ({offset})")

    static let es = ChecklistVocabulary(
        language: .es,
        title: "Lista de verificación de migración", company: "Empresa", wabaID: "WABA ID", businessManagerID: "Business Manager ID",
        currentBSP: "BSP actual", infrastructure: "Infraestructura", scheduledFor: "Migración programada para",
        notScheduled: "aún no programada", rulebook: "Reglas de migración versión {version}, del {date}",
        verdictHeading: "Estado", verdictReady: "Listo para migrar: se cumplen todos los criterios.",
        verdictIncomplete: "Falta información: nada impide la migración, pero hay que confirmar los puntos marcados como “sin información”.",
        verdictBlocked: "Bloqueado: resuelva los impedimentos siguientes antes de programar la migración.",
        blockersHeading: "Impedimentos y cómo resolverlos", who: "Quién lo hace", criteriaHeading: "Criterios de elegibilidad",
        requirement: "Criterio", status: "Estado", met: "Cumplido", unmet: "No cumplido", unknown: "Sin información",
        notesHeading: "Observaciones", preparationHeading: "Antes del día de la migración", numberHeading: "Número {number}",
        displayName: "Nombre visible", kind: "Tipo de número", afterHeading: "Después de la migración",
        pinReminder: "Tenga a mano el PIN de 6 dígitos de este número y compártalo solo durante la llamada; no lo escriba en esta hoja.",
        date: "Fecha", signatureCustomer: "Firma del cliente", signatureSinch: "Firma de Sinch",
        doneBy: "Realizado por", templatesHeading: "Plantillas de mensaje", migrating: "Se migrarán",
        notMigrating: "No se migrarán", uncertain: "Dependen de la calificación de calidad de Meta",
        reasonQuality: "calidad inferior a alta", reasonStatus: "no está aprobada", noTemplates: "No se indicaron plantillas.",
        limit: "Límite de la WABA de destino: {limit} plantillas.",
        overLimit: "{count} plantillas superan el límite de {limit}: elimínelas o combínelas antes de la migración; de lo contrario, no se copiarán.",
        ticketHeading: "Ticket en el Sinch Service Center", ticketIntro: "Respuestas listas para copiar en el formulario del ticket:",
        notProvided: "sin información", yourCurrentBSP: "su BSP actual", approved: "aprobada", pending: "pendiente",
        rejected: "rechazada", cloudAPI: "Cloud API", onPremises: "On-Premises API", kindBusinessAPI: "Plataforma de WhatsApp Business",
        kindBusinessApp: "app WhatsApp Business", kindTest: "número de prueba",
        dateFormat: "{day} de {month} de {year}, {time} ({offset})")

    /// Fills `{name}` placeholders of one of the strings above.
    ///
    /// One pass over the pattern: Foundation's `replacingOccurrences` per key was a tenth of a batch's time.
    func format(_ pattern: String, _ values: [String: String]) -> String {
        Self.fill(pattern, values)
    }

    /// Replaces `{name}` with `values[name]`; unknown names stay as written.
    static func fill(_ pattern: String, _ values: [String: String]) -> String {
        var result = ""
        result.reserveCapacity(pattern.utf8.count + 32)
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[rest.index(after: open)..<close])] else {
                result += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// A schedule in this language, in the customer's own offset.
    public func formatted(_ time: ScheduledTime) -> String {
        format(dateFormat, [
            "day": String(time.day), "month": LocalizedDate.monthName(time.month, in: language), "year": String(time.year), "time": time.clock,
            "offset": time.utcOffset,
        ])
    }

    /// A rule book date (`2026-11-25`) in this language, without time.
    public func formatted(_ date: RuleDate) -> String {
        LocalizedDate.day(date, in: language)
    }

    /// The word for a status answer in the ticket and the number details.
    public func answer(_ value: String?) -> String {
        guard let value else { return notProvided }
        switch value {
        case "approved": return approved
        case "pending": return pending
        case "rejected": return rejected
        case "cloud_api": return cloudAPI
        case "on_premises": return onPremises
        case "business_api": return kindBusinessAPI
        case "business_app": return kindBusinessApp
        case "test": return kindTest
        case "unknown": return notProvided
        default: return value
        }
    }

    public func status(_ status: CriterionStatus) -> String {
        switch status {
        case .met: met
        case .unmet: unmet
        case .unknown: unknown
        }
    }

    public func verdict(_ verdict: EligibilityVerdict) -> String {
        switch verdict {
        case .ready: verdictReady
        case .incomplete: verdictIncomplete
        case .blocked: verdictBlocked
        }
    }
}
