/// A phone number normalized to E.164 (`+5511912345678`), the form Meta and the checklists use.
public struct PhoneNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number with `+` and digits only.
    public let e164: String
    /// The country calling code, without `+` (`55`).
    public let countryCode: String

    /// The shortest and longest number, in digits including the country code. E.164 allows at most 15; the
    /// shortest national numbers in use (Niue, Tokelau) give 7.
    public static let digitRange = 7...15

    public var description: String { e164 }

    /// Why a text is not a valid E.164 number.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case empty
        case letters(String)
        case missingInternationalPrefix(String)
        case tooShort(String, digits: Int)
        case tooLong(String, digits: Int)
        case unknownCountryCode(String)

        public var description: String {
            switch self {
            case .empty:
                "the phone number is empty; write it in international format, for example '+55 11 91234-5678'"
            case .letters(let text):
                "the phone number '\(text)' contains letters or symbols; only digits, '+', spaces, dashes, dots and parentheses are allowed"
            case .missingInternationalPrefix(let text):
                "the phone number '\(text)' must start with '+' (or '00') and the country calling code, for example '+55 11 91234-5678'"
            case .tooShort(let text, let digits):
                "the phone number '\(text)' has \(digits) digits; an E.164 number has between \(PhoneNumber.digitRange.lowerBound) and \(PhoneNumber.digitRange.upperBound) digits including the country code"
            case .tooLong(let text, let digits):
                "the phone number '\(text)' has \(digits) digits; an E.164 number has at most \(PhoneNumber.digitRange.upperBound) digits including the country code"
            case .unknownCountryCode(let text):
                "the phone number '\(text)' does not start with an assigned country calling code; check the digits after '+' (Brazil is +55, the USA and Canada +1, Mexico +52, Spain +34)"
            }
        }
    }

    /// Parses a number in any usual formatting: `+55 (11) 91234-5678`, `0055 11 912345678`, `+1.415.555.0100`.
    public init(parsing text: String) throws(Problem) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .empty }
        var digits = ""
        var sawPlus = false
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case "0"..."9": digits.unicodeScalars.append(scalar)
            case "+":
                guard digits.isEmpty, !sawPlus else { throw .letters(trimmed) }
                sawPlus = true
            case " ", "-", ".", "(", ")", "/", "\u{00A0}": continue
            default: throw .letters(trimmed)
            }
        }
        if !sawPlus {
            guard digits.hasPrefix("00") else { throw .missingInternationalPrefix(trimmed) }
            digits.removeFirst(2)
        }
        if digits.count < Self.digitRange.lowerBound { throw .tooShort(trimmed, digits: digits.count) }
        if digits.count > Self.digitRange.upperBound { throw .tooLong(trimmed, digits: digits.count) }
        guard let code = CountryCallingCodes.code(prefixing: Substring(digits)) else { throw .unknownCountryCode(trimmed) }
        self.e164 = "+" + digits
        self.countryCode = code
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks; Foundation-free for the hot path.
    ///
    /// Most values (every CSV cell goes through here) have nothing to trim, which the first and last UTF-8 bytes
    /// tell without walking `Character`s: a `Character` can only be one of the four if its first (or last) byte
    /// is. Otherwise the `Character` rules below decide, as before (`"\r\n"` is one `Character`, not trimmed).
    func trimmingWhitespace() -> String {
        func isSpaceByte(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let firstByte = utf8.first, let lastByte = utf8.last else { return "" }
        if !isSpaceByte(firstByte), !isSpaceByte(lastByte) { return self }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
