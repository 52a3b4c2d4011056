/// Whether one criterion holds for a profile.
public enum CriterionStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case met, unmet, unknown
}

/// One criterion evaluated for a profile, or for one of its numbers.
public struct CriterionResult: Sendable, Hashable {
    public let criterion: EligibilityCriterion
    /// The E.164 number for per-number criteria; nil for the others.
    public let number: String?
    /// The profile value that was read (`unknown` when absent).
    public let observed: String
    public let status: CriterionStatus
}

/// The overall answer for a customer.
public enum EligibilityVerdict: String, CaseIterable, Sendable, Codable, Hashable {
    /// Every criterion is met: the migration can be scheduled.
    case ready
    /// Nothing fails, but some facts are unknown and must be confirmed.
    case incomplete
    /// At least one criterion fails and must be fixed first.
    case blocked
}

/// The result of checking a profile against every criterion.
public struct EligibilityEvaluation: Sendable, Hashable {
    /// Business-level criteria first, then the per-number ones for each number in profile order.
    public let results: [CriterionResult]

    public var verdict: EligibilityVerdict {
        if results.contains(where: { $0.status == .unmet }) { return .blocked }
        if results.contains(where: { $0.status == .unknown }) { return .incomplete }
        return .ready
    }

    public var unmet: [CriterionResult] { results.filter { $0.status == .unmet } }
}

extension EligibilityCriterion {
    /// The status for one observed value: met, unmet, or unknown for anything the criterion does not name.
    public func status(for observed: String?) -> CriterionStatus {
        guard let observed else { return .unknown }
        if metValues.contains(observed) { return .met }
        if unmetValues.contains(observed) { return .unmet }
        return .unknown
    }
}

extension RuleBook {
    /// Checks a profile against every eligibility criterion. Pure: the same profile gives the same result.
    public func evaluate(_ profile: CustomerProfile) -> EligibilityEvaluation {
        var results: [CriterionResult] = []
        for criterion in criteria where criterion.scope != .number {
            let observed = profile.value(of: criterion.fact)
            results.append(
                CriterionResult(criterion: criterion, number: nil, observed: observed ?? "unknown", status: criterion.status(for: observed)))
        }
        for number in profile.numbers {
            for criterion in criteria where criterion.scope == .number {
                let observed = number.value(of: criterion.fact)
                results.append(
                    CriterionResult(
                        criterion: criterion, number: number.phone, observed: observed ?? "unknown",
                        status: criterion.status(for: observed)))
            }
        }
        return EligibilityEvaluation(results: results)
    }
}
