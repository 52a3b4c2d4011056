extension RuleBook {
    /// The eligibility criteria, source account first, then each number, then the destination WABA (S26–S30, M1–M4, M6, M11, M13, R5).
    static let criteria: [EligibilityCriterion] = [
        EligibilityCriterion(
            RuleProvenance(id: CriterionID.sourceBusinessVerification.rawValue, sources: [.seed], facts: [.s29]),
            scope: .source,
            fact: .businessVerification,
            metValues: ["approved"],
            unmetValues: ["pending", "rejected"],
            responsible: .customer,
            requirement: Localized(
                ptBR: "A verificação da empresa (Business Verification) da WABA atual está concluída e aprovada.",
                en: "Business verification of the current WABA is complete and approved.",
                es: "La verificación del negocio (Business Verification) de la WABA actual está completa y aprobada."
            ),
            remedy: Localized(
                ptBR: "Conclua a verificação da empresa no Business Manager e aguarde a aprovação da Meta; se ela foi rejeitada, corrija os documentos indicados e envie de novo antes de agendar a migração.",
                en: "Complete business verification in Business Manager and wait for Meta to approve it; if it was rejected, fix the documents Meta flagged and resubmit before scheduling the migration.",
                es: "Complete la verificación del negocio en Business Manager y espere la aprobación de Meta; si fue rechazada, corrija los documentos señalados y vuelva a enviarlos antes de programar la migración."
            )
        ),
        EligibilityCriterion(
            RuleProvenance(id: CriterionID.sourceAccountReview.rawValue, sources: [.seed], facts: [.s30]),
            scope: .source,
            fact: .accountReview,
            metValues: ["approved"],
            unmetValues: ["pending", "rejected"],
            responsible: .customer,
            requirement: Localized(
                ptBR: "O status da conta do WhatsApp Business (WABA) de origem está aprovado.",
                en: "The source WhatsApp Business Account (WABA) has an approved account status.",
                es: "La cuenta de WhatsApp Business (WABA) de origen tiene un estado de cuenta aprobado."
            ),
            remedy: Localized(
                ptBR: "Confira o status da WABA no Gerenciador do WhatsApp: se a análise estiver pendente, aguarde a decisão da Meta; se a conta foi rejeitada, peça uma nova análise e só agende a migração depois da aprovação.",
                en: "Check the WABA's status in WhatsApp Manager: if the review is still pending, wait for Meta's decision; if the account was rejected, request another review and schedule the migration only once it is approved.",
                es: "Revise el estado de la WABA en el Administrador de WhatsApp: si la revisión sigue pendiente, espere la decisión de Meta; si la cuenta fue rechazada, solicite una nueva revisión y programe la migración solo cuando esté aprobada."
            )
        ),
        EligibilityCriterion(
            RuleProvenance(
                id: CriterionID.numberTwoFactorDisabled.rawValue, sources: [.seed, .metaTwoStep, .providerDocs],
                facts: [.s27, .s28, .m13]),
            scope: .number,
            fact: .twoFactor,
            metValues: ["disabled"],
            unmetValues: ["enabled"],
            responsible: .currentBSP,
            requirement: Localized(
                ptBR: "A verificação em duas etapas (2FA) está desativada no número.",
                en: "Two-step verification (2FA) is turned off for the number.",
                es: "La verificación en dos pasos (2FA) está desactivada en el número."
            ),
            remedy: Localized(
                ptBR: "Peça que {current_bsp} desative a verificação em duas etapas (2FA) do número {number}. Isso não pode ser feito pela API: um administrador da WABA desativa a 2FA no Gerenciador do WhatsApp e confirma pelo link que a Meta envia por e-mail. Depois da migração, ative a 2FA de novo.",
                en: "Ask {current_bsp} to turn off two-step verification (2FA) for the number {number}. It can't be done through the API: an admin of the WABA turns 2FA off in WhatsApp Manager and confirms through the link Meta sends by email. Turn 2FA back on once the migration is complete.",
                es: "Pida a {current_bsp} que desactive la verificación en dos pasos (2FA) del número {number}. No se puede hacer por la API: un administrador de la WABA desactiva la 2FA en el Administrador de WhatsApp y lo confirma con el enlace que Meta envía por correo electrónico. Vuelva a activar la 2FA cuando termine la migración."
            )
        ),
        EligibilityCriterion(
            RuleProvenance(
                id: CriterionID.numberDisplayNameApproved.rawValue, sources: [.metaAPI, .metaEmbeddedSignup, .metaErrors],
                facts: [.m3]),
            scope: .number,
            fact: .displayNameStatus,
            metValues: ["approved"],
            unmetValues: ["pending", "rejected"],
            responsible: .customer,
            requirement: Localized(
                ptBR: "O nome de exibição do número está aprovado e não há nenhuma alteração de nome pendente.",
                en: "The number's display name is approved, with no name change pending.",
                es: "El nombre visible del número está aprobado y no hay ningún cambio de nombre pendiente."
            ),
            remedy: Localized(
                ptBR: "Se o nome de exibição do número {number} estiver em análise, aguarde a decisão da Meta; se foi rejeitado, ajuste-o às diretrizes da Meta e envie de novo. Não solicite outra alteração de nome até a migração terminar.",
                en: "If the display name of the number {number} is under review, wait for Meta's decision; if it was rejected, adjust it to Meta's display name guidelines and resubmit it. Don't request another name change until the migration is complete.",
                es: "Si el nombre visible del número {number} está en revisión, espere la decisión de Meta; si fue rechazado, ajústelo a las directrices de Meta y vuelva a enviarlo. No solicite otro cambio de nombre hasta que termine la migración."
            )
        ),
        EligibilityCriterion(
            RuleProvenance(
                id: CriterionID.numberEligibleKind.rawValue, sources: [.seed, .metaAPI, .metaEmbeddedSignup, .metaCoexistence, .sinchCoexistence],
                facts: [.m6, .s26, .r14], lastChecked: RuleBook.revisionCheckedOn),
            scope: .number,
            fact: .numberKind,
            metValues: ["business_api"],
            unmetValues: ["business_app", "test"],
            responsible: .customer,
            requirement: Localized(
                ptBR: "O número está registrado na Plataforma WhatsApp Business; não é um número do app WhatsApp Business nem um número de teste.",
                en: "The number is registered on the WhatsApp Business Platform, not on the WhatsApp Business app, and it isn't a test number.",
                es: "El número está registrado en la Plataforma de WhatsApp Business; no es un número de la app WhatsApp Business ni un número de prueba."
            ),
            remedy: Localized(
                ptBR: "O número {number} não pode usar esta migração. Um número do app WhatsApp Business entra na plataforma pela coexistência ou é registrado como um número novo; um número de teste não pode ser migrado, e um número real o substitui. A seção do número explica a rota dele.",
                en: "The number {number} can't use this migration. A WhatsApp Business app number joins the platform through coexistence or is registered as a new number; a test number can't be migrated, and a real number takes its place. The number's section explains its route.",
                es: "El número {number} no puede usar esta migración. Un número de la app WhatsApp Business entra en la plataforma con la coexistencia o se registra como un número nuevo; un número de prueba no se puede migrar, y un número real lo reemplaza. La sección del número explica su ruta."
            )
        ),
        EligibilityCriterion(
            RuleProvenance(id: CriterionID.numberCodeDelivery.rawValue, sources: [.metaAPI], facts: [.m11]),
            scope: .number,
            fact: .codeDelivery,
            metValues: ["sms", "voice"],
            unmetValues: ["unreachable"],
            responsible: .customer,
            requirement: Localized(
                ptBR: "O número consegue receber o código de verificação por SMS ou por ligação de voz.",
                en: "The number can receive the verification code by SMS or by voice call.",
                es: "El número puede recibir el código de verificación por SMS o por llamada de voz."
            ),
            remedy: Localized(
                ptBR: "Garanta que o número {number} receba o código de verificação no dia da migração: linhas fixas e linhas com URA só recebem por ligação de voz, então deixe alguém pronto para atender ou desvie a linha temporariamente para um telefone que possa ser atendido.",
                en: "Make sure the number {number} can receive the verification code on migration day: landlines and IVR lines only get it by voice call, so have someone ready to answer, or temporarily forward the line to a phone a person can pick up.",
                es: "Asegúrese de que el número {number} pueda recibir el código de verificación el día de la migración: las líneas fijas y las líneas con IVR solo lo reciben por llamada de voz, así que tenga a alguien listo para contestar o desvíe la línea temporalmente a un teléfono que una persona pueda atender."
            )
        ),
        EligibilityCriterion(
            RuleProvenance(
                id: CriterionID.destinationPaymentMethod.rawValue, sources: [.metaAPI, .metaEmbeddedSignup, .metaErrors],
                facts: [.m1]),
            scope: .destination,
            fact: .paymentMethod,
            metValues: ["true"],
            unmetValues: ["false"],
            responsible: .destinationBSP,
            requirement: Localized(
                ptBR: "A WABA de destino tem uma forma de pagamento ou uma linha de crédito compartilhada.",
                en: "The destination WABA has a payment method or a shared credit line.",
                es: "La WABA de destino tiene un método de pago o una línea de crédito compartida."
            ),
            remedy: Localized(
                ptBR: "A Sinch vincula uma forma de pagamento ou uma linha de crédito compartilhada à WABA de destino antes de iniciar a migração; você não precisa fazer nada.",
                en: "Sinch attaches a payment method or a shared credit line to the destination WABA before starting the migration; nothing is needed from you.",
                es: "Sinch asocia un método de pago o una línea de crédito compartida a la WABA de destino antes de iniciar la migración; usted no necesita hacer nada."
            )
        ),
        EligibilityCriterion(
            RuleProvenance(
                id: CriterionID.destinationWebhookSubscription.rawValue, sources: [.metaAPI, .metaErrors], facts: [.m2]),
            scope: .destination,
            fact: .webhookSubscription,
            metValues: ["true"],
            unmetValues: ["false"],
            responsible: .destinationBSP,
            requirement: Localized(
                ptBR: "A WABA de destino tem pelo menos um app inscrito nos seus webhooks.",
                en: "At least one app is subscribed to the destination WABA's webhooks.",
                es: "La WABA de destino tiene al menos una app suscrita a sus webhooks."
            ),
            remedy: Localized(
                ptBR: "A Sinch inscreve o próprio app nos webhooks da WABA de destino antes de iniciar a migração, como a Cloud API exige.",
                en: "Sinch subscribes its app to the destination WABA's webhooks before starting the migration, as the Cloud API requires.",
                es: "Sinch suscribe su app a los webhooks de la WABA de destino antes de iniciar la migración, como lo exige la Cloud API."
            )
        ),
        EligibilityCriterion(
            RuleProvenance(
                id: CriterionID.destinationSameBusiness.rawValue, sources: [.metaErrors, .providerDocs], facts: [.m4]),
            scope: .destination,
            fact: .sameBusiness,
            metValues: ["true"],
            unmetValues: ["false"],
            responsible: .destinationBSP,
            requirement: Localized(
                ptBR: "A WABA atual e a WABA de destino pertencem ao mesmo portfólio empresarial da Meta (Business Manager).",
                en: "The current and destination WABAs belong to the same Meta business portfolio (Business Manager).",
                es: "La WABA actual y la WABA de destino pertenecen al mismo portfolio comercial de Meta (Business Manager)."
            ),
            remedy: Localized(
                ptBR: "A Sinch cria a WABA de destino no mesmo portfólio empresarial (Business Manager) da sua WABA atual, usando o ID informado no ticket; confira se o ID enviado é o correto.",
                en: "Sinch creates the destination WABA in the same business portfolio (Business Manager) as your current WABA, using the ID you gave in the ticket; check that it's the right one.",
                es: "Sinch crea la WABA de destino en el mismo portfolio comercial (Business Manager) que su WABA actual, con el ID indicado en el ticket; verifique que el ID que envió sea el correcto."
            )
        ),
        EligibilityCriterion(
            RuleProvenance(
                id: CriterionID.destinationVerificationAndReview.rawValue, sources: [.metaAPI], facts: [.r5],
                lastChecked: RuleBook.revisionCheckedOn),
            scope: .destination,
            fact: .destinationVerification,
            metValues: ["approved"],
            unmetValues: ["pending", "rejected"],
            responsible: .customer,
            requirement: Localized(
                ptBR: "A verificação da empresa e a análise da WABA de destino estão concluídas e aprovadas.",
                en: "Business verification and the WABA review of the destination WABA are complete and approved.",
                es: "La verificación del negocio y la revisión de la WABA de destino están completas y aprobadas."
            ),
            remedy: Localized(
                ptBR: "A Meta só aceita o número em uma WABA de destino com a verificação da empresa e a análise da WABA aprovadas. Se a verificação estiver pendente, conclua-a no portfólio empresarial (Business Manager) e aguarde a aprovação da Meta; se algo foi rejeitado, corrija o que a Meta indicou e envie de novo. A Sinch confirma a análise da WABA de destino antes de programar a migração.",
                en: "Meta only accepts the number into a destination WABA whose business verification and WABA review are approved. If verification is pending, complete it in the business portfolio (Business Manager) and wait for Meta to approve it; if anything was rejected, fix what Meta flagged and resubmit. Sinch confirms the destination WABA's review before scheduling the migration.",
                es: "Meta solo acepta el número en una WABA de destino con la verificación del negocio y la revisión de la WABA aprobadas. Si la verificación está pendiente, complétela en el portfolio comercial (Business Manager) y espere la aprobación de Meta; si algo fue rechazado, corrija lo que Meta señaló y vuelva a enviarlo. Sinch confirma la revisión de la WABA de destino antes de programar la migración."
            )
        ),
    ]
}
