extension RuleBook {
    /// The platform's numeric limits: template limits (M7), registration attempts and block (M12), PIN length (M11) and Sinch's duration estimate (S16, R13).
    static let limits = RuleLimits(
        templatesUnverified: RuleLimit(
            RuleProvenance(id: "limit.templates-unverified", sources: [.metaTemplates, .metaErrors], facts: [.m7, .r8],
                lastChecked: RuleBook.revisionCheckedOn),
            value: 250,
            unit: "templates",
            direction: .higherIsWider,
            text: Localized(
                ptBR: "Enquanto a verificação da sua empresa não estiver concluída, a WABA de destino comporta no máximo 250 templates; os que passarem desse limite não são copiados (erro `2388019`).",
                en: "Until your business is verified, the destination WABA holds at most 250 templates; any beyond that aren't copied (error `2388019`).",
                es: "Mientras la verificación del negocio no esté completa, la WABA de destino admite como máximo 250 plantillas; las que superen ese límite no se copian (error `2388019`).")),
        templatesVerified: RuleLimit(
            RuleProvenance(id: "limit.templates-verified", sources: [.metaTemplates], facts: [.m7]),
            value: 6000,
            unit: "templates",
            direction: .higherIsWider,
            text: Localized(
                ptBR: "Com a verificação da empresa concluída e o nome de exibição aprovado, a WABA de destino comporta até 6.000 templates.",
                en: "Once your business is verified and its display name is approved, the destination WABA holds up to 6,000 templates.",
                es: "Con la verificación del negocio completa y el nombre visible aprobado, la WABA de destino admite hasta 6000 plantillas.")),
        registrationAttempts: RuleLimit(
            RuleProvenance(id: "limit.registration-attempts", sources: [.metaRegistration, .metaErrors], facts: [.m12, .r8],
                lastChecked: RuleBook.revisionCheckedOn),
            value: 10,
            unit: "attempts",
            direction: .higherIsWider,
            text: Localized(
                ptBR: "Cada número permite no máximo 10 tentativas de registro em uma janela móvel de 72 horas.",
                en: "Each number allows at most 10 registration attempts within a rolling 72-hour window.",
                es: "Cada número admite como máximo 10 intentos de registro en una ventana móvil de 72 horas.")),
        registrationWindowHours: RuleLimit(
            RuleProvenance(id: "limit.registration-window-hours", sources: [.metaRegistration, .metaErrors], facts: [.m12, .r8],
                lastChecked: RuleBook.revisionCheckedOn),
            value: 72,
            unit: "hours",
            direction: .lowerIsWider,
            text: Localized(
                ptBR: "Ao ultrapassar 10 tentativas de registro em 72 horas, a Meta retorna o erro `133016` e bloqueia o registro do número pelas 72 horas seguintes. Um PIN que não confere retorna o erro `133005`, e tentativas demais de PIN retornam o erro `133008`: confira o PIN antes de tentar de novo.",
                en: "Past 10 registration attempts in 72 hours, Meta returns error `133016` and blocks registration of the number for the next 72 hours. A PIN that doesn't match returns error `133005`, and too many PIN guesses return error `133008`: double-check the PIN before trying again.",
                es: "Al superar 10 intentos de registro en 72 horas, Meta devuelve el error `133016` y bloquea el registro del número durante las 72 horas siguientes. Un PIN que no coincide devuelve el error `133005`, y demasiados intentos de PIN devuelven el error `133008`: verifique el PIN antes de volver a intentarlo.")),
        pinDigits: RuleLimit(
            RuleProvenance(id: "limit.pin-digits", sources: [.metaAPI], facts: [.m11]),
            value: 6,
            unit: "digits",
            direction: .lowerIsWider,
            text: Localized(
                ptBR: "O PIN usado para registrar o número tem 6 dígitos.",
                en: "The PIN used to register the number has 6 digits.",
                es: "El PIN que se usa para registrar el número tiene 6 dígitos.")),
        migrationHours: RuleLimit(
            RuleProvenance(id: "limit.migration-hours", sources: [.seed], facts: [.s16, .r13], lastChecked: RuleBook.revisionCheckedOn),
            value: 3,
            unit: "hours",
            direction: .lowerIsWider,
            text: Localized(
                ptBR: "Pela estimativa da Sinch, uma migração leva cerca de 1 a 3 horas depois que você aprova a solicitação da Sinch e fica disponível para receber o código de verificação. A Meta não documenta uma duração; se passar desse prazo, fale com a nossa equipe de Onboarding.",
                en: "By Sinch's estimate, a migration takes about 1 to 3 hours once you've approved Sinch's request and are available to receive the verification code. Meta documents no duration; if it runs longer, contact our Onboarding team.",
                es: "Según la estimación de Sinch, una migración tarda unas 1 a 3 horas desde que usted aprueba la solicitud de Sinch y está disponible para recibir el código de verificación. Meta no documenta una duración; si se extiende más, comuníquese con nuestro equipo de Onboarding.")),
    )
}
