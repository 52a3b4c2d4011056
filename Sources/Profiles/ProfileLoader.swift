import Diagnostics
import Yams

/// The load stage for one YAML or JSON profile: text → `ProfileDraft`, with every structural problem located.
///
/// JSON is read through the YAML parser on purpose (JSON is valid YAML 1.2 flow syntax), so both formats
/// get line and column for every value from Yams' node marks.
public struct ProfileLoader: Sendable {
    public init() {}

    /// Parses the file into a draft. Bad syntax fails here; unknown keys and wrong shapes travel in the
    /// draft's `problems` so the validator reports them with everything else.
    public func load(_ file: ProfileFile) -> Result<ProfileDraft, DiagnosticsError> {
        var problems: [Diagnostic] = []
        let root: Node?
        do {
            root = try Yams.compose(yaml: SurrogateEscapes.joined(in: file.text))
        } catch let error as YamlError {
            return .failure(DiagnosticsError([Self.diagnostic(for: error, path: file.path)]))
        } catch {
            return .failure(DiagnosticsError([Diagnostic(path: file.path, message: "the profile cannot be parsed: \(error).")]))
        }
        guard let root, case .mapping(let mapping) = root else {
            let mark = root?.mark
            return .failure(
                DiagnosticsError([
                    Diagnostic(
                        path: file.path, line: mark?.line ?? 1, column: mark?.column ?? 1,
                        message: "a profile must be a YAML or JSON mapping of keys (company, waba_id, numbers, ...), one customer per file.")
                ]))
        }
        var draft = ProfileDraft(path: file.path, location: Self.location(root.mark))
        var aliases = AliasCount()
        func report(_ message: String, _ node: Node) {
            let location = Self.location(node.mark)
            problems.append(Diagnostic(path: file.path, line: location.line, column: location.column, message: message))
        }

        for (key, value, keyNode) in Self.pairs(of: mapping, report: report) {
            switch key {
            case "destination":
                guard case .mapping(let destination) = value else {
                    if value.null == nil { report("'destination' must be a mapping with \(ProfileKeys.destination.joined(separator: ", ")).", value) }
                    continue
                }
                for (innerKey, innerValue, innerKeyNode) in Self.pairs(of: destination, report: report) {
                    guard ProfileKeys.destination.contains(innerKey) else {
                        report(ProfileKeys.unknownKeyMessage(innerKey, in: "destination", allowed: ProfileKeys.destination), innerKeyNode)
                        continue
                    }
                    if let scalar = Self.scalar(innerValue, key: "destination.\(innerKey)", report: report) {
                        draft.fields["destination.\(innerKey)"] = scalar
                    }
                }
            case "numbers", "templates":
                if key == "numbers" { draft.numbersLocation = Self.location(value.mark) }
                guard case .sequence(let sequence) = value else {
                    if value.null == nil || key == "numbers" {
                        report("'\(key)' must be a list (one '- ' entry per \(key == "numbers" ? "phone number" : "template")).", value)
                    }
                    continue
                }
                let allowed = key == "numbers" ? ProfileKeys.number : ProfileKeys.template
                let limit = key == "numbers" ? ProfileLimits.maximumNumbers : ProfileLimits.maximumTemplates
                if sequence.count > limit {
                    report(
                        "'\(key)' has \(sequence.count) entries, over the limit of \(limit) for one customer; a WhatsApp Business Account has far fewer, so check that the list is not repeated.",
                        value)
                }
                for (index, element) in sequence.prefix(limit).enumerated() {
                    if aliases.count(element), aliases.isOverLimit {
                        report(
                            "the profile uses YAML aliases (*name) more than \(ProfileLimits.maximumAliases) times; write each entry out instead of repeating an anchored one.",
                            element)
                        break
                    }
                    let label = "\(key)[\(index + 1)]"
                    guard case .mapping(let entryMapping) = element else {
                        report("\(label) must be a mapping with \(allowed.joined(separator: ", ")).", element)
                        continue
                    }
                    var fields: [String: ProfileValue] = [:]
                    for (entryKey, entryValue, entryKeyNode) in Self.pairs(of: entryMapping, report: report) {
                        guard allowed.contains(entryKey) else {
                            report(ProfileKeys.unknownKeyMessage(entryKey, in: label, allowed: allowed), entryKeyNode)
                            continue
                        }
                        if let scalar = Self.scalar(entryValue, key: "\(label).\(entryKey)", report: report) { fields[entryKey] = scalar }
                    }
                    let entry = ProfileDraft.Entry(label: label, location: Self.location(element.mark), fields: fields)
                    if key == "numbers" { draft.numbers.append(entry) } else { draft.templates.append(entry) }
                }
            default:
                guard ProfileKeys.customer.contains(key) else {
                    report(ProfileKeys.unknownKeyMessage(key, in: "the profile", allowed: ProfileKeys.customer), keyNode)
                    continue
                }
                if let scalar = Self.scalar(value, key: key, report: report) { draft.fields[key] = scalar }
            }
        }
        draft.problems = problems
        return .success(draft)
    }

