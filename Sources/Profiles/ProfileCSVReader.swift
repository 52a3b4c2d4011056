import Diagnostics
import CSV
import Foundation

/// The load stage for a CSV batch: streams rows and yields one customer draft at a time.
///
/// One row per phone number; the customer columns repeat on each row, and consecutive rows with the same
/// `waba_id` form one customer. Only the current customer's rows are in memory, so a file of any size loads
/// in flat memory. A class, because it owns the open file.
public final class ProfileCSVReader {
    /// A customer read from the file: its draft, or the problems that make it unusable.
    public struct Customer: Sendable {
        /// 0-based position of the customer in the file, for sharding and stable ordering.
        public let index: Int
        public let draft: Result<ProfileDraft, DiagnosticsError>
    }

    /// Columns holding customer facts: they must agree across a customer's rows.
    public static let customerColumns = [
        "company", "language", "current_bsp", "business_manager_id", "waba_id", "business_verification", "account_review",
        "infrastructure", "status_at_current_bsp", "scheduled_for", "destination.payment_method",
        "destination.webhook_subscription", "destination.same_business", "destination.verification", "templates",
    ]
    /// Columns describing the row's phone number.
    public static let numberColumns = ProfileKeys.number
    public static let requiredColumns = ["company", "business_manager_id", "waba_id", "phone"]

    public let path: String
    private let reader: CSVReader
    private let stream: UTF8RepairingStream
    /// The first invalid byte of each row read but not yet built into a draft, by the row's first line.
    private var invalidRows: [Int: UTF8RepairingStream.InvalidByte] = [:]
    private let header: [String]
    /// Per header column: true for a number column. Computed once; checked for every cell.
    private let isNumberColumn: [Bool]
    private let wabaIDColumn: Int?
    private var nextLine: Int
    private var pending: (fields: [String], line: Int)?
    private var finished = false
    private var customerCount = 0
    /// First line of every customer already read, to catch a customer whose rows are not together.
    /// Keyed by the packed `waba_id` (`WabaKey`), so the table stays small for a file of any size.
    private var seenCustomers: [UInt64: Int32] = [:]
    /// Ids that do not pack (not digits, or longer than 17 digits).
    private var seenOtherCustomers: [String: Int] = [:]
    /// The line of the row being read when the reader first failed.
    private var errorLine: Int?

    /// Opens a CSV file and checks its header.
    ///
    /// - Throws: `DiagnosticsError`: exit 66 when the file is missing, 65 for a bad header.
    public init(path: String) throws(DiagnosticsError) {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let stream = UTF8RepairingStream(path: path)
        else {
            throw DiagnosticsError([Diagnostic(path: path, message: "no such file; give the path of a CSV batch of customer profiles.")], status: .inputMissing)
        }
        self.stream = stream
        do {
            reader = try CSVReader(stream: stream, codecType: UTF8.self, hasHeaderRow: true)
        } catch {
            throw DiagnosticsError(
                [Diagnostic(path: path, line: 1, message: "the CSV file has no header row; the first row must name the columns (\(Self.requiredColumns.joined(separator: ", ")), ...).")])
        }
        var header = (reader.headerRow ?? []).map { $0.trimmingWhitespace() }
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
        self.header = header
        self.isNumberColumn = header.map { Self.numberColumns.contains($0) }
        self.wabaIDColumn = header.firstIndex(of: "waba_id")
        self.nextLine = 2 + header.reduce(0) { $0 + $1.utf8.count(where: { $0 == 0x0A }) }
        var problems: [Diagnostic] = []
        if stream.isUTF16 {
            throw DiagnosticsError([
                Diagnostic(
                    path: path, line: 1,
                    message: "the CSV file is UTF-16 text, but batches are read as UTF-8.",
                    hint: "save it as UTF-8 (in a spreadsheet: 'CSV UTF-8'), or convert it with 'iconv -f utf-16 -t utf-8'.")
            ])
        }
        if let invalid = stream.invalidByte(inLines: 1...(nextLine - 1)) {
            problems.append(Self.diagnostic(for: invalid, path: path, isHeader: true))
        }
        let allowed = Self.customerColumns + Self.numberColumns
        var seen: Set<String> = []
        for (index, column) in header.enumerated() {
            if !allowed.contains(column) {
                problems.append(
                    Diagnostic(path: path, line: 1, column: nil, message: "column \(index + 1): " + ProfileKeys.unknownKeyMessage(column, in: "the CSV header", allowed: allowed)))
            } else if !seen.insert(column).inserted {
                problems.append(Diagnostic(path: path, line: 1, message: "the column '\(column)' appears twice in the header; keep one."))
            }
        }
        for column in Self.requiredColumns where !header.contains(column) {
            problems.append(Diagnostic(path: path, line: 1, message: "the CSV header has no '\(column)' column; the required columns are \(Self.requiredColumns.joined(separator: ", "))."))
        }
        if let error = readError { problems.append(Self.diagnostic(for: error, path: path, line: 1)) }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
    }

