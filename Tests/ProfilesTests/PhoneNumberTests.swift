import Profiles
import Diagnostics
import Testing

@Suite("Phone numbers")
struct PhoneNumberTests {
    static let valid: [(String, String, String)] = [
        ("+55 11 91234-5678", "+5511912345678", "55"),
        ("+55 (11) 3456-7890", "+551134567890", "55"),
        ("0055 11 912345678", "+5511912345678", "55"),
        ("+1 (415) 555-0100", "+14155550100", "1"),
        ("+1.415.555.0100", "+14155550100", "1"),
        ("+34 612 34 56 78", "+34612345678", "34"),
        ("+52 55 1234 5678", "+525512345678", "52"),
        ("+44 20 7946 0958", "+442079460958", "44"),
        ("+351 912 345 678", "+351912345678", "351"),
        ("+683 4002", "+6834002", "683"),
    ]

    @Test("Usual formattings normalize to E.164", arguments: valid)
    func normalizes(input: String, e164: String, countryCode: String) throws {
        let number = try PhoneNumber(parsing: input)
        #expect(number.e164 == e164)
        #expect(number.countryCode == countryCode)
    }

    static let invalid: [(String, String)] = [
        ("", "is empty"),
        ("+55 11 CALL-NOW", "contains letters"),
        ("11 91234-5678", "must start with '+'"),
        ("+55 11", "has 4 digits"),
        ("+55 11 91234-5678 1234", "at most 15 digits"),
        ("+999 1234 5678", "assigned country calling code"),
        ("+0 1234 5678", "assigned country calling code"),
        ("+55+11912345678", "contains letters"),
    ]

    @Test("Invalid numbers are rejected with the reason", arguments: invalid)
    func rejects(input: String, reason: String) {
        #expect {
            _ = try PhoneNumber(parsing: input)
        } throws: { error in
            "\(error)".contains(reason)
        }
    }
}
