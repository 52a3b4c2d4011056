import MigrationRules
import Testing

@testable import Browser

@Suite("PDF dates")
struct ChecklistPDFStampTests {
    @Test(
        "Chromium's print time becomes the rule book's date, in as many bytes",
        arguments: ["+00'00'", "-03'00'", "+05'30'"])
    func stampsBothDates(zone: String) {
        let original = "%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261125165820\(zone))\n/ModDate (D:20261125165821\(zone))>>\nendobj\n"
        var bytes = Array(original.utf8)
        PDFPrinter.stampDates(&bytes, with: RuleDate(2026, 3, 9))
        let stamped = String(decoding: bytes, as: UTF8.self)
        #expect(bytes.count == original.utf8.count)
        #expect(stamped.contains("/CreationDate (D:20260309000000+00'00')"))
        #expect(stamped.contains("/ModDate (D:20260309000000+00'00')"))
    }

    @Test(
        "Shorter dates get as many digits of the new one, and only a full time zone is rewritten",
        arguments: [
            ("/CreationDate (D:2026112517)>>", "/CreationDate (D:2026030900)>>"),
            ("/CreationDate (D:20261125165820Z)\n/ModDate (D:2025)", "/CreationDate (D:20260309000000Z)\n/ModDate (D:2026)"),
            ("/CreationDate (D:20261125165820-03)\n/Producer (x)", "/CreationDate (D:20260309000000-03)\n/Producer (x)"),
            ("/CreationDate (D:20261125165820-03'00)\n/Producer (x)", "/CreationDate (D:20260309000000-03'00)\n/Producer (x)"),
        ])
    func stampsWhatIsThere(original: String, expected: String) {
        var bytes = Array(original.utf8)
        PDFPrinter.stampDates(&bytes, with: RuleDate(2026, 3, 9))
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("A PDF without dates, or with an empty one, is left as it is")
    func leavesOthersAlone() {
        for original in ["%PDF-1.4\n<</Producer (x)>>\n", "<</CreationDate (D:)\n/Producer (Skia/PDF m156)>>\n", "<</CreationDate (D:"] {
            var bytes = Array(original.utf8)
            PDFPrinter.stampDates(&bytes, with: RuleDate(2026, 3, 9))
            #expect(String(decoding: bytes, as: UTF8.self) == original)
        }
    }
}
