import MigrationRules

/// The render stage for Markdown: the same plan as the HTML, with `- [ ]` task items, for wikis and tickets.
///
/// Rule sentences are Markdown already and go in as written; customer text is escaped character by
/// character, so a company called `*Acme* <b>` prints as typed and never as markup.
public struct ChecklistMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ checklist: Checklist, texts: ChecklistRuleTexts) -> String {
        let language = checklist.language
        let vocabulary = texts.vocabulary
        let profile = checklist.profile
        let escape = Self.escape
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        func who(_ actor: Actor) -> String { "*\(vocabulary.who): \(actor.name[language])*" }
        func criteriaTable(_ results: [CriterionResult]) {
            line("| \(vocabulary.requirement) | \(vocabulary.who) | \(vocabulary.status) |")
            line("| --- | --- | --- |")
            for result in results {
                line("| \(result.criterion.requirement[language]) | \(result.criterion.responsible.name[language]) | \(vocabulary.status(result.status)) |")
            }
            line()
        }
        func step(_ step: ProcessStep, numbers: [String] = []) {
            line("- [ ] **\(step.title[language])** (\(who(step.actor))): \(step.detail[language])")
            for number in numbers { line("  - [ ] \(number)") }
        }

        line("# \(vocabulary.title): \(escape(profile.company))")
        line()
        line("*\(vocabulary.format(vocabulary.rulebook, ["version": checklist.rulebookVersion, "date": vocabulary.formatted(checklist.rulebookDate)]))*")
        line()
        line("- **\(vocabulary.company):** \(escape(profile.company))")
        line("- **\(vocabulary.wabaID):** \(escape(profile.wabaID))")
        line("- **\(vocabulary.businessManagerID):** \(escape(profile.businessManagerID))")
        line("- **\(vocabulary.currentBSP):** \(escape(profile.currentBSP ?? vocabulary.notProvided))")
        line("- **\(vocabulary.infrastructure):** \(vocabulary.answer(profile.infrastructure.rawValue))")
        line("- **\(vocabulary.scheduledFor):** \(checklist.schedule.map(vocabulary.formatted) ?? vocabulary.notScheduled)")
        line()
        line("## \(vocabulary.verdictHeading)")
        line()
        line("**\(vocabulary.verdict(checklist.verdict))**")
        line()
        if !checklist.blockers.isEmpty {
            line("## \(vocabulary.blockersHeading)")
            line()
            for blocker in checklist.blockers {
                let remedy = blocker.criterion.remedy[language]
                // Phone numbers are validated E.164 and print as written; every other value is escaped.
                let filled = ChecklistVocabulary.fill(remedy, blocker.placeholders.mapValues(escape).merging(["number": blocker.number ?? ""]) { $1 })
                line("- [ ] \(who(blocker.criterion.responsible)): \(filled)")
            }
            line()
        }
        if checklist.needsOnPremisesNote {
            line("## \(vocabulary.notesHeading)")
            line()
            line("> \(texts.onPremisesText)")
            line()
        }
        line("## \(vocabulary.criteriaHeading)")
        line()
        criteriaTable(checklist.evaluation.results.filter { $0.number == nil })
        line("## \(vocabulary.preparationHeading)")
        line()
        let migrating = checklist.migratingNumbers.map(\.phone)
        for item in texts.phases.preparation { step(item, numbers: item.perNumber ? migrating : []) }
        line()
        for number in profile.numbers {
            line("## \(vocabulary.format(vocabulary.numberHeading, ["number": number.phone]))")
            line()
            line("- **\(vocabulary.displayName):** \(escape(number.displayName ?? vocabulary.notProvided))")
            line("- **\(vocabulary.kind):** \(vocabulary.answer(number.kind.rawValue))")
            line()
            if number.isBrazilian {
                line("> \(texts.ninthDigitText)")
                line()
            }
            criteriaTable(checklist.evaluation.results.filter { $0.number == number.phone })
            if let route = texts.routeText[number.kind] {
                line("> \(vocabulary.cannotMigrate) \(route)")
                line()
                continue
            }
            for item in texts.phases.perNumber { step(item) }
            line()
            line("> \(vocabulary.codeReminder(for: number.codeDelivery))")
            line()
            line("\(vocabulary.date): ________________ \(vocabulary.doneBy): ________________")
            line()
        }
        line("## \(vocabulary.afterHeading)")
        line()
        for item in texts.phases.after { step(item) }
        line()
        line("## \(vocabulary.templatesHeading)")
        line()
        let plan = checklist.templatePlan
        if profile.templates.isEmpty { line(vocabulary.noTemplates); line() }
        if !plan.migrating.isEmpty {
            line("### \(vocabulary.migrating)")
            line()
            for template in plan.migrating { line("- \(escape(template.name))") }
            line()
        }
        if !plan.notMigrating.isEmpty {
            line("### \(vocabulary.notMigrating)")
            line()
            for entry in plan.notMigrating {
                line("- \(escape(entry.template.name)): \(entry.reason == .quality ? vocabulary.reasonQuality : vocabulary.reasonStatus)")
            }
            line()
        }
        if !plan.uncertain.isEmpty {
            line("### \(vocabulary.uncertain)")
            line()
            for template in plan.uncertain { line("- \(escape(template.name))") }
            line()
        }
        let limit = ChecklistHTMLRenderer.grouped(plan.limit, language)
        line("\(vocabulary.format(vocabulary.limit, ["limit": limit])) \(texts.limitText[plan.limit] ?? "")")
        line()
        if plan.overLimitBy > 0 {
            line("> \(vocabulary.format(vocabulary.overLimit, ["count": String(plan.overLimitBy), "limit": limit]))")
            line()
        }
        line("## \(vocabulary.ticketHeading)")
        line()
        line(vocabulary.ticketIntro)
        line()
        for answer in checklist.ticket {
            line("- [ ] **\(answer.question.question[language])** \(escape(answer.text(in: vocabulary)))")
        }
        line()
        line("\(vocabulary.date): ________________")
        line()
        line("\(vocabulary.signatureCustomer): ________________")
        line()
        line("\(vocabulary.signatureSinch): ________________")
        return out
    }

    /// Backslash-escapes every ASCII punctuation character CommonMark could read as markup, and line breaks.
    ///
    /// CommonMark allows a backslash before any ASCII punctuation, so escaping all of it is always safe and
    /// needs no knowledge of context (start of line, inside a table, after a `!`).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "<", ">", "&", "~", "\"", "'":
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(scalar)
            case "\n", "\r":
                result += " "
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
