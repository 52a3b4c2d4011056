import Foundation

/// Turns heading text into URL fragments: "Migração de templates" → `migracao-de-templates`.
public enum Slug {
    /// A lowercase ASCII slug: accents folded, every run of other characters a single dash.
    ///
    /// Folding (rather than percent-encoding) keeps anchors typeable and identical across browsers.
    public static func make(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let lower = scalar.properties.lowercaseMapping
            guard lower.unicodeScalars.count == 1, let ascii = lower.unicodeScalars.first, ascii.isASCII,
                ascii.properties.isAlphabetic || ("0"..."9").contains(ascii)
            else {
                pendingDash = !slug.isEmpty
                continue
            }
            if pendingDash {
                slug.append("-")
                pendingDash = false
            }
            slug.unicodeScalars.append(ascii)
        }
        return slug
    }
}

/// Hands out unique anchors within one document: the second "Passos" becomes `passos-1`, as GitHub does.
struct AnchorAllocator {
    private var used: Set<String> = []
    /// The next suffix to try per base, so a page with thousands of equal headings stays linear.
    private var nextSuffix: [String: Int] = [:]

    mutating func allocate(for text: String) -> String {
        let slug = Slug.make(text)
        let base = slug.isEmpty ? "section" : slug
        var candidate = base
        var suffix = nextSuffix[base, default: 1]
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        nextSuffix[base] = suffix
        used.insert(candidate)
        return candidate
    }
}
