import Diagnostics
import MigrationRules

/// The validate stage: turns a `ProfileDraft` into a `CustomerProfile`, or into every problem it has.
///
/// It never stops at the first problem, so a user fixes a profile in one pass. Values are exact
/// (`approved`, not `Approved`): the allowed list is always in the message.
public struct ProfileValidator: Sendable {
    public init() {}

    /// Validates a draft; the diagnostics are in file order.
    public func validate(_ draft: ProfileDraft) -> Result<CustomerProfile, DiagnosticsError> {
        var check = Check(path: draft.path, diagnostics: draft.problems)
        let company = check.requiredText("company", draft.fields["company"], at: draft.location)
        let businessManagerID = check.digitsID("business_manager_id", draft.fields["business_manager_id"], at: draft.location)
        let wabaID = check.digitsID("waba_id", draft.fields["waba_id"], at: draft.location)
        let language = check.language(draft.fields["language"])
        let profileNumbers = validateNumbers(draft, &check)
        let templates = draft.templates.map { entry in
            TemplateProfile(
                name: check.requiredText(entry.key("name"), entry.fields["name"], at: entry.location) ?? "",
                status: check.choice(entry.key("status"), entry.fields["status"], default: nil, at: entry.location) ?? .approved,
                quality: check.choice(entry.key("quality"), entry.fields["quality"], default: .unknown, at: entry.location) ?? .unknown)
        }
        let profile = CustomerProfile(
            company: company ?? "", language: language, currentBSP: check.optionalText(draft.fields["current_bsp"]),
            businessManagerID: businessManagerID ?? "", wabaID: wabaID ?? "",
            businessVerification: check.choice("business_verification", draft.fields["business_verification"]) ?? .unknown,
            accountReview: check.choice("account_review", draft.fields["account_review"]) ?? .unknown,
            infrastructure: check.choice("infrastructure", draft.fields["infrastructure"]) ?? .unknown,
            statusAtCurrentBSP: check.optionalText(draft.fields["status_at_current_bsp"]),
            scheduledFor: check.schedule(draft.fields["scheduled_for"]),
            destination: DestinationProfile(
                paymentMethod: check.choice("destination.payment_method", draft.fields["destination.payment_method"]) ?? .unknown,
                webhookSubscription: check.choice("destination.webhook_subscription", draft.fields["destination.webhook_subscription"]) ?? .unknown,
                sameBusiness: check.choice("destination.same_business", draft.fields["destination.same_business"]) ?? .unknown,
                verification: check.choice("destination.verification", draft.fields["destination.verification"]) ?? .unknown),
            numbers: profileNumbers, templates: templates)
        guard check.diagnostics.isEmpty else {
            return .failure(
                DiagnosticsError(check.diagnostics.sorted(by: Check.fileOrder)).limited(to: ProfileLimits.maximumDiagnostics, path: draft.path))
        }
        return .success(profile)
    }

    private func validateNumbers(_ draft: ProfileDraft, _ check: inout Check) -> [NumberProfile] {
        if draft.numbers.isEmpty {
            let location = draft.numbersLocation ?? draft.location
            let message = draft.numbersLocation == nil
                ? "the profile has no 'numbers'; list at least one phone number to migrate, each with its 'phone'."
                : "the 'numbers' list is empty; list at least one phone number to migrate, each with its 'phone'."
            check.report(message, at: location)
            return []
        }
        var seen: [String: InputLocation] = [:]
        var numbers: [NumberProfile] = []
        for entry in draft.numbers {
            let phone = check.phone(entry.key("phone"), entry.fields["phone"], at: entry.location)
            if let phone, let first = seen[phone.e164] {
                let value = entry.fields["phone"]
                check.report(
                    "\(phone.e164) is listed twice (first at line \(first.line)); list each number once.",
                    at: value?.location ?? entry.location)
            } else if let phone {
                seen[phone.e164] = entry.fields["phone"]?.location ?? entry.location
            }
            numbers.append(
                NumberProfile(
                    phone: phone?.e164 ?? "", displayName: check.optionalText(entry.fields["display_name"]),
                    displayNameStatus: check.choice(entry.key("display_name_status"), entry.fields["display_name_status"]) ?? .unknown,
                    twoFactor: check.choice(entry.key("two_factor"), entry.fields["two_factor"]) ?? .unknown,
                    codeDelivery: check.choice(entry.key("code_delivery"), entry.fields["code_delivery"]) ?? .unknown,
                    kind: check.choice(entry.key("kind"), entry.fields["kind"]) ?? .unknown))
        }
        return numbers
    }
}

