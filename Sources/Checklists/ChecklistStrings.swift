import Profiles
import MigrationRules

/// Every word a checklist prints that is not a rule: headings, labels, value names, in one table.
///
/// Kept as `Localized` values, as the site keeps `SiteStrings`: one table per concept, one non-optional field per
/// language, so a missing translation does not compile. Rule sentences (requirements, remedies, steps, notes)
/// come from the rule book, never from here. Renderers read one language of it through `ChecklistVocabulary`.
public struct ChecklistStrings: Sendable {
    public let title: Localized
    public let company: Localized
    public let wabaID: Localized
    public let businessManagerID: Localized
    public let currentBSP: Localized
    public let infrastructure: Localized
    public let scheduledFor: Localized
    public let notScheduled: Localized
    /// `{version}` and `{date}`.
    public let rulebook: Localized
    public let verdictHeading: Localized
    public let verdictReady: Localized
    public let verdictIncomplete: Localized
    public let verdictBlocked: Localized
    public let blockersHeading: Localized
    public let who: Localized
    public let criteriaHeading: Localized
    public let requirement: Localized
    public let status: Localized
    public let met: Localized
    public let unmet: Localized
    public let unknown: Localized
    public let notesHeading: Localized
    public let preparationHeading: Localized
    /// `{number}`.
    public let numberHeading: Localized
    public let displayName: Localized
    public let kind: Localized
    public let afterHeading: Localized
    /// What the customer needs on the migration call when the code comes by SMS (R12, R15).
    public let codeReminderSMS: Localized
    /// The same when the code comes by voice call (landlines, IVR lines).
    public let codeReminderVoice: Localized
    /// The same when the profile does not say how the code arrives.
    public let codeReminder: Localized
    /// Opens the route of a number that cannot use this migration (R14).
    public let cannotMigrate: Localized
    public let date: Localized
    public let signatureCustomer: Localized
    public let signatureSinch: Localized
    public let doneBy: Localized
    public let templatesHeading: Localized
    public let migrating: Localized
    public let notMigrating: Localized
    public let uncertain: Localized
    public let reasonQuality: Localized
    public let reasonStatus: Localized
    public let noTemplates: Localized
    /// `{limit}`.
    public let limit: Localized
    /// `{count}` and `{limit}`.
    public let overLimit: Localized
    public let ticketHeading: Localized
    public let ticketIntro: Localized
    public let notProvided: Localized
    /// What `{current_bsp}` becomes in a remedy when the profile does not name the BSP.
    public let yourCurrentBSP: Localized
    public let approved: Localized
    public let pending: Localized
    public let rejected: Localized
    public let cloudAPI: Localized
    public let onPremises: Localized
    public let kindBusinessAPI: Localized
    public let kindBusinessApp: Localized
    public let kindTest: Localized
    /// `{day}`, `{month}`, `{year}`, `{time}`, `{offset}`.
    public let dateFormat: Localized

