import Foundation
import RuleDiff
import TestSupport
import Testing

@Suite("Lines of rules in snapshot text")
struct SnapshotLinesTests {
    /// Hand-formatted on purpose: ids after other members, strings holding brackets and quotes, an escaped id,
    /// and an `id` nested deeper than an item that must not count as one.
    static let text = """
        {"schema": 1,
         "version": "1.0.0",
         "date": "2026-01-01",
         "facts": [
           {"text": {"en": "a \\"quoted\\" [bracket] {brace}, \\\\"},
            "id": "fact.one"},
           {"id": "fact.tw\\u006f"}
         ],
         "criteria": [{"nested": [{"id": "not.an.item"}], "id": "crit.one"}]
        }
        """

    static var lines: SnapshotLines { SnapshotLines(path: "rules.json", text: Data(text.utf8)) }

    @Test("an item's line is the line of its id member, wherever the id sits in the item")
    func itemLines() {
        #expect(Self.lines.line(section: "facts", id: "fact.one") == 6)
        #expect(Self.lines.line(section: "criteria", id: "crit.one") == 9)
    }

    @Test("escaped ids are decoded and ids nested inside an item are not items")
    func escapesAndNesting() {
        #expect(Self.lines.line(section: "facts", id: "fact.two") == 7)
        #expect(Self.lines.line(section: "criteria", id: "not.an.item") == nil)
    }

    @Test("a change points at its rule, a rename at the new id, a removal or reorder at the section, the book at its key")
    func changeLines() {
        let lines = Self.lines
        #expect(lines.line(of: RuleChange(check: .textChanged, ruleID: "fact.one", section: "facts", field: "text", summary: "s")) == 6)
        #expect(lines.line(of: RuleChange(check: .ruleRenamed, ruleID: "fact.old", section: "facts", detail: "fact.two", summary: "s")) == 7)
        #expect(lines.line(of: RuleChange(check: .ruleRemoved, ruleID: "gone", section: "criteria", summary: "s")) == 9)
        #expect(lines.line(of: RuleChange(check: .orderChanged, ruleID: "facts", section: "facts", summary: "s")) == 4)
        #expect(lines.line(of: RuleChange(check: .dateChanged, ruleID: RuleDiffer.ruleBookID, section: RuleDiffer.ruleBookID, field: "date", summary: "s")) == 3)
    }

    @Test("text that is not a snapshot still gives line 1, never a crash")
    func brokenText() {
        let lines = SnapshotLines(path: "x.json", text: Data("[\"unterminated".utf8))
        #expect(lines.line(of: RuleChange(check: .ruleAdded, ruleID: "a", section: "facts", summary: "s")) == 1)
    }

    @Test("every rule of the committed snapshot is found on the line that holds its id")
    func committedSnapshot() throws {
        let data = try Data(contentsOf: Golden.packageRoot.appendingPathComponent("content/rules.json"))
        let textLines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let lines = SnapshotLines(path: "content/rules.json", text: data)
        let snapshot = try SnapshotReader.parse(data, origin: "content/rules.json")
        var checked = 0
        for section in snapshot.sections {
            for item in section.items {
                let line = try #require(lines.line(section: section.name, id: item.id), "\(section.name) \(item.id)")
                #expect(textLines[line - 1].contains("\"id\": \"\(item.id)\""))
                checked += 1
            }
        }
        #expect(checked == snapshot.sections.reduce(0) { $0 + $1.items.count } && checked > 0)
    }
}
