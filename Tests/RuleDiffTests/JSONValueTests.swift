import Foundation
import RuleDiff
import Testing

@Suite("JSON parsing")
struct JSONValueTests {
    @Test("booleans, integers, null and strings keep their types; object keys come out sorted")
    func types() throws {
        let value = try JSONValue.parse(Data("{\"b\": [true, 1, 0, false, null, \"x\"], \"a\": {}}".utf8))
        #expect(value == .object([("a", .object([])), ("b", .array([.bool(true), .integer(1), .integer(0), .bool(false), .null, .string("x")]))]))
    }

    @Test("a fractional number is refused with its path")
    func fraction() {
        #expect(throws: JSONReadError.self) { try JSONValue.parse(Data("{\"a\": [1, 2.5]}".utf8)) }
        do {
            _ = try JSONValue.parse(Data("{\"a\": [1, 2.5]}".utf8))
        } catch {
            #expect(error.description.hasSuffix("at .a[1]"))
        }
    }
}
