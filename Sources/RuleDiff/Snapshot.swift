import Foundation

/// A rule book snapshot that has been checked against schema 1, ready to be compared.
///
/// Validation happens once, here, so the differ can rely on the shape (every section present, every item an
/// object with a unique string id) and a broken file is reported as broken, never as "no changes".
public struct Snapshot: Sendable {
    /// How to name this snapshot in reports and messages: a path, `REV:PATH`, or "the compiled rule book".
    public let origin: String
    /// The rule book version the snapshot was taken from.
    public let version: String
    /// The rule book date, `YYYY-MM-DD`.
    public let date: String
    /// Every section of `RuleSnapshot.sections`, in that order.
    public let sections: [SnapshotSection]

    /// Checks a parsed JSON tree and keeps it as a snapshot.
    ///
    /// - Throws: `.futureSchema` for a newer schema, `.invalid` with the first problem found otherwise.
    public init(validating json: JSONValue, origin: String) throws(SnapshotReadError) {
        guard let members = json.objectValue else {
            throw .invalid(source: origin, reason: "the top level must be an object")
        }
        guard let schemaValue = json["schema"] else {
            throw .invalid(source: origin, reason: "it has no \"schema\" member")
        }
        guard let schema = schemaValue.integerValue else {
            throw .invalid(source: origin, reason: "\"schema\" must be an integer")
        }
        if schema > RuleSnapshot.schema { throw .futureSchema(source: origin, schema: schema) }
        guard schema == RuleSnapshot.schema else {
            throw .invalid(source: origin, reason: "schema \(schema) is not a schema any version of migration-docs wrote")
        }
        guard let version = json["version"]?.stringValue, !version.isEmpty else {
            throw .invalid(source: origin, reason: "\"version\" must be a non-empty string")
        }
        guard let date = json["date"]?.stringValue, !date.isEmpty else {
            throw .invalid(source: origin, reason: "\"date\" must be a non-empty string")
        }
        let known = Set(["schema", "version", "date"] + RuleSnapshot.sections)
        if let unknown = members.first(where: { !known.contains($0.key) }) {
            throw .invalid(source: origin, reason: "it has an unknown member \"\(unknown.key)\" for schema \(schema)")
        }
        var sections: [SnapshotSection] = []
        for name in RuleSnapshot.sections {
            guard let value = json[name] else {
                throw .invalid(source: origin, reason: "the section \"\(name)\" is missing")
            }
            sections.append(try SnapshotSection(validating: value, name: name, origin: origin))
        }
        self.origin = origin
        self.version = version
        self.date = date
        self.sections = sections
    }

    /// The section with a name from `RuleSnapshot.sections`.
    public func section(_ name: String) -> SnapshotSection? {
        sections.first { $0.name == name }
    }
}

/// One section of a snapshot: its items in rule book order, findable by id.
public struct SnapshotSection: Sendable {
    public let name: String
    /// The items in rule book order (meaningful for process steps, a sequence).
    public let items: [SnapshotItem]
    private let indexByID: [String: Int]

    init(validating value: JSONValue, name: String, origin: String) throws(SnapshotReadError) {
        guard let elements = value.arrayValue else {
            throw .invalid(source: origin, reason: "the section \"\(name)\" must be an array")
        }
        var items: [SnapshotItem] = []
        var indexByID: [String: Int] = [:]
        for (position, element) in elements.enumerated() {
            guard let members = element.objectValue else {
                throw .invalid(source: origin, reason: "item \(position + 1) of \"\(name)\" must be an object")
            }
            guard let id = element["id"]?.stringValue, !id.isEmpty else {
                throw .invalid(source: origin, reason: "item \(position + 1) of \"\(name)\" has no string \"id\"")
            }
            guard indexByID[id] == nil else {
                throw .invalid(source: origin, reason: "the id \"\(id)\" appears twice in \"\(name)\"")
            }
            indexByID[id] = position
            items.append(SnapshotItem(id: id, members: members))
        }
        self.name = name
        self.items = items
        self.indexByID = indexByID
    }

    /// The item with an id, if the section has one.
    public func item(_ id: String) -> SnapshotItem? {
        indexByID[id].map { items[$0] }
    }

    /// The position of an item, for keeping reports in rule book order.
    public func position(of id: String) -> Int? {
        indexByID[id]
    }
}

/// One rule (or release) of a snapshot section: its id and its members, keys sorted as written.
public struct SnapshotItem: Sendable {
    public let id: String
    public let members: [(key: String, value: JSONValue)]

    /// The member with a key.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    /// Every member except the id and the last-checked date: what must match for a rename to be recognised.
    var content: [String: JSONValue] {
        var content: [String: JSONValue] = [:]
        for member in members where member.key != "id" && member.key != "last_checked" {
            content[member.key] = member.value
        }
        return content
    }
}
