import MigrationRules
import Testing

@testable import Publishing

@Suite("PDF dates")
struct ChecklistPDFStampTests {
    @Test(
        "Chromium's print time becomes the rule book's date, in as many bytes",
        arguments: ["+00'00'", "-03'00'", "+05'30'"])
    func stampsBothDates(zone: String) {
        let original = "%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261125165820\(zone))\n/ModDate (D:20261125165821\(zone))>>\nendobj\n"
        var bytes = Array(original.utf8)
        ChecklistPDFPrinter.stampDates(&bytes, with: RuleDate(2026, 3, 9))
        let stamped = String(decoding: bytes, as: UTF8.self)
        #expect(bytes.count == original.utf8.count)
        #expect(stamped.contains("/CreationDate (D:20260309000000+00'00')"))
        #expect(stamped.contains("/ModDate (D:20260309000000+00'00')"))
    }

    @Test("A PDF without dates, or with a malformed one, is left as it is")
    func leavesOthersAlone() {
        for original in ["%PDF-1.4\n<</Producer (x)>>\n", "<</CreationDate (D:2026)>>", "<</CreationDate (D:"] {
            var bytes = Array(original.utf8)
            ChecklistPDFPrinter.stampDates(&bytes, with: RuleDate(2026, 3, 9))
            #expect(String(decoding: bytes, as: UTF8.self) == original)
        }
    }
}
