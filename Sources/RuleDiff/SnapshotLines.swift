import Foundation

/// The line of each rule in a snapshot's JSON text, so that code scanning and Code Quality reports can point
/// at the rule a change is about.
///
/// Lines come from the bytes of the snapshot as its source holds them (the file, `git show`'s output, or the
/// compiled rule book's canonical text), never from re-rendering the parsed tree: a hand-formatted file still
/// gets the lines a reviewer sees in it.
public struct SnapshotLines: Sendable, Hashable {
    /// Where reports say the snapshot is: the file as given, the path of `REV:PATH`, or `content/rules.json`
    /// for the compiled rule book (which `rules check` keeps byte-identical to that file).
    public let path: String
    /// The 1-based line of each top-level member's key (`version`, `date`, each section).
    private let topLevelLines: [String: Int]
    /// Per section, the 1-based line of each item's `"id"` member.
    private let itemLines: [String: [String: Int]]

    /// The path the compiled rule book's snapshot is committed at.
    public static let committedPath = "content/rules.json"

    /// Indexes snapshot text; text that is not a JSON object yields no lines, and every lookup then says line 1.
    public init(path: String, text: Data) {
        self.path = path
        var scanner = LineScanner()
        text.withUnsafeBytes { scanner.scan($0) }
        topLevelLines = scanner.topLevelLines
        itemLines = scanner.itemLines
    }

    /// The line of an item's `"id"` member in a section, if the snapshot has that item.
    public func line(section: String, id: String) -> Int? {
        itemLines[section]?[id]
    }

    /// The line of a top-level member's key (`version`, `date`, a section name), if the snapshot has it.
    public func line(topLevelKey key: String) -> Int? {
        topLevelLines[key]
    }

    /// The line a change is shown at in the head snapshot.
    ///
    /// The changed rule's id where the rule is in the head; for a rename, the new id; for a removed rule or a
    /// change of order, the section's key; for the rule book's version and date, their keys; line 1 when the
    /// text has none of these (a report must still name a line).
    public func line(of change: RuleChange) -> Int {
        if change.section == RuleDiffer.ruleBookID {
            return change.field.flatMap { line(topLevelKey: $0) } ?? 1
        }
        let id = change.check == .ruleRenamed ? change.detail ?? change.ruleID : change.ruleID
        return line(section: change.section, id: id) ?? line(topLevelKey: change.section) ?? 1
    }
}

/// A single pass over JSON bytes that records the lines `SnapshotLines` needs and nothing else.
///
/// The text was already parsed and validated as a snapshot, so the scanner only has to follow nesting and
/// strings; it decodes just the keys at the two depths it reads and the values of `id`.
private struct LineScanner {
    /// One open container: for an object, whether a key comes next, the current key and its line.
    private struct Frame {
        let isObject: Bool
        var expectsKey: Bool
        var key: String?
        var keyLine = 0
    }

    var topLevelLines: [String: Int] = [:]
    var itemLines: [String: [String: Int]] = [:]
    private var stack: [Frame] = []
    private var line = 1

    mutating func scan(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                line += 1
            case UInt8(ascii: "{"):
                stack.append(Frame(isObject: true, expectsKey: true))
            case UInt8(ascii: "["):
                stack.append(Frame(isObject: false, expectsKey: false))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
            case UInt8(ascii: ","):
                if let last = stack.indices.last, stack[last].isObject { stack[last].expectsKey = true }
            case UInt8(ascii: "\""):
                let end = Self.endOfString(bytes, openingQuote: index)
                readString(bytes, from: index, through: end)
                index = end
            default:
                break
            }
            index += 1
        }
    }

    /// Handles one string token: a key of the top-level object or of an item, or the value of an item's `id`.
    private mutating func readString(_ bytes: UnsafeRawBufferPointer, from start: Int, through end: Int) {
        guard let last = stack.indices.last else { return }
        // Depth 1 is the snapshot object, 2 a section array, 3 an item of it.
        let depth = stack.count
        if stack[last].isObject && stack[last].expectsKey {
            stack[last].expectsKey = false
            stack[last].keyLine = line
            stack[last].key = depth == 1 || depth == 3 ? Self.decode(bytes, from: start, through: end) : nil
            if depth == 1, let key = stack[last].key, topLevelLines[key] == nil { topLevelLines[key] = line }
            return
        }
        guard depth == 3, stack[last].isObject, stack[last].key == "id", !stack[1].isObject,
            let section = stack[0].key, let id = Self.decode(bytes, from: start, through: end)
        else { return }
        if itemLines[section, default: [:]][id] == nil { itemLines[section, default: [:]][id] = stack[last].keyLine }
    }

    /// The index of the quote that closes the string opened at `openingQuote` (or the last byte, if none does).
    private static func endOfString(_ bytes: UnsafeRawBufferPointer, openingQuote: Int) -> Int {
        var index = openingQuote + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index
            default: index += 1
            }
        }
        return bytes.count - 1
    }

    /// The string a token stands for; escapes are rare in keys and ids, so only then is JSONSerialization asked.
    private static func decode(_ bytes: UnsafeRawBufferPointer, from start: Int, through end: Int) -> String? {
        guard end > start else { return nil }
        let token = UnsafeRawBufferPointer(rebasing: bytes[start...end])
        guard token.contains(UInt8(ascii: "\\")) else {
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
        }
        return (try? JSONSerialization.jsonObject(with: Data(token), options: [.fragmentsAllowed])) as? String
    }
}
