extension RuleBook {
    /// What is billed and which BSP bills which messages around the cutover (S23–S25, R3).
    static let billingRules: [BillingRule] = [
        BillingRule(
            RuleProvenance(id: "billing.per-message", sources: [.metaPricing], facts: [.r3], lastChecked: RuleBook.revisionCheckedOn),
            text: Localized(
                ptBR: "Desde 1º de julho de 2025, o WhatsApp é cobrado por mensagem de template entregue (marketing, autenticação e utilidade fora da janela de atendimento ao cliente), e não mais por conversa, como publicado pela AWS End User Messaging Social e pela Vonage.",
                en: "Since July 1, 2025, WhatsApp is charged per delivered template message (marketing, authentication, and utility outside the customer service window), no longer per conversation, as published by AWS End User Messaging Social and Vonage.",
                es: "Desde el 1 de julio de 2025, WhatsApp se cobra por mensaje de plantilla entregado (marketing, autenticación y utilidad fuera de la ventana de atención al cliente), y ya no por conversación, según lo publicado por AWS End User Messaging Social y Vonage.")),
        BillingRule(
            RuleProvenance(id: "billing.before-migration", sources: [.seed, .metaPricing], facts: [.s23, .r3], lastChecked: RuleBook.revisionCheckedOn),
            text: Localized(
                ptBR: "As mensagens enviadas antes da migração são cobradas pelo BSP atual.",
                en: "Messages sent before the migration are billed by your current BSP.",
                es: "Los mensajes enviados antes de la migración los factura su BSP actual.")),
        BillingRule(
            RuleProvenance(id: "billing.after-migration", sources: [.seed], facts: [.s24]),
            text: Localized(
                ptBR: "As mensagens enviadas depois da migração são cobradas pelo BSP de destino.",
                en: "Messages sent after the migration are billed by the destination BSP.",
                es: "Los mensajes enviados después de la migración los factura el BSP de destino.")),
        BillingRule(
            RuleProvenance(id: "billing.sent-before-delivered-after", sources: [.seed], facts: [.s25]),
            text: Localized(
                ptBR: "Uma mensagem enviada antes da migração é sempre cobrada pelo BSP atual, mesmo que seja entregue depois da migração.",
                en: "A message sent before the migration is always billed by your current BSP, even if it's delivered after the migration.",
                es: "Un mensaje enviado antes de la migración siempre lo factura su BSP actual, aunque se entregue después de la migración.")),
    ]
}
