extension RuleBook {
    /// The migration steps in order, each with its phase and who performs it (S12, S13, S15, S17, S18, S27, S28,
    /// S31, S33; M9–M13, M17; R1, R4, R6, R7, R11–R13, R15).
    static let processSteps: [ProcessStep] = [
        // MARK: Preparation

        ProcessStep(
            RuleProvenance(id: "step.confirm-eligibility", sources: [.seed, .providerDocs, .metaAPI], facts: [.s26, .s29, .s30, .r12],
                lastChecked: RuleBook.revisionCheckedOn),
            phase: .preparation,
            actor: .customer,
            title: Localized(ptBR: "Confirmar a elegibilidade", en: "Confirm eligibility", es: "Confirmar la elegibilidad"),
            detail: Localized(
                ptBR: "Confira se a sua conta atende aos critérios de elegibilidade, como a verificação da empresa concluída e aprovada e o status da conta aprovado, e reúna a lista dos números que serão migrados. Garanta que alguém da sua empresa tenha acesso de controle total (administrador) ao portfólio empresarial (Business Manager) e acesso à própria linha de cada número: o chip, ou a linha fixa ou a URA para uma ligação de voz.",
                en: "Check that your account meets the eligibility criteria, such as completed and approved business verification and an approved account status, and list the numbers you want to migrate. Make sure someone at your company has full-control (admin) access to the business portfolio (Business Manager) and access to each number's phone line itself: the SIM card, or the landline or IVR for a voice call.",
                es: "Verifique que su cuenta cumpla los criterios de elegibilidad, como la verificación del negocio completa y aprobada y el estado de la cuenta aprobado, y reúna la lista de los números que desea migrar. Asegúrese de que alguien de su empresa tenga acceso de control total (administrador) al portfolio comercial (Business Manager) y acceso a la línea de cada número: la tarjeta SIM, o la línea fija o el IVR para una llamada de voz.")),
        ProcessStep(
            RuleProvenance(id: "step.request-two-step-verification-off", sources: [.seed], facts: [.s28]),
            phase: .preparation,
            actor: .customer,
            title: Localized(
                ptBR: "Pedir a desativação da 2FA", en: "Ask for 2FA to be turned off", es: "Solicitar la desactivación de la 2FA"),
            detail: Localized(
                ptBR: "Peça ao BSP atual que desative a verificação em duas etapas (2FA) de cada número que será migrado.",
                en: "Ask your current BSP to turn off two-step verification (2FA) for every number you're migrating.",
                es: "Solicite a su BSP actual que desactive la verificación en dos pasos (2FA) de cada número que se va a migrar.")),
        ProcessStep(
            RuleProvenance(
                id: "step.disable-two-step-verification", sources: [.seed, .metaTwoStep, .providerDocs], facts: [.s27, .m13]),
            phase: .preparation,
            actor: .currentBSP,
            perNumber: true,
            title: Localized(
                ptBR: "Desativar a verificação em duas etapas (2FA)", en: "Turn off two-step verification (2FA)",
                es: "Desactivar la verificación en dos pasos (2FA)"),
            detail: Localized(
                ptBR: "A 2FA não pode ser desativada pela API: um administrador da conta a desativa no Gerenciador do WhatsApp, nas configurações do número, e confirma a alteração pelo link enviado por e-mail. Enquanto a 2FA estiver ativa, o número não pode ser migrado.",
                en: "Two-step verification can't be turned off through the API: an account admin turns it off in WhatsApp Manager, in the number's settings, and confirms the change through the link sent by email. The number can't be migrated while 2FA is on.",
                es: "La 2FA no se puede desactivar mediante la API: un administrador de la cuenta la desactiva en el Administrador de WhatsApp, en la configuración del número, y confirma el cambio con el enlace que recibe por correo electrónico. Mientras la 2FA esté activa, el número no se puede migrar.")),
        ProcessStep(
            RuleProvenance(id: "step.open-ticket", sources: [.seed], facts: [.s31]),
            phase: .preparation,
            actor: .customer,
            title: Localized(
                ptBR: "Abrir o ticket no Sinch Service Center", en: "Open a ticket in the Sinch Service Center",
                es: "Abrir un ticket en el Sinch Service Center"),
            detail: Localized(
                ptBR: "Quando o BSP atual confirmar que a 2FA foi desativada, abra um ticket no Sinch Service Center e preencha o formulário por completo: essas informações permitem que a nossa equipe de Onboarding conduza a migração corretamente.",
                en: "Once your current BSP confirms that 2FA is off, open a ticket in the Sinch Service Center and fill in the whole form: our Onboarding team needs that information to run the migration correctly.",
                es: "Cuando su BSP actual confirme que la 2FA está desactivada, abra un ticket en el Sinch Service Center y complete todo el formulario: nuestro equipo de Onboarding necesita esa información para realizar la migración correctamente.")),
        ProcessStep(
            RuleProvenance(id: "step.start-migration", sources: [.seed, .sinchPartnerInitiated], facts: [.s12, .s13, .s33, .r9],
                lastChecked: RuleBook.revisionCheckedOn),
            phase: .preparation,
            actor: .destinationBSP,
            title: Localized(ptBR: "Iniciar a migração", en: "Start the migration", es: "Iniciar la migración"),
            detail: Localized(
                ptBR: "Depois que o ticket é criado, a nossa equipe de Onboarding entra em contato com você, prepara a WABA de destino no seu portfólio empresarial (Business Manager), com o ID informado no ticket, e envia a solicitação de acesso que você aprova no próximo passo.",
                en: "After the ticket is created, our Onboarding team contacts you, prepares the destination WABA in your business portfolio (Business Manager), using the ID you gave in the ticket, and sends the access request you approve in the next step.",
                es: "Después de crear el ticket, nuestro equipo de Onboarding se pone en contacto con usted, prepara la WABA de destino en su portfolio comercial (Business Manager), con el ID indicado en el ticket, y envía la solicitud de acceso que usted aprueba en el paso siguiente.")),
        ProcessStep(
            RuleProvenance(
                id: "step.approve-request", sources: [.metaOnBehalfOf, .sinchPartnerInitiated, .providerDocs, .seed],
                facts: [.r1, .r12, .r13], lastChecked: RuleBook.revisionCheckedOn),
            phase: .preparation,
            actor: .customer,
            title: Localized(
                ptBR: "Aprovar a solicitação da Sinch no Meta Business Suite",
                en: "Approve Sinch's request in Meta Business Suite",
                es: "Aprobar la solicitud de Sinch en Meta Business Suite"),
            detail: Localized(
                ptBR: "No Meta Business Suite, abra as configurações da empresa, vá até **Solicitações** e aprove a solicitação da Sinch. Quem aprova precisa ter acesso de controle total (administrador) ao portfólio empresarial (Business Manager). A estimativa de cerca de 1 a 3 horas conta a partir dessa aprovação, com você disponível para receber o código de verificação.",
                en: "In Meta Business Suite, open the business settings, go to **Requests** and approve Sinch's request. Whoever approves it needs full-control (admin) access to the business portfolio (Business Manager). The estimate of about 1 to 3 hours counts from that approval, with you available to receive the verification code.",
                es: "En Meta Business Suite, abra la configuración del negocio, vaya a **Solicitudes** y apruebe la solicitud de Sinch. Quien la aprueba necesita acceso de control total (administrador) al portfolio comercial (Business Manager). La estimación de unas 1 a 3 horas cuenta desde esa aprobación, con usted disponible para recibir el código de verificación.")),
        ProcessStep(
            RuleProvenance(id: "step.schedule-migration-call", sources: [.seed, .providerDocs], facts: [.s17, .s18, .m17, .r12],
                lastChecked: RuleBook.revisionCheckedOn),
            phase: .preparation,
            actor: .destinationBSP,
            title: Localized(
                ptBR: "Agendar a ligação de migração", en: "Schedule the migration call", es: "Programar la llamada de migración"),
            detail: Localized(
                ptBR: "A nossa equipe de Onboarding agenda com você uma única ligação, de preferência em um horário de pouco movimento, para migrar os números um de cada vez, em sequência. Durante a ligação, tenha acesso à linha de cada número: o chip que recebe o SMS, ou a linha fixa ou a URA que atende a ligação de voz.",
                en: "Our Onboarding team books a single call with you, ideally in a low-traffic window, to migrate your numbers one after another. During the call, have access to each number's line: the SIM card that gets the SMS, or the landline or IVR that takes the voice call.",
                es: "Nuestro equipo de Onboarding programa con usted una sola llamada, de preferencia en un horario de poco tráfico, para migrar los números uno por uno, en secuencia. Durante la llamada, tenga acceso a la línea de cada número: la tarjeta SIM que recibe el SMS, o la línea fija o el IVR que atiende la llamada de voz.")),

        // MARK: Migration

        ProcessStep(
            RuleProvenance(id: "step.receive-verification-code", sources: [.metaAPI, .metaRegistration], facts: [.m11, .r15],
                lastChecked: RuleBook.revisionCheckedOn),
            phase: .migration,
            actor: .customer,
            perNumber: true,
            title: Localized(
                ptBR: "Receber o código de verificação", en: "Receive the verification code", es: "Recibir el código de verificación"),
            detail: Localized(
                ptBR: "Para cada número, a Meta envia um código de verificação por SMS ou por ligação de voz; informe esse código à nossa equipe. Não é preciso nenhum PIN nesse momento. Use a ligação de voz para números que não recebem SMS, como telefones fixos ou linhas com URA.",
                en: "For each number, Meta sends a verification code by SMS or voice call; pass that code on to our team. No PIN is needed at this point. Choose a voice call for numbers that can't receive SMS, such as landlines or IVR lines.",
                es: "Para cada número, Meta envía un código de verificación por SMS o llamada de voz; comunique ese código a nuestro equipo. En este momento no se necesita ningún PIN. Elija la llamada de voz para los números que no reciben SMS, como teléfonos fijos o líneas con IVR.")),
        ProcessStep(
            RuleProvenance(id: "step.register-number", sources: [.metaAPI, .metaRegistration, .metaTwoStep], facts: [.m11, .m12, .r15],
                lastChecked: RuleBook.revisionCheckedOn),
            phase: .migration,
            actor: .destinationBSP,
            perNumber: true,
            title: Localized(ptBR: "Registrar o número", en: "Register the number", es: "Registrar el número"),
            detail: Localized(
                ptBR: "Com o código confirmado, a Sinch registra o número na Cloud API e define um PIN de 6 dígitos, que passa a ser o PIN da verificação em duas etapas do número; depois, você define um novo PIN no Gerenciador do WhatsApp. Cada número permite no máximo 10 tentativas de registro em 72 horas.",
                en: "Once the code is confirmed, Sinch registers the number on the Cloud API and sets a 6-digit PIN, which becomes the number's two-step verification PIN; afterwards you set a new PIN in WhatsApp Manager. Each number allows at most 10 registration attempts in 72 hours.",
                es: "Con el código confirmado, Sinch registra el número en la Cloud API y define un PIN de 6 dígitos, que pasa a ser el PIN de la verificación en dos pasos del número; después, usted define un PIN nuevo en el Administrador de WhatsApp. Cada número admite como máximo 10 intentos de registro en 72 horas.")),
        ProcessStep(
            RuleProvenance(id: "step.cutover", sources: [.seed, .metaAPI, .metaBusinessSuite, .providerDocs], facts: [.s14, .s15, .r4, .r6],
                lastChecked: RuleBook.revisionCheckedOn),
            phase: .migration,
            actor: .meta,
            perNumber: true,
            title: Localized(
                ptBR: "Concluir a migração do número", en: "Complete the number's migration",
                es: "Completar la migración del número"),
            detail: Localized(
                ptBR: "A Meta conclui a migração do número para a WABA de destino. Normalmente, o número continua enviando e recebendo mensagens pelo BSP atual até esse momento, e a Sinch começa a enviar logo em seguida; uma breve interrupção pode acontecer na troca, por isso a ligação é marcada em um horário de pouco movimento. Números que ainda estão na API On-Premises não enviam nem recebem mensagens desde 23/10/2025: para eles, a migração para a Cloud API é urgente.",
                en: "Meta completes the move of the number to the destination WABA. Normally the number keeps sending and receiving messages through your current BSP up to that point, and Sinch starts sending right after it; a short gap can happen at the switch, which is why the call is booked in a low-traffic window. Numbers still on the On-Premises API haven't been able to send or receive messages since 2025-10-23: for them, moving to the Cloud API is urgent.",
                es: "Meta completa la migración del número a la WABA de destino. Normalmente, el número sigue enviando y recibiendo mensajes a través de su BSP actual hasta ese momento, y Sinch comienza a enviar justo después; puede haber una breve interrupción en el cambio, por eso la llamada se programa en un horario de poco tráfico. Los números que siguen en la API On-Premises no envían ni reciben mensajes desde el 23/10/2025: para ellos, la migración a la Cloud API es urgente.")),

        // MARK: After the migration

        ProcessStep(
            RuleProvenance(id: "step.check-templates", sources: [.metaAPI, .metaBusinessSuite, .metaEmbeddedSignup], facts: [.m9, .r7],
                lastChecked: RuleBook.revisionCheckedOn),
            phase: .after,
            actor: .customer,
            title: Localized(ptBR: "Conferir os templates", en: "Check your templates", es: "Revisar las plantillas"),
            detail: Localized(
                ptBR: "Confirme que os templates chegaram à WABA de destino, e com qual status, antes de excluir qualquer coisa na WABA atual. A Meta revisa de novo a categoria das cópias, que podem ficar com o status rejeitado, e a qualidade delas fica desconhecida durante cerca de 24 horas.",
                en: "Make sure your templates arrived in the destination WABA, and check their status, before you delete anything in the current WABA. Meta checks the copies' category again, so a copy can end up rejected, and their quality rating is unknown for about the first 24 hours.",
                es: "Confirme que las plantillas llegaron a la WABA de destino, y con qué estado, antes de eliminar cualquier cosa en la WABA actual. Meta vuelve a revisar la categoría de las copias, que pueden quedar rechazadas, y su calificación de calidad es desconocida durante unas 24 horas.")),
        ProcessStep(
            RuleProvenance(id: "step.update-integrations", sources: [.metaAPI], facts: [.m10]),
            phase: .after,
            actor: .customer,
            perNumber: true,
            title: Localized(ptBR: "Atualizar as integrações", en: "Update your integrations", es: "Actualizar las integraciones"),
            detail: Localized(
                ptBR: "Troque o ID do número de telefone anterior pelo novo em webhooks, CRM, chatbot e em qualquer outra integração que envie ou receba mensagens por esse número.",
                en: "Replace the previous phone number ID with the new one in your webhooks, CRM, chatbot and any other integration that sends or receives messages through this number.",
                es: "Reemplace el ID del número de teléfono anterior por el nuevo en webhooks, CRM, chatbot y cualquier otra integración que envíe o reciba mensajes por este número.")),
        ProcessStep(
            RuleProvenance(
                id: "step.re-enable-two-step-verification", sources: [.metaTwoStep, .metaRegistration, .providerDocs],
                facts: [.m13, .r15], lastChecked: RuleBook.revisionCheckedOn),
            phase: .after,
            actor: .customer,
            perNumber: true,
            title: Localized(
                ptBR: "Reativar a verificação em duas etapas (2FA)", en: "Turn two-step verification (2FA) back on",
                es: "Reactivar la verificación en dos pasos (2FA)"),
            detail: Localized(
                ptBR: "No Gerenciador do WhatsApp, defina um novo PIN de 6 dígitos para cada número migrado, no lugar do PIN que a Sinch definiu no registro, e confirme que a 2FA está ativa. Guarde o PIN em local seguro: ele será pedido sempre que o número for registrado novamente.",
                en: "In WhatsApp Manager, set a new 6-digit PIN for every migrated number, in place of the PIN Sinch set at registration, and check that 2FA is on. Keep the PIN somewhere safe: it's required whenever the number is registered again.",
                es: "En el Administrador de WhatsApp, defina un PIN nuevo de 6 dígitos para cada número migrado, en lugar del PIN que Sinch definió en el registro, y confirme que la 2FA esté activa. Guarde el PIN en un lugar seguro: se le pedirá cada vez que el número se registre de nuevo.")),
        ProcessStep(
            RuleProvenance(id: "step.close-current-bsp", sources: [.providerDocs], facts: [.r11], lastChecked: RuleBook.revisionCheckedOn),
            phase: .after,
            actor: .customer,
            title: Localized(
                ptBR: "Encerrar o contrato com o BSP atual", en: "Close your account with the current BSP",
                es: "Cerrar la cuenta con el BSP actual"),
            detail: Localized(
                ptBR: "Mantenha a conta no BSP atual e a WABA atual até que todos os números tenham chegado e os templates estejam confirmados. Quite as faturas em aberto com o BSP atual e só então cancele o contrato.",
                en: "Keep your account with the current BSP and the current WABA until every number has arrived and your templates are confirmed. Settle any open invoices with the current BSP and cancel only after that.",
                es: "Mantenga la cuenta con el BSP actual y la WABA actual hasta que todos los números hayan llegado y las plantillas estén confirmadas. Pague las facturas pendientes con el BSP actual y cancele el contrato solo después.")),
    ]
}
