import Foundation
import MigrationRules

/// `rules check`: is the committed snapshot exactly what the compiled rule book produces?
public enum SnapshotCheck {
    /// What the check found.
    public enum Outcome: Sendable {
        /// The file holds the canonical snapshot of the rule book, byte for byte.
        case upToDate
        /// The file differs; `changes` is the diff from the file to the rule book. When it is empty, only the
        /// formatting differs (a hand edit, another indent) and the file still needs refreshing.
        case outOfDate(changes: RuleChangeSet)
    }

    /// Compares the snapshot file at `path` with the reader's compiled rule book.
    ///
    /// - Throws: when the file is missing, unreadable, or not a valid snapshot: a broken file is never "up to date".
    public static func run(snapshotPath path: String, reader: SnapshotReader) throws(SnapshotReadError) -> Outcome {
        let data = try reader.readFile(path)
        let expected = RuleSnapshot.text(of: reader.compiledRuleBook)
        if data == Data(expected.utf8) { return .upToDate }
        let committed = try SnapshotReader.parse(data, origin: path)
        let compiled = try reader.read(.compiledRuleBook)
        return .outOfDate(changes: RuleDiffer.diff(base: committed, head: compiled))
    }

    /// The exact command that rewrites the snapshot at `path`, quoted for a POSIX shell.
    public static func refreshCommand(snapshotPath path: String) -> String {
        "swift run migration-docs rules snapshot --output \(shellQuoted(path))"
    }

    private static func shellQuoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) && $0.isASCII || "._/-+=@%".unicodeScalars.contains($0)
        }
        return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
