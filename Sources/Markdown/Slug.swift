import Foundation

/// Turns heading text into URL fragments: "Migração de templates" → `migracao-de-templates`.
public enum Slug {
    /// A lowercase ASCII slug: accents folded, every run of other characters a single dash.
    ///
    /// Folding (rather than percent-encoding) keeps anchors typeable and identical across browsers.
    /// Latin letters that Unicode does not decompose into a base letter and an accent, spelled in ASCII.
    static let lettersWithoutDecomposition: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t",
        "ŀ": "l",
    ]

    public static func make(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func append(_ byte: UInt8) {
            if pendingDash {
                if !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                pendingDash = false
            }
            slug.append(byte)
        }
        // Headings are mostly ASCII: those bytes are handled directly, and only the rest goes through
        // Unicode decomposition, which costs an allocation per character.
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): append(byte + 32)
                default: pendingDash = true
                }
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if let spelled = Self.lettersWithoutDecomposition[lower] {
                    spelled.utf8.forEach(append)
                    continue
                }
                for folded in String(lower).decomposedStringWithCanonicalMapping.unicodeScalars {
                    if folded.properties.generalCategory == .nonspacingMark { continue }
                    if folded.isASCII, folded.properties.isAlphabetic || ("0"..."9").contains(folded) {
                        append(UInt8(folded.value))
                    } else {
                        pendingDash = true
                    }
                }
            }
        }
        return String(decoding: slug, as: UTF8.self)
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
