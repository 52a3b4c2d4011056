import Foundation
import MigrationRules

/// Which part of a batch this run handles: customer number `i` (0-based, in input order) belongs to shard
/// `i % count + 1`. Index-based, so every customer, good or bad, is handled by exactly one shard.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based, as written on the command line.
    public let index: Int
    public let count: Int

    public static let whole = Shard(index: 1, count: 1)

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            return nil
        }
        self.init(index: index, count: count)
    }

    public func contains(customer position: Int) -> Bool { position % count == index - 1 }

    public var description: String { "\(index)/\(count)" }
}

/// Everything a checklist run needs besides its inputs.
public struct ChecklistOptions: Sendable {
    /// The output folder; nil writes the one checklist to standard output.
    public var outputDirectory: String?
    /// Overrides every profile's `language` when set.
    public var language: Language?
    public var shard: Shard
    public var templatesDirectory: String
    /// Chromium's path for PDF; nil looks for `chromium` on PATH.
    public var chromiumPath: String?
    /// Worker threads; defaults to the machine's cores.
    public var workers: Int
    /// The rule book every checklist is evaluated against and quotes: the compiled one, or another (a
    /// proposed change, a test's variant) to see what it would print.
    public var rules: RuleBook

    public init(
        outputDirectory: String? = "checklists", language: Language? = nil,
        shard: Shard = .whole, templatesDirectory: String = "templates", chromiumPath: String? = nil, workers: Int? = nil,
        rules: RuleBook
    ) {
        self.outputDirectory = outputDirectory
        self.language = language
        self.shard = shard
        self.templatesDirectory = templatesDirectory
        self.chromiumPath = chromiumPath
        self.workers = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.rules = rules
    }
}
