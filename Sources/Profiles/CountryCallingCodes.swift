/// The ITU-T E.164 country calling codes assigned to countries and territories (ITU-T E.164 Annex, 2024).
///
/// No phone library is available to the project, so the table is kept here, compact and complete for
/// geographic codes. Non-geographic codes (international freephone 800, shared-cost 808, global services
/// 881–883, 888, 979) are left out on purpose: WhatsApp Business numbers are never on them.
enum CountryCallingCodes {
    /// Every assigned geographic code, as digit strings. Codes are prefix-free, so at most one matches a number.
    static let all: Set<String> = {
        var codes: Set<String> = ["1", "7"]
        let twoDigit = [
            20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
            60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
        ]
        let threeDigitRanges: [ClosedRange<Int>] = [
            211...212, 213...213, 216...216, 218...218, 220...239, 240...249, 250...258, 260...269,
            290...291, 297...299, 350...359, 370...379, 380...383, 385...387, 389...389, 420...421,
            423...423, 500...509, 590...599, 670...670, 672...683, 685...692, 850...850, 852...853,
            855...856, 880...880, 886...886, 960...968, 970...977, 992...996, 998...998,
        ]
        for code in twoDigit { codes.insert(String(code)) }
        for range in threeDigitRanges {
            for code in range { codes.insert(String(code)) }
        }
        return codes
    }()

    /// The country calling code a number in E.164 digits starts with, if it is an assigned one.
    static func code(prefixing digits: Substring) -> String? {
        for length in 1...3 where digits.count > length {
            let candidate = String(digits.prefix(length))
            if all.contains(candidate) { return candidate }
        }
        return nil
    }
}
