/// Why a template will not be copied to the destination WABA.
public enum TemplateExclusionReason: String, CaseIterable, Sendable, Codable, Hashable {
    /// Approved, but its quality rating is not high (S8, S19, S21).
    case quality
    /// Not approved: pending, rejected, paused or disabled (S21).
    case status
}

/// Which of a customer's templates move with the number, and whether they fit the destination's limit.
public struct TemplatePlan: Sendable, Hashable {
    public let migrating: [TemplateProfile]
    public let notMigrating: [(template: TemplateProfile, reason: TemplateExclusionReason)]
    /// Approved templates whose quality is unknown: they move only if Meta rates them high.
    public let uncertain: [TemplateProfile]
    /// The destination WABA's template limit for this customer (M7).
    public let limit: Int
    /// How many migrating templates exceed the limit; zero when they fit.
    public var overLimitBy: Int { max(0, migrating.count - limit) }

    public static func == (lhs: TemplatePlan, rhs: TemplatePlan) -> Bool {
        lhs.migrating == rhs.migrating && lhs.uncertain == rhs.uncertain && lhs.limit == rhs.limit
            && lhs.notMigrating.map(\.template) == rhs.notMigrating.map(\.template)
            && lhs.notMigrating.map(\.reason) == rhs.notMigrating.map(\.reason)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(migrating)
        hasher.combine(uncertain)
        hasher.combine(limit)
    }
}

extension RuleBook {
    /// Sorts a profile's templates into migrating, not migrating and uncertain, and picks the destination limit.
    ///
    /// The higher limit applies only when the business is verified and every display name is approved (M7);
    /// an unknown fact gets the lower limit, so the plan never promises room the customer may not have.
    public func templatePlan(for profile: CustomerProfile) -> TemplatePlan {
        var migrating: [TemplateProfile] = []
        var notMigrating: [(TemplateProfile, TemplateExclusionReason)] = []
        var uncertain: [TemplateProfile] = []
        for template in profile.templates {
            guard template.status == .approved else {
                notMigrating.append((template, .status))
                continue
            }
            switch template.quality {
            case .high: migrating.append(template)
            case .medium, .low: notMigrating.append((template, .quality))
            case .unknown: uncertain.append(template)
            }
        }
        let verified =
            profile.businessVerification == .approved && !profile.numbers.isEmpty
            && profile.numbers.allSatisfy { $0.displayNameStatus == .approved }
        let limit = verified ? limits.templatesVerified.value : limits.templatesUnverified.value
        return TemplatePlan(
            migrating: migrating, notMigrating: notMigrating.map { (template: $0.0, reason: $0.1) },
            uncertain: uncertain, limit: limit)
    }
}
