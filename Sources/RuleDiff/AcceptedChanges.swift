import Foundation
import Diagnostics

/// The committed list of changes a team has reviewed and accepts (`rules diff --accept FILE`).
///
/// Accepted changes are still reported, marked with their reason, but never make the run fail. The file is
/// JSON so that any fingerprint and any reason round-trip exactly:
///
/// ```json
/// {
///   "schema": 1,
///   "accepted": [
///     { "fingerprint": "limit-narrowed:limit.templates-unverified:value", "reason": "Meta lowered the limit (META-TPL)." }
///   ]
/// }
/// ```
public struct AcceptedChanges: Sendable {
    /// The accept-file format version.
    public static let schema = 1

    public let entries: [AcceptedChange]

    public init(entries: [AcceptedChange]) {
        self.entries = entries
    }

    /// The entry accepting a fingerprint, if any.
    public func entry(for fingerprint: String) -> AcceptedChange? {
        entries.first { $0.fingerprint == fingerprint }
    }

    /// Reads and validates an accept file, relative to a working directory.
    public static func read(path: String, workingDirectory: URL) throws(AcceptedChangesError) -> AcceptedChanges {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingFile(path: path) }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadableFile(path: path) }
        return try parse(data, origin: path)
    }

    /// Parses accept-file bytes: an object with `schema` 1 and `accepted`, a list of fingerprints with reasons.
    public static func parse(_ data: Data, origin: String) throws(AcceptedChangesError) -> AcceptedChanges {
        let json: JSONValue
        do {
            json = try JSONValue.parse(data)
        } catch {
            throw .invalid(path: origin, reason: "it is not valid JSON (\(error.description))")
        }
        guard json.objectValue != nil else { throw .invalid(path: origin, reason: "the top level must be an object") }
        guard let schema = json["schema"]?.integerValue else {
            throw .invalid(path: origin, reason: "it needs \"schema\": \(schema)")
        }
        guard schema == Self.schema else {
            throw .invalid(path: origin, reason: "schema \(schema) is not known to this version, which reads schema \(Self.schema)")
        }
        guard let list = json["accepted"]?.arrayValue else {
            throw .invalid(path: origin, reason: "it needs an \"accepted\" array")
        }
        var entries: [AcceptedChange] = []
        for (index, element) in list.enumerated() {
            guard let fingerprint = element["fingerprint"]?.stringValue, !fingerprint.isEmpty else {
                throw .invalid(path: origin, reason: "entry \(index + 1) has no \"fingerprint\"")
            }
            guard let reason = element["reason"]?.stringValue,
                !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else {
                throw .invalid(path: origin, reason: "entry \(index + 1) (\(fingerprint)) has no \"reason\"; say why the change is accepted")
            }
            guard !entries.contains(where: { $0.fingerprint == fingerprint }) else {
                throw .invalid(path: origin, reason: "\(fingerprint) is listed twice")
            }
            entries.append(AcceptedChange(fingerprint: fingerprint, reason: reason))
        }
        return AcceptedChanges(entries: entries)
    }
}

/// One accepted change: the fingerprint `rules diff` printed, and why it is fine.
public struct AcceptedChange: Sendable, Hashable {
    public let fingerprint: String
    public let reason: String

    public init(fingerprint: String, reason: String) {
        self.fingerprint = fingerprint
        self.reason = reason
    }
}

/// Why an accept file could not be used.
public enum AcceptedChangesError: ReportableError, Sendable, Equatable {
    case missingFile(path: String)
    case unreadableFile(path: String)
    case invalid(path: String, reason: String)

    /// Missing or unreadable file, or invalid content.
    public var status: ExitStatus {
        switch self {
        case .missingFile, .unreadableFile: .inputMissing
        case .invalid: .invalidData
        }
    }

    public var description: String {
        switch self {
        case .missingFile(let path):
            "\(path): error: no such accept file. Create it (see \"Accepting a change\" in the README) or drop --accept."
        case .unreadableFile(let path):
            "\(path): error: the accept file cannot be read; check that it is a regular file and that its permissions allow reading."
        case .invalid(let path, let reason):
            "\(path): error: this is not a valid accept file: \(reason). Each entry is {\"fingerprint\": ..., \"reason\": ...} under \"accepted\", as the README shows."
        }
    }
}