    /// The next customer, or nil at the end of the file. A file-level problem (bad UTF-8) ends the stream
    /// with one last customer carrying it.
    public func next() -> Customer? {
        guard !finished else { return nil }
        guard let first = pending ?? readRow() else {
            finished = true
            return nil
        }
        pending = nil
        var rows = [first]
        let key = wabaID(in: first.fields)
        var rowCount = 1
        while let row = readRow() {
            if wabaID(in: row.fields) == key {
                rowCount += 1
                // Rows past the limit are counted, not kept: one customer's rows are all in memory at once.
                if rows.count < ProfileLimits.maximumNumbers {
                    rows.append(row)
                } else {
                    invalidRows[row.line] = nil
                }
            } else {
                pending = row
                break
            }
        }
        let index = customerCount
        customerCount += 1
        if let error = readError {
            finished = true
            let line = errorLine ?? nextLine
            return Customer(index: index, draft: .failure(DiagnosticsError([Self.diagnostic(for: error, path: path, line: line)])))
        }
        if rowCount > ProfileLimits.maximumNumbers {
            for row in rows { invalidRows[row.line] = nil }
            return Customer(
                index: index,
                draft: .failure(
                    DiagnosticsError([
                        Diagnostic(
                            path: path, line: first.line,
                            message: "waba_id \(key) has \(rowCount) rows, over the limit of \(ProfileLimits.maximumNumbers) phone numbers for one customer; check that the rows are not repeated.")
                    ])))
        }
        let packedKey = WabaKey.pack(key)
        if !key.isEmpty, let earlier = packedKey.map({ seenCustomers[$0].map(Int.init) }) ?? seenOtherCustomers[key] {
            return Customer(
                index: index,
                draft: .failure(
                    DiagnosticsError([
                        Diagnostic(
                            path: path, line: first.line,
                            message: "the rows of waba_id \(key) must be next to each other, but this customer already appeared at line \(earlier); sort the file by waba_id.")
                    ])))
        }
        if let packedKey {
            seenCustomers[packedKey] = Int32(clamping: first.line)
        } else if !key.isEmpty {
            seenOtherCustomers[key] = first.line
        }
        return Customer(index: index, draft: draft(from: rows))
    }

    /// "1 field", "3 fields".
    static func fields(_ count: Int) -> String { count == 1 ? "1 field" : "\(count) fields" }