    /// Counts the uses of anchored nodes: Yams resolves an alias to the anchored node itself, so every
    /// occurrence after the first of an anchor is an alias.
    private struct AliasCount {
        private var seen: Set<String> = []
        private var uses = 0

        var isOverLimit: Bool { uses > ProfileLimits.maximumAliases }

        /// Counts `node` and, for a mapping, its values; true when that was an alias use.
        mutating func count(_ node: Node) -> Bool {
            var isAlias = record(node)
            if case .mapping(let mapping) = node {
                for (_, value) in mapping where record(value) { isAlias = true }
            }
            return isAlias
        }

        private mutating func record(_ node: Node) -> Bool {
            guard let anchor = node.anchor?.rawValue else { return false }
            if seen.insert(anchor).inserted { return false }
            uses += 1
            return true
        }
    }

    /// The pairs of a mapping with string keys; duplicate and non-text keys are reported and skipped.
    private static func pairs(of mapping: Node.Mapping, report: (String, Node) -> Void) -> [(String, Node, Node)] {
        var seen: Set<String> = []
        var result: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                report("keys must be plain text like 'company' or 'waba_id'.", keyNode)
                continue
            }
            guard seen.insert(scalar.string).inserted else {
                report("'\(scalar.string)' appears twice in the same mapping; keep one.", keyNode)
                continue
            }
            result.append((scalar.string, value, keyNode))
        }
        return result
    }

    /// A scalar value; lists and mappings where text is expected are reported.
    private static func scalar(_ node: Node, key: String, report: (String, Node) -> Void) -> ProfileValue? {
        guard case .scalar(let scalar) = node else {
            report("'\(key)' must be a single value, not a list or a mapping.", node)
            return nil
        }
        return ProfileValue(text: scalar.string, location: location(node.mark), isNull: node.null != nil && scalar.style == .plain)
    }

    /// `'a', 'b' and 'c'`, each name cut at 40 characters and at most 10 names, so the message stays short
    /// whatever the input.
    static func quotedList(_ names: [String]) -> String {
        let shown = names.prefix(10).map { name in
            let short = name.count > 40 ? name.prefix(40) + "…" : Substring(name)
            return "'" + short.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : String($0) }.joined() + "'"
        }
        let rest = names.count - shown.count
        var list = shown.count > 1 ? shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1] : shown.joined()
        if rest > 0 { list = shown.joined(separator: ", ") + " and \(rest) more" }
        return list
    }

    static func location(_ mark: Mark?) -> InputLocation {
        InputLocation(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return Diagnostic(
                path: path, line: mark.line, column: mark.column,
                message: "the profile is not valid YAML or JSON (\(detail)); check quotes, brackets and indentation around here.")
        case .reader(let problem, _, _, _):
            return Diagnostic(path: path, message: "the profile cannot be read (\(problem)); save it as UTF-8 text.")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                path: path, line: context.mark.line, column: context.mark.column,
                message: "this mapping has the \(duplicates.count == 1 ? "key" : "keys") \(quotedList(duplicates)) more than once; keep one of each.")
        default:
            // Never the error's own text: Yams copies the whole input into some of its messages.
            return Diagnostic(path: path, message: "the profile cannot be parsed (\(String(describing: error).prefix(200))).")
        }
    }
}
