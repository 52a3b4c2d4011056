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
        var builder = Builder(capacity: text.utf8.count)
        // Headings are mostly ASCII, and the rest mostly Latin letters with accents: those are folded
        // through tables made once, and only other scripts go through Unicode decomposition, which
        // costs allocations per character (an eighth of validating a Portuguese or Spanish site).
        for scalar in text.unicodeScalars {
            // An apostrophe joins a word ("can't" is `cant`, as GitHub spells it), it does not split one.
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if scalar.isASCII {
                builder.add(asciiStep(UInt8(scalar.value)))
            } else if scalar.value < Self.latinEnd {
                for step in Self.latinSteps[Int(scalar.value) - 0x80] { builder.add(step) }
            } else {
                for step in foldSteps(scalar) { builder.add(step) }
            }
        }
        return String(decoding: builder.bytes, as: UTF8.self)
    }

    /// The slug's bytes so far, with a dash owed when a separator came after a letter.
    ///
    /// A struct with mutating methods rather than a nested function: a nested function capturing the
    /// array and the flag made every access go through a heap box with exclusivity checks.
    private struct Builder {
        var bytes: [UInt8] = []
        var pendingDash = false

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func add(_ step: FoldStep) {
            switch step {
            case .dash:
                pendingDash = true
            case .byte(let byte):
                if pendingDash {
                    if !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                    pendingDash = false
                }
                bytes.append(byte)
            }
        }
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
        // Most headings of a page differ: only a repeated one pays for the suffix bookkeeping.
        guard !used.insert(base).inserted else { return base }
        var suffix = nextSuffix[base, default: 1]
        var candidate = "\(base)-\(suffix)"
        while used.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        nextSuffix[base] = suffix + 1
        used.insert(candidate)
        return candidate
    }
}
