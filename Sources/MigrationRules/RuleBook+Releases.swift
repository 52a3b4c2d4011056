// PLACEHOLDER: to be replaced with the real content.
extension RuleBook {
    static let releases: [RuleBookRelease] = []
}
