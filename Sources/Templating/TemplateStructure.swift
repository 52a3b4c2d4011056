import Diagnostics

/// The checks swift-mustache does not make before rendering: a partial or layout that includes itself (directly
/// or through others), sections nested deeper than `maximumDepth`, and partials that do not exist.
///
/// The first two crash the renderer (its recursion overflows the stack); a missing partial renders as nothing
/// with exit 0. So every template set is checked here first, and each problem is a located diagnostic (65).
public enum TemplateStructure {
    /// Sections, inverted sections, blocks and layouts open at once in one template; real ones use fewer than 10.
    public static let maximumDepth = 100

    /// A template's text and where it came from.
    public struct Source: Sendable {
        public let name: String
        public let path: String
        public let text: String

        public init(name: String, path: String, text: String) {
            self.name = name
            self.path = path
            self.text = text
        }
    }

    /// A partial (`>`) or layout (`<`) tag: which template it includes, and where.
    struct Inclusion {
        let target: String
        let line: Int
        let column: Int
    }

    /// The first line of a template filled in two stages: `[[...]]` tags first, then `{{...}}` tags.
    public static let twoStageDelimiterSwitch = "{{=[[ ]]=}}"

    /// Every problem of the set, in file order per template.
    ///
    /// A two-stage template is scanned twice: as its first stage (`[[...]]` tags) and as its second
    /// (`{{...}}` tags, which the first stage copies through).
    public static func check(_ sources: [Source]) -> [Diagnostic] {
        let names = Set(sources.map(\.name))
        var diagnostics: [Diagnostic] = []
        var inclusions: [String: [Inclusion]] = [:]
        for source in sources {
            var scan = Scan(source, text: source.text)
            if source.text.hasPrefix(twoStageDelimiterSwitch) {
                let secondStage = String(repeating: " ", count: twoStageDelimiterSwitch.utf8.count) + source.text.dropFirst(twoStageDelimiterSwitch.count)
                let second = Scan(source, text: secondStage)
                scan.diagnostics += second.diagnostics
                scan.inclusions += second.inclusions
            }
            diagnostics += scan.diagnostics
            inclusions[source.name] = scan.inclusions
            for inclusion in scan.inclusions where !names.contains(inclusion.target) {
                diagnostics.append(
                    Diagnostic(
                        path: source.path, line: inclusion.line, column: inclusion.column,
                        message: "the template includes '\(inclusion.target)', but there is no \(inclusion.target).mustache in the templates folder.",
                        hint: "add \(inclusion.target).mustache, or fix the name; the folder has \(names.sorted().joined(separator: ", "))."))
            }
        }
        // A cycle is reported once, at the inclusion that closes it, in the first template (by name) on it.
        let paths = Dictionary(sources.map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
        var reported: Set<String> = []
        for name in names.sorted() {
            guard let cycle = cycle(from: name, inclusions), !reported.contains(name) else { continue }
            reported.formUnion(cycle.names)
            let chain = (cycle.names + [cycle.names[0]]).joined(separator: " → ")
            diagnostics.append(
                Diagnostic(
                    path: paths[cycle.names[0]] ?? name, line: cycle.closing.line, column: cycle.closing.column,
                    message: cycle.names.count == 1
                        ? "the template '\(name)' includes itself, so filling it would never end."
                        : "the templates include each other in a circle (\(chain)), so filling them would never end.",
                    hint: "a partial or layout cannot contain itself; remove the inclusion or include another template."))
        }
        return diagnostics
    }

    /// The templates on a cycle through `start`, and the inclusion in the first of them that leads on around it.
    private static func cycle(from start: String, _ inclusions: [String: [Inclusion]]) -> (names: [String], closing: Inclusion)? {
        // Depth-first search for a path start → ... → start; `visited` keeps it linear in the number of inclusions.
        var visited: Set<String> = []
        var path: [(name: String, via: Inclusion)] = []
        func search(_ name: String) -> Bool {
            for inclusion in inclusions[name] ?? [] {
                if inclusion.target == start {
                    path.append((name, inclusion))
                    return true
                }
                guard visited.insert(inclusion.target).inserted else { continue }
                path.append((name, inclusion))
                if search(inclusion.target) { return true }
                path.removeLast()
            }
            return false
        }
        guard search(start), let first = path.first else { return nil }
        return (path.map(\.name), first.via)
    }

    /// One pass over a template's tags, following delimiter changes (`{{=[[ ]]=}}`).
    struct Scan {
        var diagnostics: [Diagnostic] = []
        var inclusions: [Inclusion] = []

        init(_ source: Source, text: String) {
            let bytes = Array(text.utf8)
            var open = Array("{{".utf8)
            var close = Array("}}".utf8)
            var depth = 0
            var reportedDepth = false
            var index = 0
            var line = 1
            var lineStart = 0
            func advanceLines(to end: Int) {
                while index < end {
                    if bytes[index] == 0x0A {
                        line += 1
                        lineStart = index + 1
                    }
                    index += 1
                }
            }
            while let start = Self.find(open, in: bytes, from: index) {
                advanceLines(to: start)
                let column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1
                var contentStart = start + open.count
                var closing = close
                // A triple mustache's content ends at `}}}`, with the default delimiters only.
                if open == Array("{{".utf8), contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "{") {
                    closing = Array("}}}".utf8)
                    contentStart += 1
                }
                guard let end = Self.find(closing, in: bytes, from: contentStart) else { break }
                let content = String(decoding: bytes[contentStart..<end], as: UTF8.self).trimmingSpaces()
                advanceLines(to: end + closing.count)
                guard let kind = content.first else { continue }
                let name = String(content.dropFirst()).trimmingSpaces()
                switch kind {
                case "#", "^", "$", "<":
                    depth += 1
                    if kind == "<" { inclusions.append(Inclusion(target: name, line: line, column: column)) }
                    if depth > TemplateStructure.maximumDepth, !reportedDepth {
                        reportedDepth = true
                        diagnostics.append(
                            Diagnostic(
                                path: source.path, line: line, column: column,
                                message: "sections are nested more than \(TemplateStructure.maximumDepth) deep here; close some before opening more.",
                                hint: "every {{#name}}, {{^name}}, {{$name}} and {{<name}} needs its {{/name}}; real templates nest a few deep."))
                    }
                case "/":
                    depth = max(0, depth - 1)
                case ">":
                    inclusions.append(Inclusion(target: name, line: line, column: column))
                case "=":
                    let parts = content.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
                    if content.hasSuffix("="), parts.count == 2 {
                        open = Array(parts[0].utf8)
                        close = Array(parts[1].utf8)
                    }
                default:
                    break
                }
            }
        }

        /// The first index at or after `from` where `needle` starts.
        static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
            guard let first = needle.first, !needle.isEmpty else { return nil }
            var index = from
            while index + needle.count <= bytes.count {
                if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
