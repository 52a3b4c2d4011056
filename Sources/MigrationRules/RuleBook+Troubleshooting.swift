extension RuleBook {
    /// Common migration problems with their Meta error codes, causes and fixes (S19–S21, S26–S30, M1–M4, M6–M13, M15, M16).
    static let troubleshooting: [TroubleshootingEntry] = [
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.two-step-cannot-be-disabled", sources: [.seed, .metaTwoStep, .providerDocs],
                facts: [.s27, .s28, .m13]),
            errorCodes: [],
            problem: Localized(
                ptBR: "Não é possível desativar a verificação em duas etapas (2FA) do número.",
                en: "Two-step verification (2FA) can't be turned off for the number.",
                es: "No es posible desactivar la verificación en dos pasos (2FA) del número."
            ),
            cause: Localized(
                ptBR: "A 2FA não pode ser desativada pela API: só um administrador da conta do WhatsApp Business (WABA) consegue desativá-la no Gerenciador do WhatsApp, e a mudança só vale depois de confirmada pelo e-mail que a Meta envia.",
                en: "2FA can't be turned off through the API: only an admin of the WhatsApp Business Account (WABA) can turn it off in WhatsApp Manager, and the change takes effect only once it is confirmed through the email Meta sends.",
                es: "La 2FA no se puede desactivar por la API: solo un administrador de la cuenta de WhatsApp Business (WABA) puede desactivarla en el Administrador de WhatsApp, y el cambio solo se aplica después de confirmarlo en el correo electrónico que envía Meta."
            ),
            solution: Localized(
                ptBR: "Peça ao BSP atual que um administrador da WABA desative a 2FA no Gerenciador do WhatsApp e clique no link de confirmação do e-mail da Meta. Depois que o número for migrado, ative a 2FA de novo com um PIN novo.",
                en: "Ask your current BSP to have a WABA admin turn off 2FA in WhatsApp Manager and click the confirmation link in Meta's email. Once the number has been migrated, turn 2FA back on with a new PIN.",
                es: "Pida a su BSP actual que un administrador de la WABA desactive la 2FA en el Administrador de WhatsApp y haga clic en el enlace de confirmación del correo de Meta. Cuando el número ya esté migrado, vuelva a activar la 2FA con un PIN nuevo."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.verification-code-not-received", sources: [.metaAPI, .providerDocs], facts: [.m11, .m16]),
            errorCodes: [],
            problem: Localized(
                ptBR: "O código de verificação não chega ao número.",
                en: "The verification code never reaches the number.",
                es: "El código de verificación no llega al número."
            ),
            cause: Localized(
                ptBR: "O código foi pedido por SMS para uma linha que não recebe SMS, como uma linha fixa ou uma linha com URA, ou o número foi informado em um formato diferente do registrado no WhatsApp.",
                en: "The code was requested by SMS for a line that can't receive text messages, such as a landline or an IVR line, or the number was entered in a different format from the one registered on WhatsApp.",
                es: "El código se solicitó por SMS para una línea que no recibe SMS, como una línea fija o una línea con IVR, o el número se ingresó con un formato distinto al registrado en WhatsApp."
            ),
            solution: Localized(
                ptBR: "Peça o código por ligação de voz quando a linha for fixa ou tiver URA, e deixe alguém pronto para atender. Para números brasileiros, informe o número exatamente como está registrado no WhatsApp, com ou sem o nono dígito.",
                en: "Request the code by voice call when the line is a landline or goes to an IVR, and have someone ready to answer. For Brazilian numbers, enter the number exactly as it is registered on WhatsApp, with or without the ninth digit.",
                es: "Solicite el código por llamada de voz cuando la línea sea fija o tenga IVR, y tenga a alguien listo para contestar. En los números de Brasil, ingrese el número exactamente como está registrado en WhatsApp, con o sin el noveno dígito."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.wrong-pin-or-too-many-attempts", sources: [.metaRegistration, .metaErrors, .metaAPI],
                facts: [.m11, .m12]),
            errorCodes: [131031, 133016],
            problem: Localized(
                ptBR: "O registro do número falha com PIN incorreto ou por excesso de tentativas.",
                en: "Registering the number fails with a wrong PIN or too many attempts.",
                es: "El registro del número falla por un PIN incorrecto o por exceso de intentos."
            ),
            cause: Localized(
                ptBR: "O erro `131031` indica que o PIN de 6 dígitos enviado não confere com o PIN da verificação em duas etapas do número, o que costuma acontecer quando a 2FA não foi de fato desativada. O erro `133016` indica mais de 10 tentativas de registro em 72 horas, e o número fica bloqueado por 72 horas.",
                en: "Error `131031` means the 6-digit PIN sent doesn't match the number's two-step verification PIN, which usually happens when 2FA wasn't actually turned off. Error `133016` means there were more than 10 registration attempts within 72 hours, and the number is blocked for 72 hours.",
                es: "El error `131031` indica que el PIN de 6 dígitos enviado no coincide con el PIN de la verificación en dos pasos del número, lo que suele ocurrir cuando la 2FA no se desactivó realmente. El error `133016` indica más de 10 intentos de registro en 72 horas, y el número queda bloqueado durante 72 horas."
            ),
            solution: Localized(
                ptBR: "Não fique repetindo a tentativa: confirme com o BSP atual que a 2FA está desativada, ou obtenha o PIN correto, antes de tentar de novo. Se o número já foi bloqueado, aguarde as 72 horas e reagende a migração com a Sinch.",
                en: "Don't keep retrying: confirm with your current BSP that 2FA is off, or get the correct PIN, before the next attempt. If the number is already blocked, wait out the 72 hours and reschedule the migration with Sinch.",
                es: "No siga repitiendo el intento: confirme con su BSP actual que la 2FA está desactivada, u obtenga el PIN correcto, antes de volver a intentarlo. Si el número ya quedó bloqueado, espere las 72 horas y reprograme la migración con Sinch."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.destination-not-ready",
                sources: [.metaAPI, .metaEmbeddedSignup, .metaErrors, .providerDocs], facts: [.m1, .m2, .m3, .m4]),
            errorCodes: [2388103],
            problem: Localized(
                ptBR: "A migração é rejeitada com o erro `2388103`.",
                en: "The migration is rejected with error `2388103`.",
                es: "La migración se rechaza con el error `2388103`."
            ),
            cause: Localized(
                ptBR: "A WABA de destino ainda não está pronta: falta uma forma de pagamento ou linha de crédito compartilhada, nenhum app está inscrito nos seus webhooks, o nome de exibição não está aprovado ou tem alteração pendente, ou a WABA atual e a de destino estão em portfólios empresariais diferentes.",
                en: "The destination WABA isn't ready yet: it has no payment method or shared credit line, no app is subscribed to its webhooks, the display name isn't approved or has a change pending, or the current and destination WABAs are in different business portfolios.",
                es: "La WABA de destino todavía no está lista: no tiene un método de pago ni una línea de crédito compartida, ninguna app está suscrita a sus webhooks, el nombre visible no está aprobado o tiene un cambio pendiente, o la WABA actual y la de destino están en portfolios comerciales distintos."
            ),
            solution: Localized(
                ptBR: "A Sinch revisa a WABA de destino e corrige a forma de pagamento, a inscrição nos webhooks e o portfólio empresarial; você confirma que o nome de exibição está aprovado e sem alteração pendente. Depois disso, a Sinch inicia a migração de novo.",
                en: "Sinch reviews the destination WABA and fixes the payment method, the webhook subscription and the business portfolio; you make sure the display name is approved with no change pending. Sinch then starts the migration again.",
                es: "Sinch revisa la WABA de destino y corrige el método de pago, la suscripción a los webhooks y el portfolio comercial; usted confirma que el nombre visible está aprobado y sin cambios pendientes. Después, Sinch vuelve a iniciar la migración."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.display-name-not-approved", sources: [.metaAPI, .metaEmbeddedSignup, .metaErrors],
                facts: [.m3]),
            errorCodes: [],
            problem: Localized(
                ptBR: "O nome de exibição do número não está aprovado.",
                en: "The number's display name isn't approved.",
                es: "El nombre visible del número no está aprobado."
            ),
            cause: Localized(
                ptBR: "A Meta só migra números com o nome de exibição aprovado e sem alteração de nome pendente; um nome em análise ou reprovado bloqueia a migração.",
                en: "Meta only migrates numbers whose display name is approved with no name change pending; a name that is under review or was rejected blocks the migration.",
                es: "Meta solo migra números cuyo nombre visible está aprobado y sin cambios de nombre pendientes; un nombre en revisión o rechazado bloquea la migración."
            ),
            solution: Localized(
                ptBR: "Veja o status do nome no Gerenciador do WhatsApp. Se estiver em análise, aguarde a decisão da Meta sem pedir novas alterações; se foi reprovado, ajuste-o às diretrizes de nome de exibição da Meta e envie de novo. Agende a migração só depois da aprovação.",
                en: "Check the name's status in WhatsApp Manager. If it's under review, wait for Meta's decision without requesting further changes; if it was rejected, adjust it to Meta's display name guidelines and resubmit it. Schedule the migration only after it is approved.",
                es: "Revise el estado del nombre en el Administrador de WhatsApp. Si está en revisión, espere la decisión de Meta sin solicitar nuevos cambios; si fue rechazado, ajústelo a las directrices de nombre visible de Meta y vuelva a enviarlo. Programe la migración solo después de la aprobación."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.templates-missing",
                sources: [.seed, .metaTemplates, .metaAPI, .metaEmbeddedSignup, .metaErrors],
                facts: [.s19, .s20, .s21, .m7, .m8, .m9]),
            errorCodes: [2388019],
            problem: Localized(
                ptBR: "Alguns templates de mensagem não aparecem na WABA de destino depois da migração.",
                en: "Some message templates are missing from the destination WABA after the migration.",
                es: "Algunas plantillas de mensaje no aparecen en la WABA de destino después de la migración."
            ),
            cause: Localized(
                ptBR: "Só são copiados os templates aprovados e de alta qualidade; os de baixa qualidade, rejeitados ou pendentes ficam para trás. A cópia também para quando a WABA de destino atinge o limite de templates (250 enquanto o portfólio empresarial não é verificado, 6.000 depois de verificado e com nome de exibição aprovado), com o erro `2388019`. Além disso, a Meta revisa a categoria dos templates copiados e pode rejeitá-los, e os templates que já existem no destino não são sobrescritos.",
                en: "Only approved, high-quality templates are copied; low-quality, rejected and pending ones stay behind. Copying also stops when the destination WABA reaches its template limit (250 while the business portfolio is unverified, 6,000 once it is verified with an approved display name), with error `2388019`. On top of that, Meta re-checks the category of copied templates and may reject them, and templates that already exist at the destination are not overwritten.",
                es: "Solo se copian las plantillas aprobadas y de alta calidad; las de baja calidad, rechazadas o pendientes se quedan atrás. La copia también se detiene cuando la WABA de destino alcanza su límite de plantillas (250 mientras el portfolio comercial no está verificado, 6000 una vez verificado y con el nombre visible aprobado), con el error `2388019`. Además, Meta vuelve a revisar la categoría de las plantillas copiadas y puede rechazarlas, y las plantillas que ya existen en el destino no se sobrescriben."
            ),
            solution: Localized(
                ptBR: "Compare a lista de templates da origem com a do destino e recrie os que faltam, enviando-os para aprovação. Se o limite foi atingido, exclua no destino os templates que você não usa mais. Não apague nada na origem antes de confirmar que os templates chegaram, e lembre-se de que a classificação de qualidade dos copiados recomeça como desconhecida.",
                en: "Compare the template lists at the source and the destination, and recreate the missing ones and submit them for approval. If the limit was reached, delete templates you no longer use at the destination. Don't delete anything at the source until you've confirmed the templates arrived, and keep in mind that the quality rating of copied templates restarts as unknown.",
                es: "Compare la lista de plantillas del origen con la del destino, vuelva a crear las que faltan y envíelas para aprobación. Si se alcanzó el límite, elimine en el destino las plantillas que ya no usa. No elimine nada en el origen hasta confirmar que las plantillas llegaron, y tenga en cuenta que la calificación de calidad de las plantillas copiadas vuelve a empezar como desconocida."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(id: "trouble.new-phone-number-id", sources: [.metaAPI], facts: [.m10]),
            errorCodes: [],
            problem: Localized(
                ptBR: "Integrações param de funcionar depois da migração.",
                en: "Integrations stop working after the migration.",
                es: "Las integraciones dejan de funcionar después de la migración."
            ),
            cause: Localized(
                ptBR: "O número migrado recebe um novo ID do número de telefone, e webhooks, CRM ou chatbot que ainda usam o ID antigo deixam de encontrá-lo. Os IDs de mídia e de mensagens continuam válidos.",
                en: "The migrated number gets a new phone number ID, so webhooks, CRMs and chatbots that still use the old ID can no longer reach it. Media and message IDs keep working.",
                es: "El número migrado recibe un nuevo ID del número de teléfono, y los webhooks, el CRM o el chatbot que siguen usando el ID anterior ya no lo encuentran. Los ID de contenido multimedia y de mensajes siguen siendo válidos."
            ),
            solution: Localized(
                ptBR: "Atualize o ID do número de telefone em todas as integrações (webhooks, CRM, chatbot) logo após a migração; não é preciso alterar os IDs de mídia nem de mensagens já existentes.",
                en: "Update the phone number ID in every integration (webhooks, CRM, chatbot) right after the migration; existing media and message IDs don't need to change.",
                es: "Actualice el ID del número de teléfono en todas las integraciones (webhooks, CRM, chatbot) justo después de la migración; no es necesario cambiar los ID de contenido multimedia ni de mensajes existentes."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(id: "trouble.brazilian-ninth-digit", sources: [.providerDocs], facts: [.m16]),
            errorCodes: [],
            problem: Localized(
                ptBR: "Um número brasileiro não é encontrado ou não recebe o código de verificação.",
                en: "A Brazilian number isn't found or doesn't receive the verification code.",
                es: "Un número de Brasil no se encuentra o no recibe el código de verificación."
            ),
            cause: Localized(
                ptBR: "O número foi informado com o nono dígito quando está registrado no WhatsApp sem ele, ou o contrário.",
                en: "The number was entered with the ninth digit while it is registered on WhatsApp without it, or the other way round.",
                es: "El número se ingresó con el noveno dígito cuando está registrado en WhatsApp sin él, o al revés."
            ),
            solution: Localized(
                ptBR: "Confira com o BSP atual como o número aparece no WhatsApp e informe-o exatamente assim, com ou sem o nono dígito.",
                en: "Check with your current BSP how the number appears on WhatsApp and enter it exactly that way, with or without the ninth digit.",
                es: "Confirme con su BSP actual cómo aparece el número en WhatsApp e ingréselo exactamente así, con o sin el noveno dígito."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(
                id: "trouble.number-not-eligible", sources: [.seed, .metaAPI, .metaEmbeddedSignup, .metaErrors],
                facts: [.s26, .s29, .s30, .m6]),
            errorCodes: [2388001],
            problem: Localized(
                ptBR: "A migração é rejeitada com o erro `2388001` porque o número não é elegível.",
                en: "The migration is refused with error `2388001` because the number isn't eligible.",
                es: "La migración se rechaza con el error `2388001` porque el número no es elegible."
            ),
            cause: Localized(
                ptBR: "O número ou a conta não pode ser migrado: é um número do app WhatsApp Business ou um número de teste, ou a conta de origem ainda não tem a verificação da empresa e o status da conta aprovados.",
                en: "The number or the account can't be migrated: it's a WhatsApp Business app number or a test number, or the source account doesn't yet have approved business verification and an approved account status.",
                es: "El número o la cuenta no se puede migrar: es un número de la app WhatsApp Business o un número de prueba, o la cuenta de origen todavía no tiene aprobadas la verificación del negocio y el estado de la cuenta."
            ),
            solution: Localized(
                ptBR: "Se o número está no app WhatsApp Business ou é de teste, fale com a Sinch para fazer uma nova ativação em vez de uma migração. Se o problema é a conta de origem, conclua a verificação da empresa e aguarde a aprovação do status da conta antes de pedir a migração de novo.",
                en: "If the number is on the WhatsApp Business app or is a test number, contact Sinch to set it up as a new activation instead of a migration. If the source account is the problem, complete business verification and wait for the account status to be approved before requesting the migration again.",
                es: "Si el número está en la app WhatsApp Business o es de prueba, comuníquese con Sinch para hacer una nueva activación en lugar de una migración. Si el problema es la cuenta de origen, complete la verificación del negocio y espere la aprobación del estado de la cuenta antes de volver a solicitar la migración."
            )
        ),
        TroubleshootingEntry(
            RuleProvenance(id: "trouble.on-premises-number", sources: [.metaEmbeddedSignup, .providerDocs], facts: [.m15]),
            errorCodes: [],
            problem: Localized(
                ptBR: "O número ainda está na On-Premises API no BSP atual.",
                en: "The number is still on the On-Premises API at the current BSP.",
                es: "El número todavía está en la On-Premises API en el BSP actual."
            ),
            cause: Localized(
                ptBR: "A On-Premises API chegou ao fim da vida útil em 23 de outubro de 2025, e todo número migrado passa a ser registrado na Cloud API.",
                en: "The On-Premises API reached end of life on October 23, 2025, and every migrated number is registered on the Cloud API.",
                es: "La On-Premises API llegó al final de su vida útil el 23 de octubre de 2025, y todo número migrado queda registrado en la Cloud API."
            ),
            solution: Localized(
                ptBR: "Informe no ticket que o número está na On-Premises API. A Sinch registra o número na Cloud API durante a migração, e as integrações que dependiam da On-Premises API precisam ser adaptadas à Cloud API.",
                en: "Say in the ticket that the number is on the On-Premises API. Sinch registers it on the Cloud API during the migration, and any integration that relied on the On-Premises API has to be adapted to the Cloud API.",
                es: "Indique en el ticket que el número está en la On-Premises API. Sinch registra el número en la Cloud API durante la migración, y las integraciones que dependían de la On-Premises API deben adaptarse a la Cloud API."
            )
        ),
    ]
}
