extension RuleBook {
    /// The six questions of the Sinch Service Center ticket, in the help-center page's order (S31–S33).
    static let ticketQuestions: [TicketQuestion] = [
        TicketQuestion(
            RuleProvenance(id: "ticket.current-bsp", sources: [.seed], facts: [.s31, .s32]),
            profileField: "current_bsp",
            question: Localized(
                ptBR: "Qual é o seu BSP atual?",
                en: "Who is your current BSP?",
                es: "¿Cuál es su BSP actual?"
            ),
            hint: Localized(
                ptBR: "Informe o nome do BSP (Provedor de Soluções Empresariais) em que o número está registrado hoje.",
                en: "Give the name of the BSP (Business Solution Provider) the number is registered with today.",
                es: "Indique el nombre del BSP (Proveedor de soluciones empresariales) en el que el número está registrado hoy."
            )
        ),
        TicketQuestion(
            RuleProvenance(id: "ticket.business-verification", sources: [.seed], facts: [.s31, .s32]),
            profileField: "business_verification",
            question: Localized(
                ptBR: "A conta que será migrada tem a verificação da empresa (Business Verification) concluída?",
                en: "Has the account being migrated completed business verification?",
                es: "¿La cuenta que se va a migrar tiene completa la verificación del negocio (Business Verification)?"
            ),
            hint: Localized(
                ptBR: "Confira o status no Business Manager ou pergunte ao seu BSP atual e responda se a verificação está aprovada, pendente ou rejeitada.",
                en: "Check the status in Business Manager or ask your current BSP, and say whether verification is approved, pending or rejected.",
                es: "Consulte el estado en Business Manager o pregunte a su BSP actual, e indique si la verificación está aprobada, pendiente o rechazada."
            )
        ),
        TicketQuestion(
            RuleProvenance(id: "ticket.infrastructure", sources: [.seed], facts: [.s31, .s32]),
            profileField: "infrastructure",
            question: Localized(
                ptBR: "A conta atual está conectada à infraestrutura On-Premises API ou Cloud API?",
                en: "Is the current account connected to the On-Premises API or to the Cloud API?",
                es: "¿La cuenta actual está conectada a la infraestructura On-Premises API o Cloud API?"
            ),
            hint: Localized(
                ptBR: "Confirme com o seu provedor atual em qual das duas infraestruturas o número está registrado.",
                en: "Confirm with your current provider which of the two the number is registered on.",
                es: "Confirme con su proveedor actual en cuál de las dos infraestructuras está registrado el número."
            )
        ),
        TicketQuestion(
            RuleProvenance(id: "ticket.status-at-current-bsp", sources: [.seed], facts: [.s31, .s32]),
            profileField: "status_at_current_bsp",
            question: Localized(
                ptBR: "Qual status a conta mostra neste momento no seu BSP atual?",
                en: "What status does the account show right now at your current BSP?",
                es: "¿Qué estado muestra la cuenta en este momento en su BSP actual?"
            ),
            hint: Localized(
                ptBR: "Copie o status exatamente como aparece no BSP atual, por exemplo “conectada” ou “pendente”.",
                en: "Copy the status exactly as your current BSP shows it, for example “connected” or “pending”.",
                es: "Copie el estado tal como aparece en su BSP actual, por ejemplo, “conectada” o “pendiente”."
            )
        ),
        TicketQuestion(
            RuleProvenance(id: "ticket.waba-id", sources: [.seed], facts: [.s31, .s32]),
            profileField: "waba_id",
            question: Localized(
                ptBR: "Qual é o WABA ID da conta conectada atualmente?",
                en: "What is the WABA ID of the account connected today?",
                es: "¿Cuál es el WABA ID de la cuenta conectada actualmente?"
            ),
            hint: Localized(
                ptBR: "Peça o WABA ID ao seu BSP atual: é o identificador numérico da conta do WhatsApp Business (WABA) em que o número está hoje.",
                en: "Ask your current BSP for it: it's the numeric identifier of the WhatsApp Business Account (WABA) the number is on today.",
                es: "Solicítelo a su BSP actual: es el identificador numérico de la cuenta de WhatsApp Business (WABA) en la que está el número hoy."
            )
        ),
        TicketQuestion(
            RuleProvenance(id: "ticket.business-manager-id", sources: [.seed], facts: [.s31, .s32, .s33]),
            profileField: "business_manager_id",
            question: Localized(
                ptBR: "Qual é o Business Manager ID?",
                en: "What is your Business Manager ID?",
                es: "¿Cuál es el Business Manager ID?"
            ),
            hint: Localized(
                ptBR: "É o ID do portfólio empresarial da Meta dono da WABA, que aparece nas configurações do Business Manager; com ele e as demais respostas, a equipe de Onboarding da Sinch entra em contato para concluir a migração.",
                en: "It's the ID of the Meta business portfolio that owns the WABA, shown in your Business Manager settings; with it and your other answers, Sinch's Onboarding team contacts you to complete the migration.",
                es: "Es el ID del portfolio comercial de Meta al que pertenece la WABA y aparece en la configuración de Business Manager; con él y las demás respuestas, el equipo de Onboarding de Sinch se comunicará con usted para completar la migración."
            )
        ),
    ]
}
