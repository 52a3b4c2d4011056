extension RuleBook {
    /// What moves with the number and what stays behind: kept S4–S8; lost S22 (history), M14 (catalogs), S21 (other templates).
    static let carriedAssets: [CarriedAsset] = [
        // MARK: Kept

        CarriedAsset(
            RuleProvenance(id: "kept.display-name", sources: [.seed], facts: [.s4]),
            kept: true,
            name: Localized(ptBR: "Nome de exibição", en: "Display name", es: "Nombre visible"),
            detail: Localized(
                ptBR: "O nome de exibição do número continua o mesmo depois da migração.",
                en: "The number keeps its display name after the migration.",
                es: "El número conserva su nombre visible después de la migración.")),
        CarriedAsset(
            RuleProvenance(id: "kept.quality-rating", sources: [.seed], facts: [.s5]),
            kept: true,
            name: Localized(ptBR: "Classificação de qualidade", en: "Quality rating", es: "Calificación de calidad"),
            detail: Localized(
                ptBR: "A classificação de qualidade do número é mantida, então a reputação construída no BSP atual não se perde.",
                en: "The number keeps its quality rating, so the standing it built up with your current BSP carries over.",
                es: "El número conserva su calificación de calidad, así que la reputación construida con su BSP actual no se pierde.")),
        CarriedAsset(
            RuleProvenance(id: "kept.messaging-limit", sources: [.seed, .metaLimits], facts: [.s6, .r2], lastChecked: RuleBook.revisionCheckedOn),
            kept: true,
            name: Localized(ptBR: "Limite de mensagens", en: "Messaging limit", es: "Límite de mensajes"),
            detail: Localized(
                ptBR: "Desde 7 de outubro de 2025, o limite de mensagens é do portfólio empresarial (Business Manager), compartilhado por todos os números dele, e o número continua usando o limite do portfólio: você não volta ao nível inicial. Os níveis são 250, 2.000, 10.000, 100.000 e ilimitado.",
                en: "Since October 7, 2025, the messaging limit belongs to the business portfolio (Business Manager) and is shared by all its numbers, and the number keeps using the portfolio's limit: you don't start over at the entry level. The levels are 250, 2,000, 10,000, 100,000 and unlimited.",
                es: "Desde el 7 de octubre de 2025, el límite de mensajes es del portfolio comercial (Business Manager) y lo comparten todos sus números, y el número sigue usando el límite del portfolio: no vuelve al nivel inicial. Los niveles son 250, 2000, 10.000, 100.000 e ilimitado.")),
        CarriedAsset(
            RuleProvenance(id: "kept.official-business-account", sources: [.seed], facts: [.s7]),
            kept: true,
            name: Localized(
                ptBR: "Conta Comercial Oficial (OBA)", en: "Official Business Account (OBA)", es: "Cuenta de empresa oficial (OBA)"),
            detail: Localized(
                ptBR: "Se o número tem o status de Conta Comercial Oficial (OBA), esse status é mantido.",
                en: "If the number has Official Business Account (OBA) status, it keeps that status.",
                es: "Si el número tiene el estado de cuenta de empresa oficial (OBA), lo conserva.")),
        CarriedAsset(
            RuleProvenance(id: "kept.high-quality-templates", sources: [.seed], facts: [.s8]),
            kept: true,
            name: Localized(
                ptBR: "Templates aprovados de alta qualidade", en: "Approved high-quality templates",
                es: "Plantillas aprobadas de alta calidad"),
            detail: Localized(
                ptBR: "Os templates de mensagem já aprovados e com alta qualidade são copiados para a WABA de destino.",
                en: "Message templates that were already approved and rated high quality are copied to the destination WABA.",
                es: "Las plantillas de mensaje ya aprobadas y con calidad alta se copian a la WABA de destino.")),

        // MARK: Not kept

        CarriedAsset(
            RuleProvenance(id: "lost.message-history", sources: [.seed], facts: [.s22]),
            kept: false,
            name: Localized(ptBR: "Histórico de mensagens e conversas", en: "Message history and conversations", es: "Historial de mensajes y conversaciones"),
            detail: Localized(
                ptBR: "O histórico de mensagens e as conversas não são transferidos para a WABA de destino; guarde o que precisar antes da migração.",
                en: "Message history and conversations aren't transferred to the destination WABA; save anything you need before the migration.",
                es: "El historial de mensajes y las conversaciones no se transfieren a la WABA de destino; guarde lo que necesite antes de la migración.")),
        CarriedAsset(
            RuleProvenance(id: "lost.catalogs", sources: [.providerDocs], facts: [.m14]),
            kept: false,
            name: Localized(ptBR: "Catálogos de produtos", en: "Product catalogs", es: "Catálogos de productos"),
            detail: Localized(
                ptBR: "Os catálogos não são migrados e precisam ser conectados novamente à WABA de destino.",
                en: "Catalogs aren't migrated and have to be connected to the destination WABA again.",
                es: "Los catálogos no se migran y deben conectarse de nuevo a la WABA de destino.")),
        CarriedAsset(
            RuleProvenance(id: "lost.other-templates", sources: [.seed, .metaTemplates], facts: [.s21]),
            kept: false,
            name: Localized(
                ptBR: "Templates de baixa qualidade, rejeitados ou pendentes", en: "Low-quality, rejected or pending templates",
                es: "Plantillas de baja calidad, rechazadas o pendientes"),
            detail: Localized(
                ptBR: "Esses templates não são copiados; se precisar deles, crie-os novamente na WABA de destino e envie-os para aprovação.",
                en: "These templates aren't copied; if you need them, recreate them in the destination WABA and submit them for approval.",
                es: "Estas plantillas no se copian; si las necesita, vuelva a crearlas en la WABA de destino y envíelas para aprobación.")),
    ]

    /// The three assets every migration involves (S9 current WABA, S10 phone number, S11 destination WABA).
    static let overviewAssets: [OverviewAsset] = [
        OverviewAsset(
            RuleProvenance(id: "asset.current-waba", sources: [.seed], facts: [.s9]),
            name: Localized(ptBR: "WABA atual", en: "Current WABA", es: "WABA actual"),
            description: Localized(
                ptBR: "A conta do WhatsApp Business (WABA) em que o número de telefone está registrado hoje.",
                en: "The WhatsApp Business Account (WABA) where the phone number is registered today.",
                es: "La cuenta de WhatsApp Business (WABA) en la que el número de teléfono está registrado actualmente.")),
        OverviewAsset(
            RuleProvenance(id: "asset.phone-number", sources: [.seed], facts: [.s10]),
            name: Localized(ptBR: "Número de telefone", en: "Phone number", es: "Número de teléfono"),
            description: Localized(
                ptBR: "O número que será migrado, com o nome de exibição, a classificação de qualidade e o limite de mensagens que ele já tem.",
                en: "The number being migrated, together with the display name, quality rating and messaging limit it already has.",
                es: "El número que se va a migrar, junto con el nombre visible, la calificación de calidad y el límite de mensajes que ya tiene.")),
        OverviewAsset(
            RuleProvenance(id: "asset.destination-waba", sources: [.seed], facts: [.s11]),
            name: Localized(ptBR: "WABA de destino", en: "Destination WABA", es: "WABA de destino"),
            description: Localized(
                ptBR: "A conta do WhatsApp Business (WABA) para a qual o número será migrado. É a partir dela que o BSP de destino inicia a migração.",
                en: "The WhatsApp Business Account (WABA) the number is moving to. The destination BSP starts the migration from this account.",
                es: "La cuenta de WhatsApp Business (WABA) a la que se migrará el número. El BSP de destino inicia la migración desde esta cuenta.")),
    ]
}
