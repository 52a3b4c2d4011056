extension RuleBook {
    /// Every version of the rule book with what it changed, newest first (no reference facts of its own).
    static let releases: [RuleBookRelease] = [
        RuleBookRelease(
            version: "1.0.0",
            date: RuleDate(2026, 11, 25),
            changes: [
                Localized(
                    ptBR: "Primeira versão do livro de regras: reúne o conteúdo da página “Migração de número” da Central de Ajuda da Sinch, com os erros de digitação corrigidos e a descrição correta da WABA de destino.",
                    en: "First version of the rule book: it encodes the Sinch help-center page “Migração de número”, with its typos fixed and the correct description of the destination WABA.",
                    es: "Primera versión del libro de reglas: recoge el contenido de la página “Migração de número” del Centro de Ayuda de Sinch, con las erratas corregidas y la descripción correcta de la WABA de destino."
                ),
                Localized(
                    ptBR: "Inclui os requisitos da Meta: forma de pagamento, webhooks, nome de exibição aprovado e mesmo portfólio empresarial na WABA de destino, além dos limites de templates e de tentativas de registro e dos principais códigos de erro.",
                    en: "Adds Meta's requirements: a payment method, webhooks, an approved display name and the same business portfolio for the destination WABA, plus the template and registration-attempt limits and the main error codes.",
                    es: "Incorpora los requisitos de Meta: método de pago, webhooks, nombre visible aprobado y el mismo portfolio comercial para la WABA de destino, además de los límites de plantillas y de intentos de registro y los principales códigos de error."
                ),
                Localized(
                    ptBR: "Publica a lista de elegibilidade, as perguntas do ticket, a solução de problemas e o glossário em português do Brasil, inglês e espanhol.",
                    en: "Publishes the eligibility checklist, the ticket questions, troubleshooting and the glossary in Brazilian Portuguese, English and Spanish.",
                    es: "Publica la lista de elegibilidad, las preguntas del ticket, la solución de problemas y el glosario en portugués de Brasil, inglés y español."
                ),
            ]
        ),
    ]
}