    /// Builds one customer's draft from its rows, checking field counts and that customer columns agree.
    private func draft(from rows: [(fields: [String], line: Int)]) -> Result<ProfileDraft, DiagnosticsError> {
        var problems: [Diagnostic] = []
        var draft = ProfileDraft(path: path, location: InputLocation(line: rows[0].line, column: nil))
        draft.numbersLocation = draft.location
        var firstValues: [String: (text: String, line: Int)] = [:]
        // Sized once: growing these dictionaries cell by cell was a third of building a draft.
        firstValues.reserveCapacity(header.count)
        draft.fields.reserveCapacity(header.count)
        for row in rows {
            if let invalid = invalidRows.removeValue(forKey: row.line) {
                problems.append(Self.diagnostic(for: invalid, path: path, isHeader: false))
                continue
            }
            guard row.fields.count == header.count else {
                problems.append(
                    Diagnostic(
                        path: path, line: row.line,
                        message: "this row has \(Self.fields(row.fields.count)) but the header has \(header.count); quote values that contain commas, like \"Muñoz, Hijos\"."))
                continue
            }
            var numberFields: [String: ProfileValue] = [:]
            numberFields.reserveCapacity(Self.numberColumns.count)
            for (index, text) in row.fields.enumerated() {
                let column = header[index]
                let value = ProfileValue(text: text, location: InputLocation(line: row.line, column: nil))
                if isNumberColumn[index] {
                    if !text.isEmpty { numberFields[column] = value }
                    continue
                }
                if let first = firstValues[column] {
                    if first.text.trimmingWhitespace() != text.trimmingWhitespace() {
                        problems.append(
                            Diagnostic(
                                path: path, line: row.line,
                                message: "\(column) is '\(text)' here but '\(first.text)' at line \(first.line) for the same waba_id; the customer columns of one customer's rows must agree."))
                    }
                    continue
                }
                firstValues[column] = (text, row.line)
                if column == "templates" {
                    draft.templates = Self.templates(text, line: row.line)
                } else if !text.isEmpty {
                    draft.fields[column] = value
                }
            }
            draft.numbers.append(ProfileDraft.Entry(label: "", location: InputLocation(line: row.line, column: nil), fields: numberFields))
        }
        return problems.isEmpty ? .success(draft) : .failure(DiagnosticsError(problems))
    }

    /// Parses the `templates` column: entries separated by `;`, each `name:status[:quality]`.
    static func templates(_ text: String, line: Int) -> [ProfileDraft.Entry] {
        let location = InputLocation(line: line, column: nil)
        let entries: [String] = text.split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        return entries.enumerated().map { (index: Int, entry: String) -> ProfileDraft.Entry in
            let parts: [String] = entry.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            var fields: [String: ProfileValue] = ["name": ProfileValue(text: parts[0], location: location)]
            if parts.count > 1 { fields["status"] = ProfileValue(text: parts[1], location: location) }
            if parts.count > 2 { fields["quality"] = ProfileValue(text: parts[2], location: location) }
            return ProfileDraft.Entry(label: "templates[\(index + 1)]", location: location, fields: fields)
        }
    }

    /// The reader's error, if it is a real one: CSV.swift reports the normal end of the file as `cannotReadFile`.
    private var readError: Error? {
        guard let error = reader.error else { return nil }
        if case CSVError.cannotReadFile = error { return nil }
        return error
    }

    private func wabaID(in fields: [String]) -> String {
        guard let index = wabaIDColumn, index < fields.count else { return "" }
        return fields[index].trimmingWhitespace()
    }

    /// The next non-blank row and the line it starts on.
    private func readRow() -> (fields: [String], line: Int)? {
        while let fields = reader.next() {
            let line = nextLine
            nextLine += 1 + fields.reduce(0) { $0 + $1.utf8.count(where: { $0 == 0x0A }) }
            if errorLine == nil, readError != nil { errorLine = line }
            if let invalid = stream.invalidByte(inLines: line...max(line, nextLine - 1)) { invalidRows[line] = invalid }
            if fields.count == 1, fields[0].isEmpty, invalidRows[line] == nil { continue }
            return (fields, line)
        }
        return nil
    }

    /// A row (or the header) with a byte that is not UTF-8: the row is left out and reported, the rest is read.
    static func diagnostic(for invalid: UTF8RepairingStream.InvalidByte, path: String, isHeader: Bool) -> Diagnostic {
        let byte = invalid.byte.map { "byte \($0)" } ?? "an incomplete character"
        let what = isHeader ? "the header row" : "this row"
        return Diagnostic(
            path: path, line: invalid.line, column: invalid.column,
            message: "\(what) is not valid UTF-8 (\(byte)), so \(isHeader ? "no customer can be read" : "its customer is left out; the other rows are read").",
            hint: "save the file as UTF-8, for example with 'iconv -f latin1 -t utf-8'.")
    }

    static func diagnostic(for error: Error, path: String, line: Int) -> Diagnostic {
        switch error {
        case CSVError.unicodeDecoding:
            Diagnostic(path: path, line: line, message: "the file is not valid UTF-8 here; save it as UTF-8, for example with 'iconv -f latin1 -t utf-8'.")
        default:
            Diagnostic(path: path, line: line, message: "the CSV file cannot be read (\(error)); check that it is a readable text file.")
        }
    }
}

extension ProfileCSVReader: @unchecked Sendable {}