    /// The strings of the published checklists.
    public static let standard = ChecklistStrings(
        title: Localized(ptBR: "Plano de migração", en: "Migration checklist", es: "Plan de migración"),
        company: Localized(ptBR: "Empresa", en: "Company", es: "Empresa"),
        wabaID: .invariant("WABA ID"),
        businessManagerID: .invariant("Business Manager ID"),
        currentBSP: Localized(ptBR: "BSP atual", en: "Current BSP", es: "BSP actual"),
        infrastructure: Localized(ptBR: "Infraestrutura", en: "Infrastructure", es: "Infraestructura"),
        scheduledFor: Localized(ptBR: "Migração agendada para", en: "Migration scheduled for", es: "Migración programada para"),
        notScheduled: Localized(ptBR: "ainda não agendada", en: "not scheduled yet", es: "aún no programada"),
        rulebook: Localized(
            ptBR: "Regras de migração versão {version}, de {date}",
            en: "Migration rules version {version}, {date}",
            es: "Reglas de migración versión {version}, del {date}"),
        verdictHeading: Localized(ptBR: "Situação", en: "Status", es: "Estado"),
        verdictReady: Localized(
            ptBR: "Pronto para migrar: todos os critérios foram atendidos.",
            en: "Ready to migrate: every criterion is met.",
            es: "Listo para migrar: se cumplen todos los criterios."),
        verdictIncomplete: Localized(
            ptBR: "Faltam informações: nada impede a migração, mas os itens marcados como “não informado” precisam ser confirmados.",
            en: "Information missing: nothing blocks the migration, but the items marked “not provided” must be confirmed.",
            es: "Falta información: nada impide la migración, pero hay que confirmar los puntos marcados como “sin información”."),
        verdictBlocked: Localized(
            ptBR: "Bloqueado: resolva os impedimentos abaixo antes de agendar a migração.",
            en: "Blocked: fix the blockers below before scheduling the migration.",
            es: "Bloqueado: resuelva los impedimentos siguientes antes de programar la migración."),
        blockersHeading: Localized(
            ptBR: "Impedimentos e como resolver",
            en: "Blockers and how to fix them",
            es: "Impedimentos y cómo resolverlos"),
        who: Localized(ptBR: "Quem faz", en: "Who does it", es: "Quién lo hace"),
        criteriaHeading: Localized(ptBR: "Critérios de elegibilidade", en: "Eligibility criteria", es: "Criterios de elegibilidad"),
        requirement: Localized(ptBR: "Critério", en: "Criterion", es: "Criterio"),
        status: Localized(ptBR: "Situação", en: "Status", es: "Estado"),
        met: Localized(ptBR: "Atendido", en: "Met", es: "Cumplido"),
        unmet: Localized(ptBR: "Não atendido", en: "Not met", es: "No cumplido"),
        unknown: Localized(ptBR: "Não informado", en: "Not provided", es: "Sin información"),
        notesHeading: Localized(ptBR: "Observações", en: "Notes", es: "Observaciones"),
        preparationHeading: Localized(ptBR: "Antes do dia da migração", en: "Before migration day", es: "Antes del día de la migración"),
        numberHeading: Localized(ptBR: "Número {number}", en: "Number {number}", es: "Número {number}"),
        displayName: Localized(ptBR: "Nome de exibição", en: "Display name", es: "Nombre visible"),
        kind: Localized(ptBR: "Tipo de número", en: "Number type", es: "Tipo de número"),
        afterHeading: Localized(ptBR: "Depois da migração", en: "After the migration", es: "Después de la migración"),
        codeReminderSMS: Localized(
            ptBR: "Na ligação da migração, tenha em mãos o aparelho com o chip deste número: o código de verificação chega por SMS e você o informa à nossa equipe. Não é preciso preparar um PIN: a Sinch define o novo PIN ao registrar o número.",
            en: "On the migration call, have the phone with this number's SIM at hand: the verification code arrives by SMS and you read it to our team. There's no PIN to prepare: Sinch sets the new PIN when it registers the number.",
            es: "Durante la llamada de migración, tenga a mano el teléfono con la SIM de este número: el código de verificación llega por SMS y usted se lo indica a nuestro equipo. No hay que preparar ningún PIN: Sinch define el nuevo PIN al registrar el número."),
        codeReminderVoice: Localized(
            ptBR: "Na ligação da migração, deixe alguém pronto para atender esta linha: o código de verificação chega por ligação de voz e você o informa à nossa equipe. Não é preciso preparar um PIN: a Sinch define o novo PIN ao registrar o número.",
            en: "On the migration call, have someone ready to answer this line: the verification code arrives by voice call and you read it to our team. There's no PIN to prepare: Sinch sets the new PIN when it registers the number.",
            es: "Durante la llamada de migración, tenga a alguien listo para contestar esta línea: el código de verificación llega por llamada de voz y usted se lo indica a nuestro equipo. No hay que preparar ningún PIN: Sinch define el nuevo PIN al registrar el número."),
        codeReminder: Localized(
            ptBR: "Na ligação da migração, tenha acesso à linha deste número: o código de verificação chega por SMS ou por ligação de voz e você o informa à nossa equipe. Não é preciso preparar um PIN: a Sinch define o novo PIN ao registrar o número.",
            en: "On the migration call, have access to this number's line: the verification code arrives by SMS or voice call and you read it to our team. There's no PIN to prepare: Sinch sets the new PIN when it registers the number.",
            es: "Durante la llamada de migración, tenga acceso a la línea de este número: el código de verificación llega por SMS o por llamada de voz y usted se lo indica a nuestro equipo. No hay que preparar ningún PIN: Sinch define el nuevo PIN al registrar el número."),
        cannotMigrate: Localized(
            ptBR: "Este número não pode usar esta migração, por isso não há etapas de migração para ele. A rota dele é outra.",
            en: "This number can't use this migration, so it has no migration steps. It takes another route.",
            es: "Este número no puede usar esta migración, por eso no tiene pasos de migración. Su ruta es otra."),
        date: Localized(ptBR: "Data", en: "Date", es: "Fecha"),
        signatureCustomer: Localized(ptBR: "Assinatura do cliente", en: "Customer signature", es: "Firma del cliente"),
        signatureSinch: Localized(ptBR: "Assinatura da Sinch", en: "Sinch signature", es: "Firma de Sinch"),
        doneBy: Localized(ptBR: "Concluído por", en: "Done by", es: "Realizado por"),
        templatesHeading: Localized(ptBR: "Templates de mensagem", en: "Message templates", es: "Plantillas de mensaje"),
        migrating: Localized(ptBR: "Serão migrados", en: "Will be migrated", es: "Se migrarán"),
        notMigrating: Localized(ptBR: "Não serão migrados", en: "Won't be migrated", es: "No se migrarán"),
        uncertain: Localized(
            ptBR: "Dependem da classificação de qualidade da Meta",
            en: "Depend on Meta's quality rating",
            es: "Dependen de la calificación de calidad de Meta"),
        reasonQuality: Localized(ptBR: "qualidade abaixo de alta", en: "quality below high", es: "calidad inferior a alta"),
        reasonStatus: Localized(ptBR: "não está aprovado", en: "not approved", es: "no está aprobada"),
        noTemplates: Localized(ptBR: "Nenhum template informado.", en: "No templates listed.", es: "No se indicaron plantillas."),
        limit: Localized(
            ptBR: "Limite da WABA de destino: {limit} templates.",
            en: "Destination WABA limit: {limit} templates.",
            es: "Límite de la WABA de destino: {limit} plantillas."),
        overLimit: Localized(
            ptBR: "{count} templates passam do limite de {limit}: exclua-os ou consolide-os antes da migração, senão eles não serão copiados.",
            en: "{count} templates exceed the limit of {limit}: delete or merge them before the migration, or they won't be copied.",
            es: "{count} plantillas superan el límite de {limit}: elimínelas o combínelas antes de la migración; de lo contrario, no se copiarán."),
        ticketHeading: Localized(
            ptBR: "Ticket no Sinch Service Center",
            en: "Sinch Service Center ticket",
            es: "Ticket en el Sinch Service Center"),
        ticketIntro: Localized(
            ptBR: "Respostas prontas para copiar no formulário do ticket:",
            en: "Answers ready to copy into the ticket form:",
            es: "Respuestas listas para copiar en el formulario del ticket:"),
        notProvided: Localized(ptBR: "não informado", en: "not provided", es: "sin información"),
        yourCurrentBSP: Localized(ptBR: "seu BSP atual", en: "your current BSP", es: "su BSP actual"),
        approved: Localized(ptBR: "aprovada", en: "approved", es: "aprobada"),
        pending: Localized(ptBR: "pendente", en: "pending", es: "pendiente"),
        rejected: Localized(ptBR: "rejeitada", en: "rejected", es: "rechazada"),
        cloudAPI: .invariant("Cloud API"),
        onPremises: .invariant("On-Premises API"),
        kindBusinessAPI: Localized(
            ptBR: "Plataforma WhatsApp Business",
            en: "WhatsApp Business Platform",
            es: "Plataforma de WhatsApp Business"),
        kindBusinessApp: Localized(ptBR: "app WhatsApp Business", en: "WhatsApp Business app", es: "app WhatsApp Business"),
        kindTest: Localized(ptBR: "número de teste", en: "test number", es: "número de prueba"),
        dateFormat: Localized(
            ptBR: "{day} de {month} de {year}, {time} ({offset})",
            en: "{month} {day}, {year}, {time} ({offset})",
            es: "{day} de {month} de {year}, {time} ({offset})")
    )
}
