extension RuleBook {
    /// The glossary of the reference, one term each, with the wording every language uses (S1, S3–S9, S11, S13, S16, S19, S27, S31–S33, M3, M10–M13, M15).
    static let glossary: [GlossaryTerm] = [
        GlossaryTerm(
            RuleProvenance(id: "glossary.bsp", sources: [.seed], facts: [.s1, .s3]),
            term: Localized(
                ptBR: "BSP (Provedor de Soluções Empresariais)",
                en: "BSP (Business Solution Provider)",
                es: "BSP (Proveedor de soluciones empresariales)"
            ),
            definition: Localized(
                ptBR: "Empresa parceira da Meta que dá acesso à Plataforma WhatsApp Business e pode migrar números entre contas, como a Sinch.",
                en: "A Meta partner, such as Sinch, that gives businesses access to the WhatsApp Business Platform and can migrate numbers between accounts.",
                es: "Empresa socia de Meta, como Sinch, que da acceso a la Plataforma de WhatsApp Business y puede migrar números entre cuentas."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.waba", sources: [.seed, .metaAPI], facts: [.s1, .s9, .s11]),
            term: Localized(
                ptBR: "conta do WhatsApp Business (WABA)",
                en: "WhatsApp Business Account (WABA)",
                es: "cuenta de WhatsApp Business (WABA)"
            ),
            definition: Localized(
                ptBR: "Conta da Plataforma WhatsApp Business em que os números de telefone e os templates de mensagem de uma empresa ficam registrados. Na migração, o número sai da WABA atual e vai para a WABA de destino.",
                en: "The WhatsApp Business Platform account that holds a business's phone numbers and message templates. A migration moves a number from the current WABA to the destination WABA.",
                es: "Cuenta de la Plataforma de WhatsApp Business en la que se registran los números de teléfono y las plantillas de mensaje de una empresa. En la migración, el número pasa de la WABA actual a la WABA de destino."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.business-manager-id", sources: [.seed, .metaOnBehalfOf, .sinchPartnerInitiated], facts: [.s13, .s32, .r9], lastChecked: RuleBook.revisionCheckedOn),
            term: Localized(ptBR: "ID do portfólio empresarial (Business Manager ID)", en: "business portfolio ID (Business Manager ID)", es: "ID del portfolio comercial (Business Manager ID)"),
            definition: Localized(
                ptBR: "Identificador do portfólio empresarial (Business Manager) da Meta ao qual a WABA pertence. A Meta passou a chamar o Business Manager de portfólio empresarial, mas o ID continua o mesmo que a Sinch pede para iniciar a migração.",
                en: "The identifier of the Meta business portfolio (Business Manager) that owns the WABA. Meta now calls the Business Manager a business portfolio, but the ID is still the one Sinch asks for to start the migration.",
                es: "Identificador del portfolio comercial (Business Manager) de Meta al que pertenece la WABA. Meta ahora llama portfolio comercial al Business Manager, pero el ID sigue siendo el que Sinch pide para iniciar la migración."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.waba-id", sources: [.seed], facts: [.s32]),
            term: Localized.invariant("WABA ID"),
            definition: Localized(
                ptBR: "Identificador numérico da conta do WhatsApp Business (WABA); o BSP atual informa o WABA ID da conta em que o número está hoje.",
                en: "The numeric identifier of a WhatsApp Business Account (WABA); your current BSP can tell you the WABA ID of the account the number is on today.",
                es: "Identificador numérico de una cuenta de WhatsApp Business (WABA); su BSP actual puede indicarle el WABA ID de la cuenta en la que está el número hoy."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.phone-number-id", sources: [.metaAPI], facts: [.m10]),
            term: Localized(ptBR: "ID do número de telefone", en: "phone number ID", es: "ID del número de teléfono"),
            definition: Localized(
                ptBR: "Identificador que a API da Meta usa para enviar mensagens por um número. O número migrado recebe um novo ID, e as integrações precisam ser atualizadas.",
                en: "The identifier Meta's API uses to send messages from a number. A migrated number gets a new one, so integrations must be updated.",
                es: "Identificador que usa la API de Meta para enviar mensajes desde un número. El número migrado recibe uno nuevo, por lo que hay que actualizar las integraciones."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.display-name", sources: [.seed, .metaAPI], facts: [.s4, .m3]),
            term: Localized(ptBR: "nome de exibição", en: "display name", es: "nombre visible"),
            definition: Localized(
                ptBR: "Nome da empresa que os clientes veem no WhatsApp, aprovado pela Meta. Ele é mantido na migração, mas precisa estar aprovado e sem alteração pendente.",
                en: "The business name customers see on WhatsApp, approved by Meta. It is kept through the migration, but it must be approved with no change pending.",
                es: "Nombre de la empresa que los clientes ven en WhatsApp, aprobado por Meta. Se conserva en la migración, pero debe estar aprobado y sin cambios pendientes."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.quality-rating", sources: [.seed], facts: [.s5]),
            term: Localized(ptBR: "classificação de qualidade", en: "quality rating", es: "calificación de calidad"),
            definition: Localized(
                ptBR: "Avaliação da Meta (alta, média ou baixa) de como os destinatários recebem as mensagens de um número, com base em sinais como bloqueios e denúncias; ela é mantida na migração.",
                en: "Meta's rating (high, medium or low) of how recipients receive a number's messages, based on signals such as blocks and reports; it is kept through the migration.",
                es: "Evaluación de Meta (alta, media o baja) de cómo reciben los destinatarios los mensajes de un número, según señales como bloqueos y denuncias; se conserva en la migración."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.messaging-limit", sources: [.seed, .metaLimits], facts: [.s6, .r2], lastChecked: RuleBook.revisionCheckedOn),
            term: Localized(ptBR: "limite de mensagens", en: "messaging limit", es: "límite de mensajes"),
            definition: Localized(
                ptBR: "Número máximo de clientes diferentes a quem a empresa pode enviar mensagens iniciadas por ela em 24 horas; sobe em degraus chamados tiers e é mantido na migração.",
                en: "The maximum number of different customers a business can send business-initiated messages to in 24 hours; it rises in steps called tiers and is kept through the migration.",
                es: "Cantidad máxima de clientes distintos a los que la empresa puede enviar mensajes iniciados por ella en 24 horas; sube por escalones llamados niveles y se conserva en la migración."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.official-business-account", sources: [.seed], facts: [.s7]),
            term: Localized(
                ptBR: "Conta Comercial Oficial (OBA)",
                en: "Official Business Account (OBA)",
                es: "cuenta de empresa oficial (OBA)"
            ),
            definition: Localized(
                ptBR: "Status que a Meta concede a marcas autênticas e reconhecidas, exibido como um selo de verificação ao lado do nome; ele é mantido na migração.",
                en: "A status Meta grants to authentic, well-known brands, shown as a verified badge next to the name; it is kept through the migration.",
                es: "Estado que Meta otorga a marcas auténticas y reconocidas, que se muestra como una insignia de verificación junto al nombre; se conserva en la migración."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.message-template", sources: [.seed, .metaTemplates], facts: [.s8, .s19]),
            term: Localized(ptBR: "template de mensagem", en: "message template", es: "plantilla de mensaje"),
            definition: Localized(
                ptBR: "Modelo de mensagem aprovado previamente pela Meta, necessário para iniciar uma conversa com o cliente. Os templates aprovados e de alta qualidade são copiados na migração.",
                en: "A message format Meta approves in advance, needed to start a conversation with a customer. Approved, high-quality templates are copied during the migration.",
                es: "Formato de mensaje que Meta aprueba previamente y que se necesita para iniciar una conversación con un cliente. Las plantillas aprobadas y de alta calidad se copian en la migración."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.two-step-verification", sources: [.seed, .metaTwoStep], facts: [.s27, .m13]),
            term: Localized(
                ptBR: "verificação em duas etapas (2FA)",
                en: "two-step verification (2FA)",
                es: "verificación en dos pasos (2FA)"
            ),
            definition: Localized(
                ptBR: "Proteção que exige um PIN de 6 dígitos para registrar o número. Ela precisa estar desativada durante a migração e pode ser ativada de novo depois.",
                en: "A safeguard that requires a 6-digit PIN to register the number. It must be off during the migration and can be turned back on afterwards.",
                es: "Protección que exige un PIN de 6 dígitos para registrar el número. Debe estar desactivada durante la migración y se puede volver a activar después."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.pin", sources: [.metaAPI, .metaRegistration, .metaTwoStep], facts: [.m11, .m12, .r15],
                lastChecked: RuleBook.revisionCheckedOn),
            term: Localized.invariant("PIN"),
            definition: Localized(
                ptBR: "Senha de 6 dígitos da verificação em duas etapas (2FA) do número. Quem registra o número na Cloud API de destino (a Sinch) define um novo PIN, e depois você pode trocá-lo no WhatsApp Manager. Não confunda com o código de verificação que chega por SMS ou ligação de voz.",
                en: "The number's 6-digit two-step verification (2FA) PIN. Whoever registers the number on the destination Cloud API (Sinch) sets a new PIN, and you can change it in WhatsApp Manager afterwards. Don't confuse it with the verification code sent by SMS or voice call.",
                es: "Clave de 6 dígitos de la verificación en dos pasos (2FA) del número. Quien registra el número en la Cloud API de destino (Sinch) define un nuevo PIN, y después usted puede cambiarlo en WhatsApp Manager. No la confunda con el código de verificación que llega por SMS o llamada de voz."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.verification-code", sources: [.seed, .metaAPI], facts: [.s16, .m11]),
            term: Localized(ptBR: "código de verificação", en: "verification code", es: "código de verificación"),
            definition: Localized(
                ptBR: "Código de uso único que a Meta envia ao número por SMS ou ligação de voz para comprovar que a empresa o controla; o cliente precisa estar disponível para recebê-lo durante a migração.",
                en: "A one-time code Meta sends to the number by SMS or voice call to prove the business controls it; the customer must be available to receive it during the migration.",
                es: "Código de un solo uso que Meta envía al número por SMS o llamada de voz para comprobar que la empresa lo controla; el cliente debe estar disponible para recibirlo durante la migración."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.on-premises-api", sources: [.metaEmbeddedSignup, .providerDocs], facts: [.m15]),
            term: Localized.invariant("On-Premises API"),
            definition: Localized(
                ptBR: "Versão da API do WhatsApp Business hospedada pela própria empresa ou pelo BSP, que foi descontinuada em 23 de outubro de 2025.",
                en: "The version of the WhatsApp Business API that businesses or BSPs hosted themselves; it was discontinued on October 23, 2025.",
                es: "Versión de la API de WhatsApp Business alojada por la propia empresa o por el BSP, que fue descontinuada el 23 de octubre de 2025."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.cloud-api", sources: [.metaAPI, .metaEmbeddedSignup], facts: [.m15]),
            term: Localized.invariant("Cloud API"),
            definition: Localized(
                ptBR: "Versão da API do WhatsApp Business hospedada pela Meta; todo número migrado é registrado nela.",
                en: "The version of the WhatsApp Business API hosted by Meta; every migrated number is registered on it.",
                es: "Versión de la API de WhatsApp Business alojada por Meta; todo número migrado se registra en ella."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.sinch-service-center", sources: [.seed], facts: [.s31, .s33]),
            term: Localized.invariant("Sinch Service Center"),
            definition: Localized(
                ptBR: "Portal de atendimento da Sinch onde o cliente abre o ticket de migração; a partir dele, a equipe de Onboarding entra em contato para concluir o processo.",
                en: "Sinch's support portal, where the customer opens the migration ticket; from there, the Onboarding team gets in touch to complete the process.",
                es: "Portal de atención de Sinch donde el cliente abre el ticket de migración; a partir de él, el equipo de Onboarding se comunica para completar el proceso."
            )
        ),
        GlossaryTerm(
            RuleProvenance(id: "glossary.embedded-signup", sources: [.metaEmbeddedSignup], facts: []),
            term: Localized(
                ptBR: "Cadastro Incorporado (Embedded Signup)",
                en: "Embedded Signup",
                es: "registro insertado (Embedded Signup)"
            ),
            definition: Localized(
                ptBR: "Fluxo da Meta, aberto no site do BSP, em que a empresa entra com a conta do Facebook, escolhe ou cria a WABA e a compartilha com o BSP; também pode ser usado para migrar um número.",
                en: "A Meta flow, opened from the BSP's site, in which the business logs in with Facebook, picks or creates its WABA and shares it with the BSP; it can also be used to migrate a number.",
                es: "Flujo de Meta, abierto desde el sitio del BSP, en el que la empresa inicia sesión con Facebook, elige o crea su WABA y la comparte con el BSP; también se puede usar para migrar un número."
            )
        ),
    ]
}
