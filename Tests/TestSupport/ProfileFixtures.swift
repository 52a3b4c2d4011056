import Foundation
import MigrationRules
import Diagnostics
import Profiles

/// Loads and validates a profile text the way the command does, for tests.
public enum ChecklistFixtures {
    public static func profile(_ text: String, path: String = "test.yaml") -> Result<CustomerProfile, DiagnosticsError> {
        ProfileLoader().load(ProfileFile(path: path, text: text)).flatMap { ProfileValidator().validate($0) }
    }

    public static func diagnostics(_ text: String, path: String = "test.yaml") -> [String] {
        switch profile(text, path: path) {
        case .success: []
        case .failure(let error): error.diagnostics.map(\.description)
        }
    }

    public static func example(_ name: String) throws -> CustomerProfile {
        let path = Golden.packageRoot.appendingPathComponent("examples/\(name)").path
        let file = try ProfileFile.read(path, standardInput: { Data() })
        return try ProfileLoader().load(file).flatMap { ProfileValidator().validate($0) }.get()
    }

    public static let templates = Golden.packageRoot.appendingPathComponent("templates").path

    /// A minimal valid profile; tests append or replace lines to vary one fact.
    public static func yaml(
        businessVerification: String = "approved", accountReview: String = "approved", twoFactor: String = "disabled",
        displayName: String = "approved", kind: String = "business_api", codeDelivery: String = "sms",
        payment: String = "true", webhook: String = "true", sameBusiness: String = "true", destinationVerification: String = "approved", phone: String = "+55 11 91234-5678"
    ) -> String {
        """
        company: Padaria
        business_manager_id: "123456789012345"
        waba_id: "102938475610293"
        business_verification: \(businessVerification)
        account_review: \(accountReview)
        destination:
          payment_method: \(payment)
          webhook_subscription: \(webhook)
          same_business: \(sameBusiness)
          verification: \(destinationVerification)
        numbers:
          - phone: "\(phone)"
            display_name_status: \(displayName)
            two_factor: \(twoFactor)
            code_delivery: \(codeDelivery)
            kind: \(kind)

        """
    }
}
