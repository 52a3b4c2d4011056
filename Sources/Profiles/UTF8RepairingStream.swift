import Diagnostics
import Foundation

/// A file's bytes as valid UTF-8: each invalid sequence becomes U+FFFD and is remembered by line, so the CSV
/// reader reads on past a bad byte and the one row holding it is reported, not the rest of the file dropped.
///
/// CSV.swift stops at the first byte it cannot decode (it ends the file there); feeding it repaired bytes
/// lets `ProfileCSVReader` resynchronise at the next row. A class, because it owns the open file.
final class UTF8RepairingStream: InputStream {
    /// The first invalid byte of a line.
    struct InvalidByte: Sendable, Equatable {
        let line: Int
        /// 1-based, in characters.
        let column: Int
        /// `0xE7`, or nil when the file ends inside a character.
        let byte: String?
    }

    /// The file starts with a UTF-16 byte order mark: nothing in it is readable as UTF-8.
    private(set) var isUTF16 = false
    private let handle: FileHandle
    private var output: [UInt8] = []
    private var outputStart = 0
    /// The undecoded end of the last chunk: the first bytes of a character cut by the chunk boundary.
    private var carry: [UInt8] = []
    private var atEnd = false
    private var status: Stream.Status = .notOpen
    private var line = 1
    private var column = 1
    private var lastBadLine = 0
    /// Invalid bytes not yet claimed by a row, in line order; `invalidByte(inLines:)` drops the claimed ones.
    private var pending: [InvalidByte] = []

    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        super.init(data: Data())
    }

    override func open() { status = .open }
    override func close() {
        status = .closed
        try? handle.close()
    }
    override var streamStatus: Stream.Status { status }
    override var streamError: Error? { nil }
    override var hasBytesAvailable: Bool { outputStart < output.count || !atEnd }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        while outputStart == output.count, !atEnd { fill() }
        let count = min(maxLength, output.count - outputStart)
        guard count > 0 else { return 0 }
        output.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            buffer.update(from: base + outputStart, count: count)
        }
        outputStart += count
        return count
    }

    /// The first invalid byte on lines `lines`, forgetting those before the range's end.
    func invalidByte(inLines lines: ClosedRange<Int>) -> InvalidByte? {
        let found = pending.first { lines.contains($0.line) }
        pending.removeAll { $0.line <= lines.upperBound }
        return found
    }

    /// Reads and repairs the next chunk of the file.
    private func fill() {
        output.removeAll(keepingCapacity: true)
        outputStart = 0
        let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil
        var bytes = carry
        carry = []
        if let chunk, !chunk.isEmpty {
            bytes += chunk
            if line == 1, column == 1, output.isEmpty, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                isUTF16 = true
                atEnd = true
                return
            }
            let cut = Self.incompleteSuffixStart(bytes)
            carry = Array(bytes[cut...])
            bytes.removeSubrange(cut...)
        } else {
            atEnd = true
        }
        decode(bytes)
    }

    /// Copies `bytes` to the output line by line; a line that is not valid UTF-8 is repaired and remembered.
    private func decode(_ bytes: [UInt8]) {
        output.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            let piece = bytes[start..<end]
            if String(validating: piece, as: UTF8.self) != nil {
                output += piece
            } else {
                if lastBadLine != line, let location = InvalidUTF8Location(Array(piece)) {
                    lastBadLine = line
                    pending.append(
                        InvalidByte(line: line, column: (location.line == 1 ? column - 1 : 0) + location.column, byte: location.byte))
                }
                output += String(decoding: piece, as: UTF8.self).utf8
            }
            if bytes[end - 1] == 0x0A {
                line += 1
                column = 1
            } else {
                column += String(decoding: piece, as: UTF8.self).unicodeScalars.count
            }
            start = end
        }
    }

    /// Where a character cut by the end of `bytes` starts, or `bytes.count` when the last one is whole.
    static func incompleteSuffixStart(_ bytes: [UInt8]) -> Int {
        var index = bytes.count
        var back = 0
        while index > 0, back < 3 {
            index -= 1
            back += 1
            let byte = bytes[index]
            if byte & 0xC0 == 0x80 { continue }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return length > back ? index : bytes.count
        }
        return bytes.count
    }
}
