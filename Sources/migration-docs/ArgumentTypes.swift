import ArgumentParser
import Checklists
import MigrationRules
import RuleDiff
import Site

// The libraries' choices as ArgumentParser values: the parser lists the allowed values in `--help`, rejects any
// other with exit 64, and a new case of a format enum is a new accepted value with no parsing code to touch.

extension ChecklistFormat: ExpressibleByArgument {}
extension SiteFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension FailThreshold: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {
    /// Tags as people type them (`pt-br`, `EN`), as profiles accept them.
    public init?(argument: String) { self.init(tag: argument) }

    public static var allValueStrings: [String] { allCases.map(\.tag) }
}

extension Shard {
    /// `--shard K/N`, with the rule in the message when it is broken.
    static func argument(_ text: String) throws -> Shard {
        guard let shard = Shard(parsing: text) else {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, like 2/4; found '\(text)'.")
        }
        return shard
    }
}
