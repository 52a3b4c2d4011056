extension RuleBook {
    /// Which BSP bills which messages around the cutover (S23–S25).
    static let billingRules: [BillingRule] = [
        BillingRule(
            RuleProvenance(id: "billing.before-migration", sources: [.seed], facts: [.s23]),
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
                ptBR: "Uma mensagem enviada antes da migração é sempre cobrada pelo BSP de origem (o seu BSP atual), mesmo que seja entregue depois da migração.",
                en: "A message sent before the migration is always billed by the original BSP (your current one), even if it is delivered after the migration.",
                es: "Un mensaje enviado antes de la migración siempre lo factura el BSP de origen (su BSP actual), aunque se entregue después de la migración.")),
    ]
}
