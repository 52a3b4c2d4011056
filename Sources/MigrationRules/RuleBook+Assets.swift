// PLACEHOLDER: to be replaced with the real content.
extension RuleBook {
    static let carriedAssets: [CarriedAsset] = []
    static let overviewAssets: [OverviewAsset] = []
}
