extension RuleBook {
    /// The migration steps in order, with who performs each (S12, S13, S15–S18, S27, S28, S31, S33; M5, M9–M13, M17).
    static let processSteps: [ProcessStep] = [
        // MARK: Before the migration

        ProcessStep(
            RuleProvenance(id: "step.confirm-eligibility", sources: [.seed], facts: [.s26, .s29, .s30]),
            actor: .customer,
            title: Localized(ptBR: "Confirmar a elegibilidade", en: "Confirm eligibility", es: "Confirmar la elegibilidad"),
            detail: Localized(
                ptBR: "Confira se a sua conta atende aos critérios de elegibilidade, como a verificação da empresa concluída e aprovada e o status da conta aprovado, e reúna a lista dos números que serão migrados.",
                en: "Check that your account meets the eligibility criteria, such as completed and approved business verification and an approved account status, and list the numbers you want to migrate.",
                es: "Verifique que su cuenta cumpla los criterios de elegibilidad, como la verificación del negocio completada y aprobada y el estado de la cuenta aprobado, y reúna la lista de los números que desea migrar.")),
        ProcessStep(
            RuleProvenance(id: "step.request-two-step-verification-off", sources: [.seed], facts: [.s28]),
            actor: .customer,
            title: Localized(
                ptBR: "Pedir a desativação da 2FA", en: "Ask for 2FA to be turned off", es: "Solicitar la desactivación de la 2FA"),
            detail: Localized(
                ptBR: "Peça ao BSP atual que desative a verificação em duas etapas (2FA) de cada número que será migrado.",
                en: "Ask your current BSP to turn off two-step verification (2FA) for every number you are migrating.",
                es: "Solicite a su BSP actual que desactive la verificación en dos pasos (2FA) de cada número que se va a migrar.")),
        ProcessStep(
            RuleProvenance(
                id: "step.disable-two-step-verification", sources: [.seed, .metaTwoStep, .providerDocs], facts: [.s27, .m13]),
            actor: .currentBSP,
            perNumber: true,
            title: Localized(
                ptBR: "Desativar a verificação em duas etapas (2FA)", en: "Turn off two-step verification (2FA)",
                es: "Desactivar la verificación en dos pasos (2FA)"),
            detail: Localized(
                ptBR: "A 2FA não pode ser desativada pela API: um administrador da conta a desativa no Gerenciador do WhatsApp, nas configurações do número, e confirma a alteração pelo link enviado por e-mail. Enquanto a 2FA estiver ativa, o número não pode ser migrado.",
                en: "Two-step verification cannot be turned off through the API: an account admin turns it off in WhatsApp Manager, in the number's settings, and confirms the change through the link sent by email. The number cannot be migrated while 2FA is on.",
                es: "La 2FA no se puede desactivar mediante la API: un administrador de la cuenta la desactiva en el Administrador de WhatsApp, en la configuración del número, y confirma el cambio con el enlace que recibe por correo electrónico. Mientras la 2FA esté activa, el número no se puede migrar.")),
        ProcessStep(
            RuleProvenance(id: "step.open-ticket", sources: [.seed], facts: [.s31]),
            actor: .customer,
            title: Localized(
                ptBR: "Abrir o ticket no Sinch Service Center", en: "Open a ticket in the Sinch Service Center",
                es: "Abrir un ticket en el Sinch Service Center"),
            detail: Localized(
                ptBR: "Quando o BSP atual confirmar que a 2FA foi desativada, abra um ticket no Sinch Service Center e preencha o formulário por completo: essas informações permitem que o nosso time de Onboarding conduza a migração corretamente.",
                en: "Once your current BSP confirms that 2FA is off, open a ticket in the Sinch Service Center and fill in the whole form: our Onboarding team needs that information to run the migration correctly.",
                es: "Cuando su BSP actual confirme que la 2FA está desactivada, abra un ticket en el Sinch Service Center y complete todo el formulario: nuestro equipo de Onboarding necesita esa información para realizar la migración correctamente.")),

        // MARK: The migration

        ProcessStep(
            RuleProvenance(id: "step.start-migration", sources: [.seed], facts: [.s12, .s13, .s33]),
            actor: .destinationBSP,
            title: Localized(ptBR: "Iniciar a migração", en: "Start the migration", es: "Iniciar la migración"),
            detail: Localized(
                ptBR: "Depois que o ticket é criado, o nosso time de Onboarding entra em contato com você e inicia a migração a partir da WABA de destino, usando o Business Manager ID informado no ticket.",
                en: "After the ticket is created, our Onboarding team contacts you and starts the migration from the destination WABA, using the Business Manager ID you gave in the ticket.",
                es: "Después de crear el ticket, nuestro equipo de Onboarding se pone en contacto con usted e inicia la migración desde la WABA de destino, con el Business Manager ID indicado en el ticket.")),
        ProcessStep(
            RuleProvenance(id: "step.accept-messaging-for-request", sources: [.metaAPI, .seed], facts: [.m5, .s16]),
            actor: .customer,
            title: Localized(
                ptBR: "Aceitar a solicitação Messaging For", en: "Accept the Messaging For request",
                es: "Aceptar la solicitud Messaging For"),
            detail: Localized(
                ptBR: "No Business Manager, aceite a solicitação **Messaging For** enviada pela Sinch. Sem esse aceite, a migração não avança, e a estimativa de 1 a 3 horas começa a contar a partir dele.",
                en: "In Business Manager, accept the **Messaging For** request that Sinch sends you. The migration cannot go ahead until you do, and the 1-to-3-hour estimate starts from that moment.",
                es: "En el Business Manager, acepte la solicitud **Messaging For** que Sinch le envía. La migración no avanza sin esa aceptación, y la estimación de 1 a 3 horas empieza a contar desde ese momento.")),
        ProcessStep(
            RuleProvenance(id: "step.schedule-migration-call", sources: [.seed, .providerDocs], facts: [.s17, .s18, .m17]),
            actor: .destinationBSP,
            title: Localized(
                ptBR: "Agendar a chamada de migração", en: "Schedule the migration call", es: "Agendar la llamada de migración"),
            detail: Localized(
                ptBR: "O nosso time de Onboarding agenda com você uma única chamada, de preferência em um horário de pouco movimento, para migrar os números um de cada vez, em sequência. Durante a chamada, tenha em mãos os aparelhos ou linhas que recebem o código de verificação de cada número.",
                en: "Our Onboarding team books a single call with you, ideally in a low-traffic window, to migrate your numbers one after another. During the call, keep the phones or lines that receive each number's verification code at hand.",
                es: "Nuestro equipo de Onboarding agenda con usted una sola llamada, de preferencia en un horario de poco tráfico, para migrar los números uno por uno, en secuencia. Durante la llamada, tenga a mano los teléfonos o líneas que reciben el código de verificación de cada número.")),
        ProcessStep(
            RuleProvenance(id: "step.receive-verification-code", sources: [.metaAPI], facts: [.m11]),
            actor: .customer,
            perNumber: true,
            title: Localized(
                ptBR: "Receber o código de verificação", en: "Receive the verification code", es: "Recibir el código de verificación"),
            detail: Localized(
                ptBR: "Para cada número, a Meta envia um código de verificação por SMS ou por ligação de voz; informe o código ao nosso time. Use a ligação de voz para números que não recebem SMS, como telefones fixos ou linhas com URA.",
                en: "For each number, Meta sends a verification code by SMS or voice call; pass it on to our team. Choose a voice call for numbers that cannot receive SMS, such as landlines or IVR lines.",
                es: "Para cada número, Meta envía un código de verificación por SMS o llamada de voz; comuníquelo a nuestro equipo. Elija la llamada de voz para los números que no reciben SMS, como teléfonos fijos o líneas con IVR.")),
        ProcessStep(
            RuleProvenance(id: "step.register-number", sources: [.metaAPI, .metaRegistration], facts: [.m11, .m12]),
            actor: .destinationBSP,
            perNumber: true,
            title: Localized(ptBR: "Registrar o número", en: "Register the number", es: "Registrar el número"),
            detail: Localized(
                ptBR: "Com o código confirmado, a Sinch registra o número na Cloud API com um PIN de 6 dígitos, que passa a ser o PIN da verificação em duas etapas. Cada número permite no máximo 10 tentativas de registro em 72 horas.",
                en: "Once the code is confirmed, Sinch registers the number on the Cloud API with a 6-digit PIN, which becomes its two-step verification PIN. Each number allows at most 10 registration attempts in 72 hours.",
                es: "Con el código confirmado, Sinch registra el número en la Cloud API con un PIN de 6 dígitos, que pasa a ser el PIN de la verificación en dos pasos. Cada número admite como máximo 10 intentos de registro en 72 horas.")),
        ProcessStep(
            RuleProvenance(id: "step.cutover", sources: [.seed], facts: [.s14, .s15]),
            actor: .meta,
            perNumber: true,
            title: Localized(
                ptBR: "Concluir a migração do número", en: "Complete the number's migration",
                es: "Completar la migración del número"),
            detail: Localized(
                ptBR: "A Meta conclui a migração do número para a WABA de destino. Até esse momento, o número continua enviando e recebendo mensagens pelo BSP atual; logo depois, a Sinch começa a enviar mensagens imediatamente, sem tempo de inatividade.",
                en: "Meta completes the move of the number to the destination WABA. Up to that point, the number keeps sending and receiving messages through your current BSP; right after it, Sinch starts sending immediately, with no downtime.",
                es: "Meta completa la migración del número a la WABA de destino. Hasta ese momento, el número sigue enviando y recibiendo mensajes a través de su BSP actual; justo después, Sinch comienza a enviar mensajes de inmediato, sin tiempo de inactividad.")),

        // MARK: After the migration

        ProcessStep(
            RuleProvenance(id: "step.check-templates", sources: [.metaAPI], facts: [.m9]),
            actor: .customer,
            title: Localized(ptBR: "Conferir os templates", en: "Check your templates", es: "Revisar las plantillas"),
            detail: Localized(
                ptBR: "Confirme que os templates chegaram à WABA de destino, e com qual status, antes de excluir qualquer coisa na WABA atual.",
                en: "Make sure your templates arrived in the destination WABA, and check their status, before you delete anything in the current WABA.",
                es: "Confirme que las plantillas llegaron a la WABA de destino, y con qué estado, antes de eliminar cualquier cosa en la WABA actual.")),
        ProcessStep(
            RuleProvenance(id: "step.update-integrations", sources: [.metaAPI], facts: [.m10]),
            actor: .customer,
            perNumber: true,
            title: Localized(ptBR: "Atualizar as integrações", en: "Update your integrations", es: "Actualizar las integraciones"),
            detail: Localized(
                ptBR: "Troque o ID do número de telefone antigo pelo novo em webhooks, CRM, chatbot e em qualquer outra integração que envie ou receba mensagens por esse número.",
                en: "Replace the old phone number ID with the new one in your webhooks, CRM, chatbot and any other integration that sends or receives messages through this number.",
                es: "Reemplace el ID del número de teléfono anterior por el nuevo en webhooks, CRM, chatbot y cualquier otra integración que envíe o reciba mensajes por este número.")),
        ProcessStep(
            RuleProvenance(
                id: "step.re-enable-two-step-verification", sources: [.metaTwoStep, .metaRegistration, .providerDocs],
                facts: [.m13]),
            actor: .customer,
            perNumber: true,
            title: Localized(
                ptBR: "Reativar a verificação em duas etapas (2FA)", en: "Turn two-step verification (2FA) back on",
                es: "Reactivar la verificación en dos pasos (2FA)"),
            detail: Localized(
                ptBR: "Confirme no Gerenciador do WhatsApp que a 2FA está ativa em cada número migrado e, se não estiver, reative-a com um novo PIN de 6 dígitos. Guarde o PIN em local seguro: ele será pedido sempre que o número for registrado novamente.",
                en: "In WhatsApp Manager, check that 2FA is on for every migrated number and, if it is not, turn it back on with a new 6-digit PIN. Keep the PIN somewhere safe: it is required whenever the number is registered again.",
                es: "En el Administrador de WhatsApp, confirme que la 2FA esté activa en cada número migrado y, si no lo está, reactívela con un nuevo PIN de 6 dígitos. Guarde el PIN en un lugar seguro: se le pedirá cada vez que el número se registre de nuevo.")),
    ]
}