/// The diagnostics of one validation, and the checks that add to them.
private struct Check {
    let path: String
    var diagnostics: [Diagnostic] = []

    static func fileOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        ((lhs.line ?? 0), (lhs.column ?? 0)) < ((rhs.line ?? 0), (rhs.column ?? 0))
    }

    mutating func report(_ message: String, at location: InputLocation) {
        diagnostics.append(Diagnostic(path: path, line: location.line, column: location.column, message: message))
    }

    func present(_ value: ProfileValue?) -> ProfileValue? {
        guard let value, !value.isNull, !value.text.trimmingWhitespace().isEmpty else { return nil }
        return value
    }

    mutating func requiredText(_ key: String, _ value: ProfileValue?, at location: InputLocation) -> String? {
        guard let value = present(value) else {
            report("'\(key)' is required; give it a non-empty value.", at: value?.location ?? location)
            return nil
        }
        return value.text.trimmingWhitespace()
    }

    func optionalText(_ value: ProfileValue?) -> String? {
        present(value).map { $0.text.trimmingWhitespace() }
    }

    /// The longest id accepted, in digits.
    static let maximumIDDigits = 32

    mutating func digitsID(_ key: String, _ value: ProfileValue?, at location: InputLocation) -> String? {
        guard let text = requiredText(key, value, at: location), let value else { return nil }
        guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            report("\(key) must contain digits only (for example \"102938475610293\"); found '\(text)'.", at: value.location)
            return nil
        }
        // Meta's ids are 15 to 17 digits; the cap keeps a pasted blob from becoming a file name too long to create.
        guard text.utf8.count <= Self.maximumIDDigits else {
            report("\(key) must have at most \(Self.maximumIDDigits) digits (Meta's ids have 15 to 17); found \(text.utf8.count).", at: value.location)
            return nil
        }
        return text
    }

    /// An enum value; `nil` default means the key is required.
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String, _ value: ProfileValue?, default fallback: Value? = nil, at location: InputLocation? = nil
    ) -> Value? where Value.RawValue == String {
        guard let value = present(value) else {
            if fallback == nil, let location {
                report("'\(key)' is required; use one of \(Self.allowed(Value.self)).", at: location)
            }
            return fallback
        }
        let text = value.text.trimmingWhitespace()
        guard let parsed = Value(rawValue: text) else {
            report("\(key) must be one of \(Self.allowed(Value.self)); found '\(text)'.", at: value.location)
            return fallback
        }
        return parsed
    }

    static func allowed<Value: RawRepresentable & CaseIterable>(_: Value.Type) -> String where Value.RawValue == String {
        Value.allCases.map(\.rawValue).joined(separator: ", ")
    }

    mutating func language(_ value: ProfileValue?) -> Language {
        guard let value = present(value) else { return .ptBR }
        guard let language = Language(tag: value.text.trimmingWhitespace()) else {
            report("language must be one of \(Language.allCases.map(\.tag).joined(separator: ", ")); found '\(value.text)'.", at: value.location)
            return .ptBR
        }
        return language
    }

    mutating func phone(_ key: String, _ value: ProfileValue?, at location: InputLocation) -> PhoneNumber? {
        guard let value = present(value) else {
            report("'\(key)' is required; write the number in international format, for example '+55 11 91234-5678'.", at: value?.location ?? location)
            return nil
        }
        do {
            return try PhoneNumber(parsing: value.text)
        } catch {
            report("\(key): \(error.description).", at: value.location)
            return nil
        }
    }

    mutating func schedule(_ value: ProfileValue?) -> String? {
        guard let value = present(value) else { return nil }
        let text = value.text.trimmingWhitespace()
        guard ScheduledTime(iso: text) != nil else {
            report(
                "scheduled_for must be a date and time with its UTC offset, like 2026-12-03T14:00:00-03:00; found '\(text)'.",
                at: value.location)
            return nil
        }
        return text
    }
}
