import Foundation
import Profiles
import Diagnostics
import Testing
import TestSupport

@Suite("Profile validation")
struct ProfileValidationTests {
    static let badProfiles: [(String, String)] = [
        (
            ChecklistFixtures.yaml() + "bussiness_verification: approved\n",
            "test.yaml:17:1: error: unknown key 'bussiness_verification' in the profile; did you mean 'business_verification'?"
        ),
        (
            ChecklistFixtures.yaml(twoFactor: "yes"),
            "test.yaml:14:17: error: numbers[1].two_factor must be one of enabled, disabled, unknown; found 'yes'."
        ),
        (
            ChecklistFixtures.yaml(phone: "+55 11 CALL-NOW"),
            "test.yaml:12:12: error: numbers[1].phone: the phone number '+55 11 CALL-NOW' contains letters or symbols"
        ),
        (
            ChecklistFixtures.yaml(phone: "+55 11"),
            "test.yaml:12:12: error: numbers[1].phone: the phone number '+55 11' has 4 digits"
        ),
        (
            ChecklistFixtures.yaml(phone: "+55 11 91234-5678 99999"),
            "at most 15 digits including the country code"
        ),
        (
            ChecklistFixtures.yaml(phone: "+999 11 91234-5678"),
            "does not start with an assigned country calling code"
        ),
        (
            ChecklistFixtures.yaml().replacingOccurrences(of: "\"102938475610293\"", with: "\"10293-8475\""),
            "test.yaml:3:10: error: waba_id must contain digits only (for example \"102938475610293\"); found '10293-8475'."
        ),
        (
            ChecklistFixtures.yaml() + "  - phone: \"+55 (11) 91234-5678\"\n",
            "test.yaml:17:12: error: +5511912345678 is listed twice (first at line 12); list each number once."
        ),
        (
            "company: Padaria\nbusiness_manager_id: \"1\"\nwaba_id: \"2\"\nnumbers: []\n",
            "test.yaml:4:10: error: the 'numbers' list is empty; list at least one phone number to migrate"
        ),
        (
            "company: Padaria\nbusiness_manager_id: \"1\"\nwaba_id: \"2\"\n",
            "test.yaml:1:1: error: the profile has no 'numbers'"
        ),
        (
            "company: [unclosed\n",
            "test.yaml:2:1: error: the profile is not valid YAML or JSON"
        ),
        (
            ChecklistFixtures.yaml(payment: "yes"),
            "error: destination.payment_method must be one of true, false, unknown; found 'yes'."
        ),
        (
            ChecklistFixtures.yaml() + "language: fr\n",
            "error: language must be one of pt-BR, en, es; found 'fr'."
        ),
        (
            ChecklistFixtures.yaml() + "scheduled_for: next tuesday\n",
            "error: scheduled_for must be a date and time with its UTC offset, like 2026-12-03T14:00:00-03:00; found 'next tuesday'."
        ),
        (
            ChecklistFixtures.yaml().replacingOccurrences(of: "company: Padaria\n", with: ""),
            "test.yaml:1:1: error: 'company' is required; give it a non-empty value."
        ),
        (
            ChecklistFixtures.yaml() + "templates:\n  - name: promo\n    status: live\n",
            "error: templates[1].status must be one of approved, pending, rejected, paused, disabled; found 'live'."
        ),
        (
            ChecklistFixtures.yaml().replacingOccurrences(of: "  payment_method:", with: "  payment_metod:"),
            "test.yaml:7:3: error: unknown key 'payment_metod' in destination; did you mean 'payment_method'?"
        ),
        (
            ChecklistFixtures.yaml().replacingOccurrences(of: "  verification:", with: "  verfication:"),
            "test.yaml:10:3: error: unknown key 'verfication' in destination; did you mean 'verification'?"
        ),
        (
            ChecklistFixtures.yaml(destinationVerification: "done"),
            "error: destination.verification must be one of approved, pending, rejected, unknown; found 'done'."
        ),
    ]

    @Test("Bad YAML and JSON profiles give located, whole-sentence errors", arguments: badProfiles)
    func reports(yaml: String, expected: String) {
        let diagnostics = ChecklistFixtures.diagnostics(yaml)
        #expect(diagnostics.contains { $0.contains(expected) }, "got: \(diagnostics)")
    }

    @Test("JSON is read through the YAML parser, with line and column")
    func json() {
        let diagnostics = ChecklistFixtures.diagnostics(
            "{\n  \"company\": \"Acme\",\n  \"business_manager_id\": \"1\",\n  \"waba_id\": \"2\",\n  \"numbers\": [{\"phone\": \"+1 415 555 0100\", \"kind\": \"api\"}]\n}\n",
            path: "acme.json")
        #expect(diagnostics == ["acme.json:5:52: error: numbers[1].kind must be one of business_api, business_app, test, unknown; found 'api'."])
        #expect(ChecklistFixtures.diagnostics("{\"company\": \"Acme\",", path: "broken.json").first?.hasPrefix("broken.json:2:1: error: the profile is not valid YAML or JSON") == true)
    }

    @Test("Every problem of a profile is reported at once, in file order")
    func allAtOnce() {
        let diagnostics = ChecklistFixtures.diagnostics(ChecklistFixtures.yaml(twoFactor: "on", kind: "app") + "colour: blue\n")
        #expect(diagnostics.count == 3)
        #expect(diagnostics.map { $0.split(separator: ":")[1] } == ["14", "16", "17"])
    }

    @Test("A file that is not UTF-8 is rejected with the line of the bad byte")
    func notUTF8() {
        #expect {
            _ = try ProfileFile.read("/dev/null/../latin1.yaml", standardInput: { Data() })
        } throws: { error in (error as? DiagnosticsError)?.status == .inputMissing }
        let latin1 = Data("company: Padaria\ncurrent_bsp: Jo".utf8) + Data([0xE3]) + Data("o\n".utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).yaml").path
        FileManager.default.createFile(atPath: path, contents: latin1)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try ProfileFile.read(path, standardInput: { Data() })
        } throws: { error in
            let error = error as? DiagnosticsError
            return error?.status == .invalidData && error?.description.contains("\(path):2:16: error: the file is not valid UTF-8 (byte 0xE3)") == true
        }
    }

    @Test("Did-you-mean suggests only close keys")
    func suggestions() {
        #expect(ProfileKeys.suggestion(for: "wabaid", among: ProfileKeys.customer) == "waba_id")
        #expect(ProfileKeys.suggestion(for: "current-bsp", among: ProfileKeys.customer) == "current_bsp")
        #expect(ProfileKeys.suggestion(for: "favourite_colour", among: ProfileKeys.customer) == nil)
    }
}
