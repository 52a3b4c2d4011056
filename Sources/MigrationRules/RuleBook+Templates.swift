extension RuleBook {
    /// Which message templates move with the number and what happens to them (S19–S21, M7–M9, R7).
    static let templateRules: [TemplateRule] = [
        TemplateRule(
            RuleProvenance(id: "template.high-quality-copied", sources: [.seed, .metaBusinessSuite, .metaEmbeddedSignup], facts: [.s19, .r7],
                lastChecked: RuleBook.revisionCheckedOn),
            text: Localized(
                ptBR: "Só os templates de mensagem que estão ao mesmo tempo aprovados e com qualidade alta (verde) no BSP atual são copiados automaticamente para a WABA de destino.",
                en: "Only message templates that are both approved and of high quality (green) at your current BSP are copied to the destination WABA automatically.",
                es: "Solo las plantillas de mensaje que están a la vez aprobadas y con calidad alta (verde) en su BSP actual se copian automáticamente a la WABA de destino.")),
        TemplateRule(
            RuleProvenance(id: "template.others-not-migrated", sources: [.seed, .metaTemplates], facts: [.s21]),
            text: Localized(
                ptBR: "Templates de baixa qualidade, rejeitados ou pendentes não são migrados; se precisar deles, crie-os de novo na WABA de destino e envie-os para aprovação.",
                en: "Low-quality, rejected and pending templates aren't migrated; if you need them, recreate them in the destination WABA and submit them for approval.",
                es: "Las plantillas de baja calidad, rechazadas o pendientes no se migran; si las necesita, vuelva a crearlas en la WABA de destino y envíelas para aprobación.")),
        TemplateRule(
            RuleProvenance(id: "template.destination-limit", sources: [.metaTemplates, .metaErrors], facts: [.m7]),
            text: Localized(
                ptBR: "A WABA de destino comporta até 250 templates enquanto a verificação da empresa não estiver concluída, e até 6.000 depois que a empresa for verificada e o nome de exibição for aprovado. Quando o limite é atingido, a cópia é interrompida e os templates restantes não são copiados (erro `2388019`).",
                en: "The destination WABA holds up to 250 templates while your business isn't yet verified, and up to 6,000 once it is verified and its display name is approved. When the limit is reached, copying stops and the remaining templates are left behind (error `2388019`).",
                es: "La WABA de destino admite hasta 250 plantillas mientras la verificación del negocio no esté completa, y hasta 6000 una vez verificado el negocio y aprobado el nombre visible. Cuando se alcanza el límite, la copia se detiene y las plantillas restantes no se copian (error `2388019`).")),
        TemplateRule(
            RuleProvenance(id: "template.delete-to-create-new", sources: [.seed], facts: [.s20]),
            text: Localized(
                ptBR: "Se os templates copiados ocuparem todo o limite de templates, você precisará excluir alguns deles antes de criar novos.",
                en: "If the copied templates take up the whole template limit, you will need to delete some of them before you can create new ones.",
                es: "Si las plantillas copiadas ocupan todo el límite de plantillas, deberá eliminar algunas antes de crear nuevas.")),
        TemplateRule(
            RuleProvenance(id: "template.rechecked-after-copy", sources: [.metaAPI, .metaEmbeddedSignup, .metaBusinessSuite], facts: [.m8, .r7],
                lastChecked: RuleBook.revisionCheckedOn),
            text: Localized(
                ptBR: "Depois da cópia, a Meta verifica novamente a categoria de cada template, e alguns podem ser rejeitados. A classificação de qualidade dos templates copiados fica como desconhecida durante as primeiras 24 horas, aproximadamente.",
                en: "After the copy, Meta checks each template's category again, and some may end up rejected. The quality rating of copied templates stays unknown for about the first 24 hours.",
                es: "Después de la copia, Meta revisa de nuevo la categoría de cada plantilla, y algunas pueden quedar rechazadas. La calificación de calidad de las plantillas copiadas queda como desconocida durante las primeras 24 horas, aproximadamente.")),
        TemplateRule(
            RuleProvenance(id: "template.existing-not-overwritten", sources: [.metaAPI], facts: [.m9]),
            text: Localized(
                ptBR: "Templates que já existem na WABA de destino não são substituídos pelos copiados. Confirme que os seus templates chegaram antes de excluir qualquer um deles na WABA atual.",
                en: "Templates that already exist in the destination WABA aren't overwritten by the copies. Make sure your templates have arrived before you delete any of them in the current WABA.",
                es: "Las plantillas que ya existen en la WABA de destino no se sobrescriben con las copiadas. Confirme que sus plantillas llegaron antes de eliminar cualquiera de ellas en la WABA actual.")),
    ]
}
