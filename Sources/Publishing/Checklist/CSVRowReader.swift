#if canImport(Glibc)
    import Glibc
#endif

/// Reads CSV rows from a file over UTF-8 bytes, in 64 KB chunks, so a file of any size loads in flat memory.
///
/// It replaces CSV.swift's reader, which decoded the file one `Unicode.Scalar` at a time through a type-erased
/// iterator and built each field scalar by scalar: 17% of a batch's instructions in callgrind, all of it in
/// the serial part of the pipeline (rows are read in order, under the batch's lock). The grammar is CSV.swift's
/// own, so every file reads as before: fields split on `,`; a row ends at LF, CR or CRLF; a field that starts
/// with `"` is quoted, holds line breaks and commas, and `""` in it is one quote; a quoted field's closing quote
/// followed by anything else keeps the quote and drops that character; a UTF-8 byte order mark at the start is
/// skipped. The first byte that is not valid UTF-8 ends the input, and `sawInvalidUTF8` says so, as CSV.swift's
/// `unicodeDecoding` error did. Every structural character is ASCII, and no byte of a multi-byte UTF-8
/// sequence is, so splitting bytes gives the same fields as splitting scalars.
/// A class because it owns the open file.
final class CSVRowReader {
    private static let chunkSize = 1 << 16
    private static let quote: UInt8 = 0x22
    private static let comma: UInt8 = 0x2C
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    private let file: Int32
    /// Bytes read and not yet consumed are `buffer[position..<validEnd]` (checked UTF-8) and
    /// `buffer[validEnd..<count]` (an incomplete sequence waiting for the next chunk).
    private var buffer: [UInt8] = []
    private var position = 0
    private var validEnd = 0
    private var fileEnded = false
    /// True once reading reached a byte that is not valid UTF-8; the input ends before it. Set when the
    /// rows reach it, not when its chunk is checked, so the error belongs to the row CSV.swift gave it.
    private(set) var sawInvalidUTF8 = false
    /// The checked bytes end at an ill-formed sequence.
    private var invalidAhead = false
    private var startChecked = false
    /// The field being read; reused so each field costs one `String`.
    private var field: [UInt8] = []

    /// Opens a file; nil when it cannot be opened.
    init?(path: String) {
        file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        buffer.reserveCapacity(Self.chunkSize * 2)
        field.reserveCapacity(256)
    }

    deinit { close(file) }

    /// The next row's fields, or nil at the end of the input. A blank line is one empty field.
    func next() -> [String]? {
        guard var byte = nextByte() else { return nil }
        var row: [String] = []
        row.reserveCapacity(24)
        while true {
            let end: Bool
            if byte == Self.quote {
                end = readQuoted()
            } else {
                end = readUnquoted(first: byte)
            }
            row.append(String(decoding: field, as: UTF8.self))
            if end { return row }
            guard let following = nextByte() else {
                // A comma just before the end of the input: one more, empty, field.
                row.append("")
                return row
            }
            byte = following
        }
    }

    /// Reads an unquoted field starting with `first` into `field`; true when the row ended with it.
    private func readUnquoted(first: UInt8) -> Bool {
        field.removeAll(keepingCapacity: true)
        var byte: UInt8? = first
        while let current = byte {
            switch current {
            case Self.comma:
                return false
            case Self.lineFeed:
                return true
            case Self.carriageReturn:
                skipLineFeed()
                return true
            default:
                field.append(current)
            }
            byte = nextByte()
        }
        return true
    }

    /// Reads a quoted field whose opening quote was consumed into `field`; true when the row ended with it.
    private func readQuoted() -> Bool {
        field.removeAll(keepingCapacity: true)
        while let byte = nextByte() {
            guard byte == Self.quote else {
                field.append(byte)
                continue
            }
            guard let following = nextByte() else { return true }
            switch following {
            case Self.lineFeed:
                return true
            case Self.carriageReturn:
                skipLineFeed()
                return true
            case Self.comma:
                return false
            case Self.quote:
                field.append(Self.quote)
            default:
                // CSV.swift keeps the quote and drops the character after it (the whole scalar).
                field.append(Self.quote)
                if following >= 0xC0 { skipContinuationBytes() }
            }
        }
        return true
    }

    /// After a CR: a following LF belongs to the same line break.
    private func skipLineFeed() {
        if peekByte() == Self.lineFeed { position += 1 }
    }

    private func skipContinuationBytes() {
        while let byte = peekByte(), byte & 0xC0 == 0x80 { position += 1 }
    }

    @inline(__always)
    private func nextByte() -> UInt8? {
        if position == validEnd, !refill() { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    @inline(__always)
    private func peekByte() -> UInt8? {
        if position == validEnd, !refill() { return nil }
        return buffer[position]
    }

    /// Reads the next chunk and checks its UTF-8; false at the end of the input.
    private func refill() -> Bool {
        while position == validEnd {
            if invalidAhead {
                sawInvalidUTF8 = true
                return false
            }
            if fileEnded {
                // An incomplete sequence at the very end of the file is not valid UTF-8.
                if validEnd < buffer.count { sawInvalidUTF8 = true }
                return false
            }
            buffer.removeSubrange(0..<position)
            validEnd -= position
            position = 0
            let oldCount = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
            var read = -1
            while read < 0 {
                read = buffer.withUnsafeMutableBufferPointer { bytes in
                    Glibc.read(file, bytes.baseAddress.map { $0 + oldCount }, Self.chunkSize)
                }
                if read < 0, errno != EINTR { read = 0 }
            }
            buffer.removeSubrange((oldCount + read)...)
            if read == 0 { fileEnded = true }
            if !startChecked, buffer.count >= 4 || fileEnded {
                startChecked = true
                position = Self.byteOrderMarkLength(buffer)
                validEnd = position
            }
            guard startChecked else { continue }
            validate()
        }
        return true
    }

    /// The length of a byte order mark at the start of the file, skipped as CSV.swift skips it (UTF-32 and
    /// UTF-16 marks too, which CSV.swift drops before decoding the rest as UTF-8).
    private static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        func starts(_ mark: [UInt8]) -> Bool { bytes.count >= mark.count && bytes.prefix(mark.count).elementsEqual(mark) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0x00, 0x00]) { return 4 }
        if starts([0xEF, 0xBB, 0xBF]) { return 3 }
        if starts([0xFE, 0xFF]) || starts([0xFF, 0xFE]) { return 2 }
        return 0
    }

    /// Moves `validEnd` over the well-formed UTF-8 that follows it. An ill-formed sequence stops the input
    /// there; a sequence cut by the end of the chunk waits for the next one.
    private func validate() {
        let count = buffer.count
        var index = validEnd
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default:
                stop(at: index)
                return
            }
            var offset = 1
            while offset < length {
                guard index + offset < count else {
                    // Cut by the end of the chunk: decide when more bytes come (or the file ends).
                    validEnd = index
                    return
                }
                let byte = buffer[index + offset]
                let range = offset == 1 ? low...high : 0x80...0xBF
                guard range.contains(byte) else {
                    stop(at: index)
                    return
                }
                offset += 1
            }
            index += length
        }
        validEnd = index
    }

    private func stop(at index: Int) {
        validEnd = index
        invalidAhead = true
        buffer.removeSubrange(index...)
    }
}
