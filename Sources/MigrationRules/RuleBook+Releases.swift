extension RuleBook {
    /// Every version of the rule book with what it changed, newest first (no reference facts of its own).
    static let releases: [RuleBookRelease] = [
        RuleBookRelease(
            version: "2026.12",
            date: RuleDate(2026, 12, 4),
            changes: [
                Localized(
                    ptBR: "Você não aceita mais uma solicitação “Messaging For”: a Meta aposentou esse modelo em 2025. Agora você aprova a solicitação da Sinch no Meta Business Suite, com acesso de administrador (controle total) ao seu portfólio empresarial (Business Manager).",
                    en: "You no longer accept a “Messaging For” request: Meta retired that model in 2025. You now approve Sinch's request in Meta Business Suite, with admin (full control) access to your business portfolio (Business Manager).",
                    es: "Ya no acepta una solicitud “Messaging For”: Meta retiró ese modelo en 2025. Ahora aprueba la solicitud de Sinch en Meta Business Suite, con acceso de administrador (control total) a su portfolio comercial (Business Manager)."
                ),
                Localized(
                    ptBR: "Novo critério: a WABA de destino precisa ter a verificação da empresa e a análise da WABA aprovadas. Se a sua ainda não tiver, a lista de elegibilidade mostra o que fazer antes de marcar a migração.",
                    en: "New criterion: the destination WABA needs approved business verification and an approved WABA review. If yours doesn't have them yet, the eligibility checklist shows what to do before you schedule the migration.",
                    es: "Nuevo criterio: la WABA de destino necesita tener aprobadas la verificación del negocio y la revisión de la WABA. Si la suya todavía no las tiene, la lista de elegibilidad indica qué hacer antes de programar la migración."
                ),
                Localized(
                    ptBR: "Na ligação da migração, você só precisa da linha do número para receber o código de verificação: não há PIN a preparar. A Sinch define o novo PIN, e você pode trocá-lo e reativar a verificação em duas etapas no WhatsApp Manager.",
                    en: "On the migration call, all you need is the number's line to receive the verification code: there's no PIN to prepare. Sinch sets the new PIN, and you can change it and turn two-step verification back on in WhatsApp Manager.",
                    es: "Durante la llamada de migración, solo necesita la línea del número para recibir el código de verificación: no hay que preparar ningún PIN. Sinch define el nuevo PIN, y usted puede cambiarlo y volver a activar la verificación en dos pasos en WhatsApp Manager."
                ),
                Localized(
                    ptBR: "Números do app WhatsApp Business e números de teste têm a sua própria rota, explicada no guia e na lista de cada cliente, em vez de etapas de migração que não se aplicam a eles. Números que ainda estão na On-Premises API não enviam mensagens desde 23 de outubro de 2025: para eles, migrar é urgente.",
                    en: "WhatsApp Business app numbers and test numbers get their own route, explained in the guide and in each customer's checklist, instead of migration steps that don't apply to them. Numbers still on the On-Premises API haven't sent messages since October 23, 2025: for them, migrating is urgent.",
                    es: "Los números de la app WhatsApp Business y los números de prueba tienen su propia ruta, explicada en la guía y en la lista de cada cliente, en lugar de pasos de migración que no se aplican a ellos. Los números que siguen en la On-Premises API no envían mensajes desde el 23 de octubre de 2025: para ellos, migrar es urgente."
                ),
                Localized(
                    ptBR: "O guia descreve a plataforma como ela é hoje: o limite de mensagens pertence ao portfólio empresarial e é compartilhado por todos os números dele, o WhatsApp é cobrado por mensagem de template entregue, e a solução de problemas tem uma entrada para cada código de erro da migração, com quem resolve e quanto tempo esperar.",
                    en: "The guide describes the platform as it is today: the messaging limit belongs to the business portfolio and is shared by all its numbers, WhatsApp is charged per delivered template message, and troubleshooting has an entry for each migration error code, with who fixes it and how long to wait.",
                    es: "La guía describe la plataforma tal como es hoy: el límite de mensajes pertenece al portfolio comercial y lo comparten todos sus números, WhatsApp se cobra por mensaje de plantilla entregado, y la solución de problemas tiene una entrada para cada código de error de la migración, con quién lo resuelve y cuánto esperar."
                ),
            ]
        ),
        RuleBookRelease(
            version: "1.0.0",
            date: RuleDate(2026, 11, 25),
            changes: [
                Localized(
                    ptBR: "Primeira versão do guia de migração: o conteúdo da página “Migração de número” da Central de Ajuda da Sinch, revisado e com a descrição correta da WABA de destino.",
                    en: "First version of the migration guide: the content of the Sinch Help Center page “Migração de número”, reviewed, with the correct description of the destination WABA.",
                    es: "Primera versión de la guía de migración: el contenido de la página “Migração de número” del Centro de Ayuda de Sinch, revisado y con la descripción correcta de la WABA de destino."
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
