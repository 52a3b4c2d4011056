extension RuleBook {
    /// Common migration problems with their Meta error codes, causes, who fixes them, what to do and how long to wait
    /// (S19–S21, S26–S30, M1–M4, M6–M13, M15, M16; R4, R7, R8, R14).
    static let troubleshooting: [TroubleshootingEntry] = [
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.two-step-cannot-be-disabled", sources: [.seed, .metaTwoStep, .providerDocs],
                facts: [.s27, .s28, .m13]),
            errorCodes: [],
            problem: Localized(
                ptBR: "Não é possível desativar a verificação em duas etapas (2FA) do número",
                en: "Two-step verification (2FA) can't be turned off for the number",
                es: "No es posible desactivar la verificación en dos pasos (2FA) del número"
            ),
            cause: Localized(
                ptBR: "A 2FA não pode ser desativada pela API: só um administrador da conta do WhatsApp Business (WABA) consegue desativá-la no Gerenciador do WhatsApp, e a mudança só vale depois de confirmada pelo e-mail que a Meta envia.",
                en: "2FA can't be turned off through the API: only an admin of the WhatsApp Business Account (WABA) can turn it off in WhatsApp Manager, and the change takes effect only once it is confirmed through the email Meta sends.",
                es: "La 2FA no se puede desactivar por la API: solo un administrador de la cuenta de WhatsApp Business (WABA) puede desactivarla en el Administrador de WhatsApp, y el cambio solo se aplica después de confirmarlo en el correo electrónico que envía Meta."
            ),
            responsible: .currentBSP,
            solution: Localized(
                ptBR: "Peça ao BSP atual que um administrador da WABA desative a 2FA no Gerenciador do WhatsApp e clique no link de confirmação do e-mail da Meta. Depois que o número for migrado, ative a 2FA de novo com um PIN novo.",
                en: "Ask your current BSP to have a WABA admin turn off 2FA in WhatsApp Manager and click the confirmation link in Meta's email. Once the number has been migrated, turn 2FA back on with a new PIN.",
                es: "Pida a su BSP actual que un administrador de la WABA desactive la 2FA en el Administrador de WhatsApp y haga clic en el enlace de confirmación del correo de Meta. Cuando el número ya esté migrado, vuelva a activar la 2FA con un PIN nuevo."
            ),
            wait: Localized(
                ptBR: "Nenhuma espera: a mudança vale assim que o administrador confirma pelo link do e-mail da Meta.",
                en: "No wait: the change takes effect as soon as the admin confirms through the link in Meta's email.",
                es: "Ninguna espera: el cambio se aplica en cuanto el administrador lo confirma con el enlace del correo de Meta."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.verification-code-not-received", sources: [.metaAPI, .providerDocs], facts: [.m11, .m16]),
            errorCodes: [],
            problem: Localized(
                ptBR: "O código de verificação não chega ao número",
                en: "The verification code never reaches the number",
                es: "El código de verificación no llega al número"
            ),
            cause: Localized(
                ptBR: "O código foi pedido por SMS para uma linha que não recebe SMS, como uma linha fixa ou uma linha com URA, ou o número foi informado em um formato diferente do registrado no WhatsApp.",
                en: "The code was requested by SMS for a line that can't receive text messages, such as a landline or an IVR line, or the number was entered in a different format from the one registered on WhatsApp.",
                es: "El código se solicitó por SMS para una línea que no recibe SMS, como una línea fija o una línea con IVR, o el número se ingresó con un formato distinto al registrado en WhatsApp."
            ),
            responsible: .customer,
            solution: Localized(
                ptBR: "Peça o código por ligação de voz quando a linha for fixa ou tiver URA, e deixe alguém pronto para atender. Para números brasileiros, informe o número exatamente como está registrado no WhatsApp, com ou sem o nono dígito.",
                en: "Request the code by voice call when the line is a landline or goes to an IVR, and have someone ready to answer. For Brazilian numbers, enter the number exactly as it is registered on WhatsApp, with or without the ninth digit.",
                es: "Solicite el código por llamada de voz cuando la línea sea fija o tenga IVR, y tenga a alguien listo para contestar. En los números de Brasil, ingrese el número exactamente como está registrado en WhatsApp, con o sin el noveno dígito."
            ),
            wait: Localized(
                ptBR: "Nenhuma espera: peça o código de novo pelo meio certo ainda durante a ligação de migração.",
                en: "No wait: request the code again by the right channel while you're still on the migration call.",
                es: "Ninguna espera: solicite el código de nuevo por el medio correcto durante la misma llamada de migración."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.pin-mismatch", sources: [.metaErrors, .metaRegistration, .metaTwoStep], facts: [.r8, .m13],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [133005],
            problem: Localized(
                ptBR: "O registro do número falha porque o PIN não confere",
                en: "Registering the number fails because the PIN doesn't match",
                es: "El registro del número falla porque el PIN no coincide"
            ),
            cause: Localized(
                ptBR: "O erro `133005` indica que o PIN de 6 dígitos enviado não confere com o PIN da verificação em duas etapas do número. Quase sempre, a 2FA ainda está ativa no número.",
                en: "Error `133005` means the 6-digit PIN sent doesn't match the number's two-step verification PIN. Almost always, 2FA is still on for the number.",
                es: "El error `133005` indica que el PIN de 6 dígitos enviado no coincide con el PIN de la verificación en dos pasos del número. Casi siempre, la 2FA sigue activa en el número."
            ),
            responsible: .currentBSP,
            solution: Localized(
                ptBR: "Peça ao BSP atual que confirme no Gerenciador do WhatsApp que a 2FA do número está desativada; só então a Sinch tenta registrar o número de novo.",
                en: "Ask your current BSP to confirm in WhatsApp Manager that 2FA is off for the number; only then does Sinch try to register it again.",
                es: "Pida a su BSP actual que confirme en el Administrador de WhatsApp que la 2FA del número está desactivada; solo entonces Sinch vuelve a intentar registrarlo."
            ),
            wait: Localized(
                ptBR: "Não tente de novo antes dessa confirmação: tentativas seguidas com o PIN errado levam ao erro `133008` e contam no limite de 10 tentativas em 72 horas.",
                en: "Don't try again before that confirmation: repeated attempts with a wrong PIN lead to error `133008` and count toward the limit of 10 attempts in 72 hours.",
                es: "No vuelva a intentarlo antes de esa confirmación: los intentos seguidos con un PIN incorrecto llevan al error `133008` y cuentan para el límite de 10 intentos en 72 horas."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.too-many-pin-guesses", sources: [.metaErrors], facts: [.r8],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [133008],
            problem: Localized(
                ptBR: "O registro é recusado por excesso de tentativas de PIN",
                en: "Registration is refused after too many PIN guesses",
                es: "El registro se rechaza por demasiados intentos de PIN"
            ),
            cause: Localized(
                ptBR: "O erro `133008` indica que houve tentativas demais com o PIN da verificação em duas etapas em pouco tempo.",
                en: "Error `133008` means there were too many two-step verification PIN guesses in a short time.",
                es: "El error `133008` indica que hubo demasiados intentos con el PIN de la verificación en dos pasos en poco tiempo."
            ),
            responsible: .destinationBSP,
            solution: Localized(
                ptBR: "A Sinch interrompe as tentativas. Enquanto isso, o BSP atual confirma que a 2FA do número está desativada, para que a próxima tentativa não use um PIN errado.",
                en: "Sinch stops trying. Meanwhile, your current BSP confirms that 2FA is off for the number, so the next attempt doesn't use a wrong PIN.",
                es: "Sinch deja de intentarlo. Mientras tanto, su BSP actual confirma que la 2FA del número está desactivada, para que el próximo intento no use un PIN incorrecto."
            ),
            wait: Localized(
                ptBR: "Espere antes de tentar de novo; a Sinch combina com você o novo horário da tentativa.",
                en: "Wait before trying again; Sinch agrees the time of the next attempt with you.",
                es: "Espere antes de volver a intentarlo; Sinch acuerda con usted el horario del próximo intento."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.account-locked", sources: [.metaErrors], facts: [.r8],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [131031],
            problem: Localized(
                ptBR: "A Meta informa que a conta está bloqueada",
                en: "Meta reports that the account is locked",
                es: "Meta informa que la cuenta está bloqueada"
            ),
            cause: Localized(
                ptBR: "O erro `131031` indica que a conta foi bloqueada; um PIN errado no registro é uma das causas.",
                en: "Error `131031` means the account has been locked; a wrong PIN at registration is one cause.",
                es: "El error `131031` indica que la cuenta fue bloqueada; un PIN incorrecto en el registro es una de las causas."
            ),
            responsible: .destinationBSP,
            solution: Localized(
                ptBR: "A Sinch verifica com você a causa do bloqueio. Se foi um PIN errado, o BSP atual confirma que a 2FA está desativada antes de qualquer nova tentativa.",
                en: "Sinch works out the cause of the lock with you. If it was a wrong PIN, your current BSP confirms that 2FA is off before any new attempt.",
                es: "Sinch revisa con usted la causa del bloqueo. Si fue un PIN incorrecto, su BSP actual confirma que la 2FA está desactivada antes de cualquier nuevo intento."
            ),
            wait: Localized(
                ptBR: "Não tente registrar o número enquanto a conta estiver bloqueada; a Sinch avisa quando for possível tentar de novo.",
                en: "Don't try to register the number while the account is locked; Sinch tells you when it can be tried again.",
                es: "No intente registrar el número mientras la cuenta esté bloqueada; Sinch le avisa cuándo se puede volver a intentar."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.registration-attempts-exceeded", sources: [.metaErrors, .metaRegistration], facts: [.r8, .m12],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [133016],
            problem: Localized(
                ptBR: "O registro é bloqueado por excesso de tentativas",
                en: "Registration is blocked after too many attempts",
                es: "El registro se bloquea por exceso de intentos"
            ),
            cause: Localized(
                ptBR: "O erro `133016` indica mais de 10 tentativas de registro do número em 72 horas.",
                en: "Error `133016` means there were more than 10 registration attempts for the number within 72 hours.",
                es: "El error `133016` indica más de 10 intentos de registro del número en 72 horas."
            ),
            responsible: .destinationBSP,
            solution: Localized(
                ptBR: "A Sinch para de tentar e programa com você uma nova ligação de migração depois do bloqueio. Antes dela, confirme que a 2FA está desativada e que a linha do número recebe o código.",
                en: "Sinch stops trying and books a new migration call with you for after the block. Before it, make sure 2FA is off and the number's line receives the code.",
                es: "Sinch deja de intentarlo y programa con usted una nueva llamada de migración para después del bloqueo. Antes de ella, confirme que la 2FA está desactivada y que la línea del número recibe el código."
            ),
            wait: Localized(
                ptBR: "72 horas: o registro do número fica bloqueado durante esse período.",
                en: "72 hours: registration of the number stays blocked for that long.",
                es: "72 horas: el registro del número queda bloqueado durante ese tiempo."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.certificate-not-created", sources: [.metaErrors, .metaAPI], facts: [.r8, .m11],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [2388001],
            problem: Localized(
                ptBR: "A migração falha com o erro `2388001`",
                en: "The migration fails with error `2388001`",
                es: "La migración falla con el error `2388001`"
            ),
            cause: Localized(
                ptBR: "A Meta não consegue criar o certificado do número: a posse do número ainda não foi confirmada com o código de verificação, ou o número ainda está registrado no WhatsApp ou no app WhatsApp Business.",
                en: "Meta can't create the number's certificate: ownership of the number hasn't been confirmed with the verification code yet, or the number is still registered on WhatsApp or on the WhatsApp Business app.",
                es: "Meta no puede crear el certificado del número: la propiedad del número todavía no se confirmó con el código de verificación, o el número sigue registrado en WhatsApp o en la app WhatsApp Business."
            ),
            responsible: .customer,
            solution: Localized(
                ptBR: "Informe o código de verificação que chegou ao número. Se o número estiver no app WhatsApp Business, ele não usa este processo: veja a rota própria desses números em “O número não pode ser migrado”.",
                en: "Pass on the verification code the number received. If the number is on the WhatsApp Business app, it doesn't use this process: see the route for those numbers under “The number can't be migrated”.",
                es: "Comunique el código de verificación que recibió el número. Si el número está en la app WhatsApp Business, no usa este proceso: consulte la ruta propia de esos números en “El número no se puede migrar”."
            ),
            wait: Localized(
                ptBR: "Nenhuma espera: a Sinch tenta de novo assim que o código for confirmado.",
                en: "No wait: Sinch tries again as soon as the code is confirmed.",
                es: "Ninguna espera: Sinch vuelve a intentarlo en cuanto se confirma el código."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.number-already-on-destination", sources: [.metaErrors], facts: [.r8],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [2388012],
            problem: Localized(
                ptBR: "A migração é recusada com o erro `2388012`",
                en: "The migration is refused with error `2388012`",
                es: "La migración se rechaza con el error `2388012`"
            ),
            cause: Localized(
                ptBR: "O número já está na WABA de destino, então não há o que migrar.",
                en: "The number is already on the destination WABA, so there is nothing to migrate.",
                es: "El número ya está en la WABA de destino, así que no hay nada que migrar."
            ),
            responsible: .destinationBSP,
            solution: Localized(
                ptBR: "A Sinch confirma que o número está na WABA de destino e segue para os passos de depois da migração.",
                en: "Sinch confirms that the number is on the destination WABA and moves on to the steps after the migration.",
                es: "Sinch confirma que el número está en la WABA de destino y continúa con los pasos posteriores a la migración."
            ),
            wait: Localized(
                ptBR: "Nenhuma espera.",
                en: "No wait.",
                es: "Ninguna espera."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.number-not-being-migrated", sources: [.metaErrors], facts: [.r8],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [2388091, 2388093],
            problem: Localized(
                ptBR: "A Meta informa que o número não está em migração",
                en: "Meta reports that the number isn't being migrated",
                es: "Meta informa que el número no está en migración"
            ),
            cause: Localized(
                ptBR: "Os erros `2388091` e `2388093` indicam que a migração do número não foi iniciada ou não está mais em andamento na WABA de destino.",
                en: "Errors `2388091` and `2388093` mean the number's migration wasn't started, or is no longer in progress, on the destination WABA.",
                es: "Los errores `2388091` y `2388093` indican que la migración del número no se inició o ya no está en curso en la WABA de destino."
            ),
            responsible: .destinationBSP,
            solution: Localized(
                ptBR: "A Sinch inicia a migração de novo a partir da WABA de destino.",
                en: "Sinch starts the migration again from the destination WABA.",
                es: "Sinch vuelve a iniciar la migración desde la WABA de destino."
            ),
            wait: Localized(
                ptBR: "Nenhuma espera: a nova tentativa pode ser feita na mesma ligação.",
                en: "No wait: the new attempt can be made on the same call.",
                es: "Ninguna espera: el nuevo intento se puede hacer en la misma llamada."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.destination-not-ready",
                sources: [.metaAPI, .metaEmbeddedSignup, .metaErrors, .providerDocs], facts: [.m1, .m2, .m3, .m4, .r8],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [2388103],
            problem: Localized(
                ptBR: "A migração é rejeitada com o erro `2388103`",
                en: "The migration is rejected with error `2388103`",
                es: "La migración se rechaza con el error `2388103`"
            ),
            cause: Localized(
                ptBR: "A WABA de destino ainda não está pronta: falta uma forma de pagamento ou linha de crédito compartilhada, nenhum app está inscrito nos seus webhooks, o nome de exibição não está aprovado ou tem alteração pendente, a WABA atual e a de destino estão em portfólios empresariais diferentes, ou o número pode ser adicionado diretamente, sem migração.",
                en: "The destination WABA isn't ready yet: it has no payment method or shared credit line, no app is subscribed to its webhooks, the display name isn't approved or has a change pending, the current and destination WABAs are in different business portfolios, or the number can be added directly without a migration.",
                es: "La WABA de destino todavía no está lista: no tiene un método de pago ni una línea de crédito compartida, ninguna app está suscrita a sus webhooks, el nombre visible no está aprobado o tiene un cambio pendiente, la WABA actual y la de destino están en portfolios comerciales distintos, o el número se puede agregar directamente, sin migración."
            ),
            responsible: .destinationBSP,
            solution: Localized(
                ptBR: "A Sinch revisa a WABA de destino e corrige a forma de pagamento, a inscrição nos webhooks e o portfólio empresarial; você confirma que o nome de exibição está aprovado e sem alteração pendente. Depois disso, a Sinch inicia a migração de novo, ou adiciona o número diretamente se ele não precisar de migração.",
                en: "Sinch reviews the destination WABA and fixes the payment method, the webhook subscription and the business portfolio; you make sure the display name is approved with no change pending. Sinch then starts the migration again, or adds the number directly if it needs no migration.",
                es: "Sinch revisa la WABA de destino y corrige el método de pago, la suscripción a los webhooks y el portfolio comercial; usted confirma que el nombre visible está aprobado y sin cambios pendientes. Después, Sinch vuelve a iniciar la migración, o agrega el número directamente si no necesita migración."
            ),
            wait: Localized(
                ptBR: "Nenhuma espera depois da correção, exceto quando o nome de exibição está em análise: aí é preciso aguardar a decisão da Meta.",
                en: "No wait once it's fixed, unless the display name is under review: then you wait for Meta's decision.",
                es: "Ninguna espera después de la corrección, salvo cuando el nombre visible está en revisión: entonces hay que esperar la decisión de Meta."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.display-name-not-approved", sources: [.metaAPI, .metaEmbeddedSignup, .metaErrors],
                facts: [.m3]),
            errorCodes: [],
            problem: Localized(
                ptBR: "O nome de exibição do número não está aprovado",
                en: "The number's display name isn't approved",
                es: "El nombre visible del número no está aprobado"
            ),
            cause: Localized(
                ptBR: "A Meta só migra números com o nome de exibição aprovado e sem alteração de nome pendente; um nome em análise ou rejeitado bloqueia a migração.",
                en: "Meta only migrates numbers whose display name is approved with no name change pending; a name that is under review or was rejected blocks the migration.",
                es: "Meta solo migra números cuyo nombre visible está aprobado y sin cambios de nombre pendientes; un nombre en revisión o rechazado bloquea la migración."
            ),
            responsible: .customer,
            solution: Localized(
                ptBR: "Veja o status do nome no Gerenciador do WhatsApp. Se estiver em análise, aguarde a decisão da Meta sem pedir novas alterações; se foi rejeitado, ajuste-o às diretrizes de nome de exibição da Meta e envie de novo. Agende a migração só depois da aprovação.",
                en: "Check the name's status in WhatsApp Manager. If it's under review, wait for Meta's decision without requesting further changes; if it was rejected, adjust it to Meta's display name guidelines and resubmit it. Schedule the migration only after it is approved.",
                es: "Revise el estado del nombre en el Administrador de WhatsApp. Si está en revisión, espere la decisión de Meta sin solicitar nuevos cambios; si fue rechazado, ajústelo a las directrices de nombre visible de Meta y vuelva a enviarlo. Programe la migración solo después de la aprobación."
            ),
            wait: Localized(
                ptBR: "Até a Meta decidir sobre o nome; só então programe a migração.",
                en: "Until Meta decides on the name; schedule the migration only then.",
                es: "Hasta que Meta decida sobre el nombre; programe la migración solo entonces."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.templates-missing",
                sources: [.seed, .metaTemplates, .metaAPI, .metaEmbeddedSignup, .metaBusinessSuite, .metaErrors],
                facts: [.s19, .s20, .s21, .m7, .m8, .m9, .r7, .r8],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [2388019],
            problem: Localized(
                ptBR: "Alguns templates de mensagem não aparecem na WABA de destino depois da migração",
                en: "Some message templates are missing from the destination WABA after the migration",
                es: "Algunas plantillas de mensaje no aparecen en la WABA de destino después de la migración"
            ),
            cause: Localized(
                ptBR: "Só são copiados os templates aprovados e de alta qualidade (verde); os de baixa qualidade, rejeitados ou pendentes ficam para trás. A cópia também para quando a WABA de destino atinge o limite de templates (250 enquanto o portfólio empresarial não é verificado, 6.000 depois de verificado e com nome de exibição aprovado), com o erro `2388019`. Além disso, a Meta revisa a categoria dos templates copiados, que podem ficar com o status rejeitado, e os templates que já existem no destino não são sobrescritos.",
                en: "Only templates that are both approved and of high quality (green) are copied; low-quality, rejected and pending ones stay behind. Copying also stops when the destination WABA reaches its template limit (250 while the business portfolio is unverified, 6,000 once it is verified with an approved display name), with error `2388019`. On top of that, Meta re-checks the category of copied templates, so some may end up rejected, and templates that already exist at the destination aren't overwritten.",
                es: "Solo se copian las plantillas aprobadas y de alta calidad (verde); las de baja calidad, rechazadas o pendientes se quedan atrás. La copia también se detiene cuando la WABA de destino alcanza su límite de plantillas (250 mientras el portfolio comercial no está verificado, 6000 una vez verificado y con el nombre visible aprobado), con el error `2388019`. Además, Meta vuelve a revisar la categoría de las plantillas copiadas, que pueden quedar rechazadas, y las plantillas que ya existen en el destino no se sobrescriben."
            ),
            responsible: .customer,
            solution: Localized(
                ptBR: "Compare a lista de templates da origem com a do destino e recrie os que faltam, enviando-os para aprovação. Se o limite foi atingido, exclua no destino os templates que você não usa mais. Não apague nada na origem antes de confirmar que os templates chegaram, e lembre-se de que a classificação de qualidade dos copiados recomeça como desconhecida.",
                en: "Compare the template lists at the source and the destination, and recreate the missing ones and submit them for approval. If the limit was reached, delete templates you no longer use at the destination. Don't delete anything at the source until you've confirmed the templates arrived, and keep in mind that the quality rating of copied templates restarts as unknown.",
                es: "Compare la lista de plantillas del origen con la del destino, vuelva a crear las que faltan y envíelas para aprobación. Si se alcanzó el límite, elimine en el destino las plantillas que ya no usa. No elimine nada en el origen hasta confirmar que las plantillas llegaron, y tenga en cuenta que la calificación de calidad de las plantillas copiadas vuelve a empezar como desconocida."
            ),
            wait: Localized(
                ptBR: "A classificação de qualidade dos templates copiados fica desconhecida durante cerca de 24 horas; os recriados esperam a análise da Meta.",
                en: "The quality rating of copied templates stays unknown for about the first 24 hours; recreated ones wait for Meta's review.",
                es: "La calificación de calidad de las plantillas copiadas es desconocida durante unas 24 horas; las que se vuelven a crear esperan la revisión de Meta."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(id: "trouble.new-phone-number-id", sources: [.metaAPI], facts: [.m10]),
            errorCodes: [],
            problem: Localized(
                ptBR: "Integrações param de funcionar depois da migração",
                en: "Integrations stop working after the migration",
                es: "Las integraciones dejan de funcionar después de la migración"
            ),
            cause: Localized(
                ptBR: "O número migrado recebe um novo ID do número de telefone, e webhooks, CRM ou chatbot que ainda usam o ID antigo deixam de encontrá-lo. Os IDs de mídia e de mensagens continuam válidos.",
                en: "The migrated number gets a new phone number ID, so webhooks, CRMs and chatbots that still use the old ID can no longer reach it. Media and message IDs keep working.",
                es: "El número migrado recibe un nuevo ID del número de teléfono, y los webhooks, el CRM o el chatbot que siguen usando el ID anterior ya no lo encuentran. Los ID de contenido multimedia y de mensajes siguen siendo válidos."
            ),
            responsible: .customer,
            solution: Localized(
                ptBR: "Atualize o ID do número de telefone em todas as integrações (webhooks, CRM, chatbot) logo após a migração; não é preciso alterar os IDs de mídia nem de mensagens já existentes.",
                en: "Update the phone number ID in every integration (webhooks, CRM, chatbot) right after the migration; existing media and message IDs don't need to change.",
                es: "Actualice el ID del número de teléfono en todas las integraciones (webhooks, CRM, chatbot) justo después de la migración; no es necesario cambiar los ID de contenido multimedia ni de mensajes existentes."
            ),
            wait: Localized(
                ptBR: "Nenhuma espera: o novo ID vale assim que o número chega à WABA de destino.",
                en: "No wait: the new ID works as soon as the number arrives in the destination WABA.",
                es: "Ninguna espera: el nuevo ID funciona en cuanto el número llega a la WABA de destino."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(id: "trouble.brazilian-ninth-digit", sources: [.providerDocs], facts: [.m16]),
            errorCodes: [],
            problem: Localized(
                ptBR: "Um número brasileiro não é encontrado ou não recebe o código de verificação",
                en: "A Brazilian number isn't found or doesn't receive the verification code",
                es: "Un número de Brasil no se encuentra o no recibe el código de verificación"
            ),
            cause: Localized(
                ptBR: "O número foi informado com o nono dígito quando está registrado no WhatsApp sem ele, ou o contrário.",
                en: "The number was entered with the ninth digit while it is registered on WhatsApp without it, or the other way round.",
                es: "El número se ingresó con el noveno dígito cuando está registrado en WhatsApp sin él, o al revés."
            ),
            responsible: .customer,
            solution: Localized(
                ptBR: "Confira com o BSP atual como o número aparece no WhatsApp e informe-o exatamente assim, com ou sem o nono dígito.",
                en: "Check with your current BSP how the number appears on WhatsApp and enter it exactly that way, with or without the ninth digit.",
                es: "Confirme con su BSP actual cómo aparece el número en WhatsApp e ingréselo exactamente así, con o sin el noveno dígito."
            ),
            wait: Localized(
                ptBR: "Nenhuma espera: peça o código de novo com o número no formato certo.",
                en: "No wait: request the code again with the number in the right format.",
                es: "Ninguna espera: solicite el código de nuevo con el número en el formato correcto."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.number-not-eligible", sources: [.seed, .metaAPI, .metaEmbeddedSignup, .metaErrors, .metaCoexistence, .sinchCoexistence],
                facts: [.s26, .s29, .s30, .m6, .r14],
                lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [],
            problem: Localized(
                ptBR: "O número não pode ser migrado",
                en: "The number can't be migrated",
                es: "El número no se puede migrar"
            ),
            cause: Localized(
                ptBR: "O número está no app WhatsApp Business ou é um número de teste do WhatsApp, ou a WABA atual ainda não tem a verificação da empresa e o status da conta aprovados.",
                en: "The number is on the WhatsApp Business app or is a WhatsApp test number, or the current WABA doesn't yet have approved business verification and an approved account status.",
                es: "El número está en la app WhatsApp Business o es un número de prueba de WhatsApp, o la WABA actual todavía no tiene aprobados la verificación del negocio y el estado de la cuenta."
            ),
            responsible: .customer,
            solution: Localized(
                ptBR: "Um número do app WhatsApp Business entra na plataforma pelo fluxo da Meta para usuários do app (coexistência: a empresa continua usando o app e a plataforma envia pelo mesmo número, o que a Sinch oferece), ou é registrado como número novo depois que a conta dele no app é excluída. Um número de teste não pode ser migrado: registre um número real. Se o problema for a WABA atual, conclua a verificação da empresa e aguarde a aprovação do status da conta antes de pedir a migração de novo.",
                en: "A WhatsApp Business app number joins the platform through Meta's flow for app users (coexistence: the business keeps using the app and the platform sends through the same number, which Sinch supports), or is registered as a new number once its app account is deleted. A test number can't be migrated at all: register a real number. If the current WABA is the problem, complete business verification and wait for the account status to be approved before asking for the migration again.",
                es: "Un número de la app WhatsApp Business entra en la plataforma con el flujo de Meta para usuarios de la app (coexistencia: la empresa sigue usando la app y la plataforma envía por el mismo número, algo que Sinch ofrece), o se registra como número nuevo después de eliminar su cuenta en la app. Un número de prueba no se puede migrar: registre un número real. Si el problema es la WABA actual, complete la verificación del negocio y espere la aprobación del estado de la cuenta antes de solicitar la migración de nuevo."
            ),
            wait: Localized(
                ptBR: "Para um número do app ou de teste, nenhuma espera: a rota é outra. Para a WABA atual, até a Meta aprovar a verificação e o status da conta.",
                en: "For an app or test number, no wait: it takes another route. For the current WABA, until Meta approves verification and the account status.",
                es: "Para un número de la app o de prueba, ninguna espera: la ruta es otra. Para la WABA actual, hasta que Meta apruebe la verificación y el estado de la cuenta."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(id: "trouble.on-premises-number", sources: [.metaEmbeddedSignup, .providerDocs], facts: [.m15, .r4], lastChecked: RuleBook.revisionCheckedOn),
            errorCodes: [],
            problem: Localized(
                ptBR: "O número ainda está na On-Premises API no BSP atual",
                en: "The number is still on the On-Premises API at the current BSP",
                es: "El número todavía está en la On-Premises API en el BSP actual"
            ),
            cause: Localized(
                ptBR: "Desde 23/10/2025, números na API On-Premises não enviam nem recebem mensagens; todo número migrado é registrado na Cloud API.",
                en: "Since 2025-10-23, numbers on the On-Premises API can't send or receive messages; every migrated number is registered on the Cloud API.",
                es: "Desde el 23/10/2025, los números en la API On-Premises no envían ni reciben mensajes; todo número migrado se registra en la Cloud API."
            ),
            responsible: .customer,
            solution: Localized(
                ptBR: "Trate a migração como urgente: informe no ticket que o número está na API On-Premises. A Sinch registra o número na Cloud API durante a migração, e qualquer integração que dependia da API On-Premises precisa ser adaptada à Cloud API.",
                en: "Treat the migration as urgent: say in the ticket that the number is on the On-Premises API. Sinch registers it on the Cloud API during the migration, and any integration that relied on the On-Premises API has to be adapted to the Cloud API.",
                es: "Trate la migración como urgente: indique en el ticket que el número está en la API On-Premises. Sinch lo registra en la Cloud API durante la migración, y cualquier integración que dependía de la API On-Premises debe adaptarse a la Cloud API."
            ),
            wait: Localized(
                ptBR: "Nenhuma espera: o número já está parado, então quanto antes a migração, melhor.",
                en: "No wait: the number is already stopped, so the sooner it migrates, the better.",
                es: "Ninguna espera: el número ya está detenido, así que cuanto antes se migre, mejor."
            )
        ),
    ]
}
