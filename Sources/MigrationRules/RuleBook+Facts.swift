extension RuleBook {
    /// General statements about the migration: what it is (S1–S3), how it works (S12–S18, M15–M17) and what changes after it (S22, M10, M14).
    static let migrationFacts: [MigrationFact] = [
        // MARK: What it is

        MigrationFact(
            RuleProvenance(id: "fact.number-can-move", sources: [.seed], facts: [.s1]),
            topic: .whatItIs,
            text: Localized(
                ptBR: "Um número de telefone registrado na Plataforma WhatsApp Business pode ser migrado a qualquer momento de uma conta do WhatsApp Business (WABA) para outra, por um BSP (Provedor de Soluções Empresariais) ou por uma empresa integrada diretamente à plataforma.",
                en: "A phone number registered on the WhatsApp Business Platform can be moved from one WhatsApp Business Account (WABA) to another at any time, either by a BSP (Business Solution Provider) or by a business integrated directly with the platform.",
                es: "Un número de teléfono registrado en la Plataforma de WhatsApp Business puede migrarse en cualquier momento de una cuenta de WhatsApp Business (WABA) a otra, ya sea por un BSP (Proveedor de Soluciones Empresariales) o por una empresa integrada directamente con la plataforma.")),
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
            RuleProvenance(id: "fact.started-by-destination", sources: [.seed], facts: [.s12, .s13]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "A migração é sempre iniciada pelo BSP ou pela empresa proprietária da WABA de destino, e para iniciá-la é necessário informar o Business Manager ID.",
                en: "The migration is always started by the BSP or the business that owns the destination WABA, and starting it requires the Business Manager ID.",
                es: "La migración siempre la inicia el BSP o la empresa propietaria de la WABA de destino, y para iniciarla es necesario indicar el Business Manager ID.")),
        MigrationFact(
            RuleProvenance(id: "fact.no-interruption-until-complete", sources: [.seed], facts: [.s14]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Até que a migração seja concluída no BSP de destino, o número continua enviando e recebendo mensagens normalmente, sem interrupção do serviço.",
                en: "Until the migration is complete at the destination BSP, the number keeps sending and receiving messages with no interruption of service.",
                es: "Hasta que la migración se complete en el BSP de destino, el número sigue enviando y recibiendo mensajes con normalidad, sin interrupción del servicio.")),
        MigrationFact(
            RuleProvenance(id: "fact.no-downtime-after-completion", sources: [.seed], facts: [.s15]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Assim que a migração é concluída, o BSP de destino começa a enviar mensagens imediatamente, sem tempo de inatividade.",
                en: "As soon as the migration completes, the destination BSP starts sending messages right away, with no downtime.",
                es: "En cuanto se completa la migración, el BSP de destino comienza a enviar mensajes de inmediato, sin tiempo de inactividad.")),
        MigrationFact(
            RuleProvenance(id: "fact.duration", sources: [.seed], facts: [.s16]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "A migração leva cerca de 1 a 3 horas depois que você aceita a nossa notificação e fica disponível para receber o código de verificação. Esse prazo é uma estimativa operacional da Sinch; a Meta não documenta uma duração.",
                en: "A migration takes about 1 to 3 hours once you have accepted our notification and are available to receive the verification code. This is Sinch's operational estimate; Meta does not document a duration.",
                es: "La migración tarda aproximadamente de 1 a 3 horas después de que usted acepta nuestra notificación y está disponible para recibir el código de verificación. Este plazo es una estimación operativa de Sinch; Meta no documenta una duración.")),
        MigrationFact(
            RuleProvenance(id: "fact.one-number-at-a-time", sources: [.seed], facts: [.s17]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Se você tem mais de um número, a migração é feita número por número: não existe uma migração única para vários números ao mesmo tempo.",
                en: "If you have more than one number, they are migrated one at a time: there is no single migration that moves several numbers at once.",
                es: "Si tiene más de un número, la migración se hace número por número: no existe una migración única para varios números a la vez.")),
        MigrationFact(
            RuleProvenance(id: "fact.single-scheduled-call", sources: [.seed], facts: [.s18]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Ainda assim, é possível agendar um horário e migrar todos os números em sequência, em uma única chamada com a nossa equipe, desde que você possa receber o código de verificação de cada um deles durante a chamada.",
                en: "You can still book a single slot and migrate all of them in sequence during one call with our team, as long as you can receive the verification code for every number during that call.",
                es: "Aun así, es posible agendar un horario y migrar todos los números en secuencia en una sola llamada con nuestro equipo, siempre que usted pueda recibir el código de verificación de cada uno durante la llamada.")),
        MigrationFact(
            RuleProvenance(id: "fact.low-traffic-window", sources: [.providerDocs], facts: [.m17]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "Escolha um horário de pouco movimento para a migração: conversas em andamento podem ser interrompidas no momento da virada para o BSP de destino.",
                en: "Pick a low-traffic window for the migration: conversations in progress can be interrupted at the moment of cutover to the destination BSP.",
                es: "Elija un horario de poco tráfico para la migración: las conversaciones en curso pueden interrumpirse en el momento del cambio al BSP de destino.")),
        MigrationFact(
            RuleProvenance(id: "fact.cloud-api-only", sources: [.metaEmbeddedSignup, .providerDocs], facts: [.m15]),
            topic: .howItWorks,
            text: Localized(
                ptBR: "A On-Premises API foi descontinuada em 23 de outubro de 2025; por isso, os números migrados são registrados na Cloud API.",
                en: "The On-Premises API reached end of life on October 23, 2025, so migrated numbers are registered on the Cloud API.",
                es: "La On-Premises API fue descontinuada el 23 de octubre de 2025; por eso, los números migrados se registran en la Cloud API.")),
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
                en: "Message history and chats are not migrated. If you need to keep them, ask your current BSP for an export before the migration.",
                es: "El historial de mensajes y los chats no se migran. Si necesita conservarlos, solicite una exportación a su BSP actual antes de la migración.")),
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
                en: "Product catalogs are not migrated: after the migration, you need to connect them to the destination WABA again.",
                es: "Los catálogos de productos no se migran: después de la migración, debe conectarlos de nuevo a la WABA de destino.")),
    ]
}
