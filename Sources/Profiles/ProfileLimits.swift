/// The most a profile may hold: bounds that keep a hostile or broken file from turning a few kilobytes into
/// gigabytes of memory, output or diagnostics (YAML aliases repeat a value at no cost to the file's size).
///
/// Each bound is far above what one WhatsApp Business Account has; the messages that enforce them name the
/// bound and say what to do instead.
public enum ProfileLimits {
    /// Bytes of one YAML or JSON profile (a customer is a few kilobytes; a batch belongs in a CSV file).
    public static let maximumProfileBytes = 4 << 20
    /// Entries of a profile's `numbers` list, and rows of one customer in a CSV batch.
    public static let maximumNumbers = 1_000
    /// Entries of a profile's `templates` list.
    public static let maximumTemplates = 10_000
    /// Uses of YAML aliases (`*name`) in one profile.
    public static let maximumAliases = 100
    /// Diagnostics reported for one customer; the rest are counted in one last note.
    public static let maximumDiagnostics = 50

    /// "4 MiB" for byte counts that are whole mebibytes, else the count of bytes.
    static func bytes(_ count: Int) -> String {
        count % (1 << 20) == 0 ? "\(count >> 20) MiB" : "\(count) bytes"
    }
}
