import Foundation

/// A JSON document whose objects keep the order their keys were given in.
///
/// The canonical snapshot needs `"schema"` first and sorted keys everywhere else, which neither
/// `JSONEncoder` nor `JSONSerialization` can express; this small tree and its writer can.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Members in output order; `object(sorted:)` builds one with sorted keys.
    case object([(key: String, value: JSONValue)])

    /// An object whose keys are sorted by their UTF-8 bytes, the canonical order.
    public static func object(sorted members: [String: JSONValue]) -> JSONValue {
        .object(members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { (key: $0.key, value: $0.value) })
    }

    /// The member with a key, when this is an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var integerValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var objectValue: [(key: String, value: JSONValue)]? {
        if case .object(let value) = self { return value }
        return nil
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let value): hasher.combine(value)
        case .integer(let value): hasher.combine(value)
        case .bool(let value): hasher.combine(value)
        case .null: hasher.combine(0)
        case .array(let values): hasher.combine(values)
        case .object(let members):
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        }
    }
}

extension JSONValue {
    /// Writes the canonical form: two-space indent, `": "` after keys, a final newline, no escaped slashes.
    public func canonicalText() -> String {
        var output = ""
        write(to: &output, indent: 0)
        output += "\n"
        return output
    }

    private func write(to output: inout String, indent: Int) {
        switch self {
        case .string(let value): Self.writeString(value, to: &output)
        case .integer(let value): output += String(value)
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let values):
            guard !values.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                value.write(to: &output, indent: indent + 1)
                output += index == values.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                Self.writeString(member.key, to: &output)
                output += ": "
                member.value.write(to: &output, indent: indent + 1)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

/// Why a JSON text could not be read.
public struct JSONReadError: Error, Sendable, CustomStringConvertible {
    public let description: String
}

extension JSONValue: Decodable {
    /// Parses JSON text, keeping object members in sorted order.
    ///
    /// Goes through `JSONSerialization`, about ten times faster than `JSONDecoder` on Linux and the bulk of
    /// `rules diff`'s time budget; its error messages also say where the text went wrong.
    public static func parse(_ data: Data) throws(JSONReadError) -> JSONValue {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw JSONReadError(description: reason ?? "it is not valid JSON (\(error))")
        }
        return try JSONValue(foundationObject: object, path: [])
    }

    /// Converts what `JSONSerialization` returns; booleans are told from numbers by their Objective-C type.
    private init(foundationObject object: Any, path: [String]) throws(JSONReadError) {
        // Containers are tried before NSNumber: casting a Swift dictionary or array to NSNumber bridges it
        // to Objective-C in full first, which made parsing ten times slower.
        switch object {
        case let text as String:
            self = .string(text)
        case let members as [String: Any]:
            var converted: [String: JSONValue] = [:]
            converted.reserveCapacity(members.count)
            for (key, value) in members {
                converted[key] = try JSONValue(foundationObject: value, path: path + [".\(key)"])
            }
            self = .object(sorted: converted)
        case let values as [Any]:
            var converted: [JSONValue] = []
            converted.reserveCapacity(values.count)
            for (index, value) in values.enumerated() {
                converted.append(try JSONValue(foundationObject: value, path: path + ["[\(index)]"]))
            }
            self = .array(converted)
        case is NSNull:
            self = .null
        case let number as NSNumber:
            let type = String(cString: number.objCType)
            if type == "c" {
                self = .bool(number.boolValue)
            } else if type == "d" || type == "f" || type == "Q" {
                throw JSONReadError(
                    description: "a number that is not an integer (snapshots hold integers only) at \(Self.path(path))")
            } else {
                self = .integer(number.intValue)
            }
        default:
            throw JSONReadError(description: "an unexpected value at \(Self.path(path))")
        }
    }

    private static func path(_ components: [String]) -> String {
        components.isEmpty ? "the top level" : components.joined()
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let values = try? container.decode([JSONValue].self) {
            self = .array(values)
        } else if let members = try? container.decode([String: JSONValue].self) {
            self = .object(sorted: members)
        } else {
            throw DecodingError.typeMismatch(
                JSONValue.self,
                .init(codingPath: decoder.codingPath, debugDescription: "a number that is not an integer (snapshots hold integers only)"))
        }
    }
}
