extension RuleBook {
    /// General statements about the migration: what it is (S1–S3), how it works (S12–S18, M15–M17, R1, R4, R6, R9, R10, R13) what changes after it (S22, M10, M14) and the route of numbers that cannot use it (R14).
    static let migrationFacts: [MigrationFact] = [
        // MARK: What it is

        MigrationFact(
            RuleProvenance(id: "fact.number-can-move", sources: [.seed], facts: [.s1]),
            topic: .whatItIs,
            text: Localized(
                ptBR: "Um número de telefone registrado na Plataforma WhatsApp Business pode ser migrado a qualquer momento de uma conta do WhatsApp Business (WABA) para outra, por um BSP (Provedor de Soluções Empresariais) ou por uma empresa integrada diretamente à plataforma.",
                en: "A phone number registered on the WhatsApp Business Platform can be moved from one WhatsApp Business Account (WABA) to another at any time, either by a BSP (Business Solution Provider) or by a business integrated directly with the platform.",
                es: "Un número de teléfono registrado en la Plataforma de WhatsApp Business puede migrarse en cualquier momento de una cuenta de WhatsApp Business (WABA) a otra, ya sea por un BSP (Proveedor de soluciones empresariales) o por una empresa integrada directamente con la plataforma.")),
        MigrationFact(
            RuleProvenance(id: "fact.keep-your-number", sources: [.seed], facts: [.s2]),
            topic: .whatItIs,
            text: Localized(
                ptBR: "Com a migração, você mantém o mesmo número de telefone em dois casos: quando usa a plataforma por meio de um BSP e quer mudar para outro, ou quando tem uma implementação própria e quer passar a usar um BSP.",
                en: "Migration lets you keep the same phone number in two cases: you use the platform through a BSP and want to switch to another one, or you run your own implementation and want to move to a BSP.",
                es: "La migración le permite conservar el mismo número de teléfono en dos casos: cuando usa la plataforma a través de un BSP y desea cambiarse a otro, o cuando tiene una implementación propia y desea pasar a un BSP.")),
        MigrationFact(
            RuleProvenance(id: "fact.who-can-migrate", sources: [.seed], facts: [.s3]),
            topic: .whatItIs,
            text: Localized(
                ptBR: "Somente BSPs e empresas integradas diretamente à Plataforma WhatsApp Business podem realizar a migração de números de telefone. Quando você migra para a Sinch, é a Sinch, como BSP de destino, que conduz o processo.",
                en: "Only BSPs and businesses integrated directly with the WhatsApp Business Platform can carry out a phone number migration. When you move to Sinch, Sinch runs the process as your destination BSP.",
                es: "Solo los BSP y las empresas integradas directamente con la Plataforma de WhatsApp Business pueden realizar la migración de números de teléfono. Cuando usted migra a Sinch, Sinch conduce el proceso como BSP de destino.")),

        // MARK: How it works

        MigrationFact(
            RuleProvenance(id: "fact.started-by-destination", sources: [.seed, .sinchPartnerInitiated, .metaOnBehalfOf], facts: [.s12, .s13, .r9], lastChecked: RuleBook.revisionCheckedOn),
            topic: .howItWorks,
            text: Localized(
                ptBR: "A migração é sempre iniciada pelo BSP ou pela empresa proprietária da WABA de destino, e para iniciá-la é necessário informar o ID do portfólio empresarial (Business Manager).",
                en: "The migration is always started by the BSP or the business that owns the destination WABA, and starting it requires the ID of the business portfolio (Business Manager).",
                es: "La migración siempre la inicia el BSP o la empresa propietaria de la WABA de destino, y para iniciarla es necesario indicar el ID del portfolio comercial (Business Manager).")),
        MigrationFact(
            RuleProvenance(id: "fact.no-interruption-until-complete", sources: [.seed, .metaAPI, .metaEmbeddedSignup, .providerDocs], facts: [.s14, .r4, .r6], lastChecked: RuleBook.revisionCheckedOn),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Normalmente, o número continua enviando e recebendo mensagens pelo BSP atual até que a migração seja concluída no BSP de destino. A exceção são os números que ainda estão na On-Premises API: eles não enviam nem recebem mensagens desde 23 de outubro de 2025.",
                en: "Normally the number keeps sending and receiving messages through your current BSP until the migration is complete at the destination BSP. The exception is numbers still on the On-Premises API: they haven't been able to send or receive messages since October 23, 2025.",
                es: "Normalmente, el número sigue enviando y recibiendo mensajes a través de su BSP actual hasta que la migración se complete en el BSP de destino. La excepción son los números que siguen en la On-Premises API: no envían ni reciben mensajes desde el 23 de octubre de 2025.")),
        MigrationFact(
            RuleProvenance(id: "fact.no-downtime-after-completion", sources: [.seed, .metaAPI, .metaBusinessSuite, .providerDocs], facts: [.s15, .r6], lastChecked: RuleBook.revisionCheckedOn),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Assim que a migração é concluída, o BSP de destino começa a enviar mensagens logo em seguida. Uma breve interrupção pode acontecer no momento da troca, por isso a migração é feita em um horário de pouco movimento.",
                en: "As soon as the migration completes, the destination BSP starts sending messages right after. A short gap can happen at the moment of the switch, which is why the migration runs in a low-traffic window.",
                es: "En cuanto se completa la migración, el BSP de destino comienza a enviar mensajes justo después. Puede haber una breve interrupción en el momento del cambio; por eso la migración se hace en un horario de poco tráfico.")),
        MigrationFact(
            RuleProvenance(id: "fact.duration", sources: [.seed], facts: [.s16, .r13], lastChecked: RuleBook.revisionCheckedOn),
            topic: .howItWorks,
            text: Localized(
                ptBR: "A migração leva cerca de 1 a 3 horas depois que você aprova a solicitação da Sinch e fica disponível para receber o código de verificação. Esse prazo é uma estimativa operacional da Sinch; a Meta não documenta uma duração.",
                en: "A migration takes about 1 to 3 hours once you've approved Sinch's request and are available to receive the verification code. This is Sinch's operational estimate; Meta doesn't document a duration.",
                es: "La migración tarda aproximadamente de 1 a 3 horas después de que usted aprueba la solicitud de Sinch y está disponible para recibir el código de verificación. Este plazo es una estimación operativa de Sinch; Meta no documenta una duración.")),
        MigrationFact(
            RuleProvenance(
                id: "fact.request-approved-in-business-suite", sources: [.metaOnBehalfOf, .sinchPartnerInitiated],
                facts: [.r1, .r9], lastChecked: RuleBook.revisionCheckedOn),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Desde outubro de 2025, a Meta não usa mais o modelo On-Behalf-Of (OBO), em que o BSP era dono da WABA: 29 de setembro de 2025 foi o último dia para novos clientes nesse modelo e 1º de outubro de 2025, o último para transferir essas WABAs aos clientes. Agora, a WABA de destino é criada pelo parceiro ou pelo Embedded Signup no seu próprio portfólio empresarial (Business Manager), e você aprova a solicitação da Sinch no Meta Business Suite.",
                en: "Since October 2025, Meta no longer uses the On-Behalf-Of (OBO) model, in which the BSP owned the WABA: September 29, 2025 was the last day to onboard clients to it and October 1, 2025 the last day to transfer those WABAs to clients. The destination WABA is now created by the partner or through Embedded Signup in your own business portfolio (Business Manager), and you approve Sinch's request in Meta Business Suite.",
                es: "Desde octubre de 2025, Meta ya no usa el modelo On-Behalf-Of (OBO), en el que el BSP era dueño de la WABA: el 29 de septiembre de 2025 fue el último día para incorporar clientes a ese modelo y el 1 de octubre de 2025, el último para transferir esas WABA a los clientes. Ahora, la WABA de destino la crea el socio o el Embedded Signup en su propio portfolio comercial (Business Manager), y usted aprueba la solicitud de Sinch en Meta Business Suite.")),
        MigrationFact(
            RuleProvenance(id: "fact.business-suite-route", sources: [.metaBusinessSuite], facts: [.r10], lastChecked: RuleBook.revisionCheckedOn),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Existe uma rota alternativa: entre duas Multi-Partner Solutions, a WABA pode ser movida pelo Meta Business Suite sem verificar o número de novo. O processo padrão continua sendo o deste guia.",
                en: "There is an alternative route: between two Multi-Partner Solutions, a WABA can be moved through Meta Business Suite without verifying the number again. The default process is still the one in this guide.",
                es: "Existe una ruta alternativa: entre dos Multi-Partner Solutions, la WABA se puede mover a través de Meta Business Suite sin volver a verificar el número. El proceso predeterminado sigue siendo el de esta guía.")),
        MigrationFact(
            RuleProvenance(id: "fact.one-number-at-a-time", sources: [.seed], facts: [.s17]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Se você tem mais de um número, a migração é feita número por número: não existe uma migração única para vários números ao mesmo tempo.",
                en: "If you have more than one number, they're migrated one at a time: there is no single migration that moves several numbers at once.",
                es: "Si tiene más de un número, la migración se hace número por número: no existe una migración única para varios números a la vez.")),
        MigrationFact(
            RuleProvenance(id: "fact.single-scheduled-call", sources: [.seed], facts: [.s18]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Ainda assim, é possível agendar um horário e migrar todos os números em sequência, em uma única ligação com a nossa equipe, desde que você possa receber o código de verificação de cada um deles durante a ligação.",
                en: "You can still schedule one session and migrate all of them in sequence during one call with our team, as long as you can receive the verification code for every number during that call.",
                es: "Aun así, es posible programar un horario y migrar todos los números en secuencia en una sola llamada con nuestro equipo, siempre que usted pueda recibir el código de verificación de cada uno durante la llamada.")),
        MigrationFact(
            RuleProvenance(id: "fact.low-traffic-window", sources: [.providerDocs], facts: [.m17]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Escolha um horário de pouco movimento para a migração: conversas em andamento podem ser interrompidas no momento da virada para o BSP de destino.",
                en: "Pick a low-traffic window for the migration: conversations in progress can be interrupted at the moment of cutover to the destination BSP.",
                es: "Elija un horario de poco tráfico para la migración: las conversaciones en curso pueden interrumpirse en el momento del cambio al BSP de destino.")),
        MigrationFact(
            RuleProvenance(id: "fact.cloud-api-only", sources: [.metaEmbeddedSignup, .providerDocs], facts: [.m15, .r4], lastChecked: RuleBook.revisionCheckedOn),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Números que ainda estão na On-Premises API não enviam nem recebem mensagens desde 23 de outubro de 2025: para eles, migrar para a Cloud API é urgente. Todo número migrado é registrado na Cloud API.",
                en: "Numbers still on the On-Premises API haven't been able to send or receive messages since October 23, 2025: for them, moving to the Cloud API is urgent. Every migrated number is registered on the Cloud API.",
                es: "Los números que siguen en la On-Premises API no envían ni reciben mensajes desde el 23 de octubre de 2025: para ellos, migrar a la Cloud API es urgente. Todo número migrado se registra en la Cloud API.")),
        MigrationFact(
            RuleProvenance(id: "fact.brazilian-ninth-digit", sources: [.providerDocs], facts: [.m16]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Para números do Brasil, informe o número exatamente como ele está registrado no WhatsApp, com ou sem o nono dígito.",
                en: "For Brazilian numbers, enter the number exactly as it is registered on WhatsApp, with or without the ninth digit.",
                es: "Para números de Brasil, ingrese el número exactamente como está registrado en WhatsApp, con o sin el noveno dígito.")),

        // MARK: After the migration

        MigrationFact(
            RuleProvenance(id: "fact.history-not-migrated", sources: [.seed], facts: [.s22]),
            topic: .afterMigration,
            text: Localized(
                ptBR: "O histórico de mensagens e as conversas não são migrados. Se precisar guardá-los, solicite uma exportação ao BSP atual antes da migração.",
                en: "Message history and conversations aren't migrated. If you need to keep them, ask your current BSP for an export before the migration.",
                es: "El historial de mensajes y las conversaciones no se migran. Si necesita conservarlos, solicite una exportación a su BSP actual antes de la migración.")),
        MigrationFact(
            RuleProvenance(id: "fact.new-phone-number-id", sources: [.metaAPI], facts: [.m10]),
            topic: .afterMigration,
            text: Localized(
                ptBR: "O número migrado recebe um novo ID do número de telefone: atualize todas as integrações que usam esse ID, como webhooks, CRM e chatbot. Os IDs de mídia e de mensagens continuam válidos.",
                en: "The migrated number gets a new phone number ID, so update every integration that uses it, such as webhooks, your CRM and your chatbot. Media IDs and message IDs keep working.",
                es: "El número migrado recibe un nuevo ID del número de teléfono: actualice todas las integraciones que usan ese ID, como webhooks, CRM y chatbot. Los ID de contenido multimedia y de mensajes siguen funcionando.")),
        MigrationFact(
            RuleProvenance(id: "fact.catalogs-not-migrated", sources: [.providerDocs], facts: [.m14]),
            topic: .afterMigration,
            text: Localized(
                ptBR: "Catálogos de produtos não são migrados: depois da migração, você precisa conectá-los novamente à WABA de destino.",
                en: "Product catalogs aren't migrated: after the migration, you need to connect them to the destination WABA again.",
                es: "Los catálogos de productos no se migran: después de la migración, debe conectarlos de nuevo a la WABA de destino.")),

        // MARK: Numbers that take another route

        MigrationFact(
            RuleProvenance(
                id: FactID.routeBusinessApp.rawValue, sources: [.metaCoexistence, .sinchCoexistence, .metaAPI],
                facts: [.r14], lastChecked: RuleBook.revisionCheckedOn),
            topic: .otherRoutes,
            text: Localized(
                ptBR: "Um número do app WhatsApp Business não passa por esta migração. Ele entra na plataforma pelo fluxo da Meta para usuários do app WhatsApp Business (coexistência), em que a empresa continua usando o app e a plataforma envia mensagens pelo mesmo número; a Sinch oferece esse fluxo. A outra opção é excluir a conta do número no app e registrá-lo como um número novo.",
                en: "A WhatsApp Business app number doesn't go through this migration. It joins the platform through Meta's flow for WhatsApp Business app users (coexistence), in which the business keeps using the app and the platform sends messages from the same number; Sinch supports this flow. The other option is to delete the number's app account and register it as a new number.",
                es: "Un número de la app WhatsApp Business no pasa por esta migración. Entra en la plataforma con el flujo de Meta para usuarios de la app WhatsApp Business (coexistencia), en el que la empresa sigue usando la app y la plataforma envía mensajes desde el mismo número; Sinch ofrece este flujo. La otra opción es eliminar la cuenta del número en la app y registrarlo como un número nuevo.")),
        MigrationFact(
            RuleProvenance(
                id: FactID.routeTestNumber.rawValue, sources: [.metaAPI], facts: [.r14], lastChecked: RuleBook.revisionCheckedOn),
            topic: .otherRoutes,
            text: Localized(
                ptBR: "Um número de teste do WhatsApp não pode ser migrado de forma alguma: registre um número real na WABA de destino.",
                en: "A WhatsApp test number can't be migrated at all: register a real number on the destination WABA.",
                es: "Un número de prueba de WhatsApp no se puede migrar de ninguna forma: registre un número real en la WABA de destino.")),
    ]
}
