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
        func apply(_ step: FoldStep) {
            switch step {
            case .dash:
                pendingDash = true
            case .byte(let byte):
                if pendingDash {
                    if !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                    pendingDash = false
                }
                slug.append(byte)
            }
        }
        // Headings are mostly ASCII, and the rest mostly Latin letters with accents: those are folded
        // through tables made once, and only other scripts go through Unicode decomposition, which
        // costs allocations per character (an eighth of validating a Portuguese or Spanish site).
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                apply(asciiStep(byte))
            } else if scalar.value < Self.latinEnd {
                Self.latinSteps[Int(scalar.value) - 0x80].forEach(apply)
            } else {
                foldSteps(scalar).forEach(apply)
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// What one character adds to a slug: a letter or digit, or a separator.
    enum FoldStep: Equatable {
        case byte(UInt8)
        case dash
    }

    private static func asciiStep(_ byte: UInt8) -> FoldStep {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): .byte(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): .byte(byte + 32)
        default: .dash
        }
    }

    /// Latin-1 Supplement and Latin Extended-A and -B end here: every accented letter of the site's languages.
    static let latinEnd: UInt32 = 0x250

    /// `foldSteps` of U+0080 to U+024F, computed once.
    static let latinSteps: [[FoldStep]] = (0x80..<latinEnd).map { value in
        Unicode.Scalar(value).map(foldSteps) ?? [.dash]
    }

    /// A non-ASCII scalar lowercased, decomposed, its accents dropped, and spelled in ASCII letters.
    static func foldSteps(_ scalar: Unicode.Scalar) -> [FoldStep] {
        var steps: [FoldStep] = []
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            if let spelled = Self.lettersWithoutDecomposition[lower] {
                steps += spelled.utf8.map { .byte($0) }
                continue
            }
            for folded in String(lower).decomposedStringWithCanonicalMapping.unicodeScalars {
                if folded.properties.generalCategory == .nonspacingMark { continue }
                if folded.isASCII, folded.properties.isAlphabetic || ("0"..."9").contains(folded) {
                    steps.append(.byte(UInt8(folded.value)))
                } else {
                    steps.append(.dash)
                }
            }
        }
        return steps
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
