/// JSON writers escape a character outside the Basic Multilingual Plane (an emoji) as a UTF-16 surrogate pair,
/// `"\ud83d\ude00"`; libyaml, which reads our JSON, refuses surrogate escapes. This rewrites each escaped pair as
/// YAML's 8-digit escape `\U0001F600`, the same character, before parsing.
///
/// Only escapes are touched: `\\ud83d` (an escaped backslash, then letters) stays as written, and a lone
/// surrogate is left for the parser to refuse with its location. A line with a pair gets 2 characters shorter
/// after it, so a later error on that line is reported 2 columns early per pair.
enum SurrogateEscapes {
    static func joined(in text: String) -> String {
        guard text.utf8.count >= 12, text.contains("\\u") else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                output.append(byte)
                index += 1
                continue
            }
            if let high = unit(bytes, at: index), (0xD800...0xDBFF).contains(high),
                let low = unit(bytes, at: index + 6), (0xDC00...0xDFFF).contains(low)
            {
                let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                output += Array("\\U".utf8) + Array(hex(scalar, digits: 8).utf8)
                index += 12
                continue
            }
            // Any other escape, `\\` included, is copied whole so its second character is never read as a start.
            output += bytes[index...index + 1]
            index += 2
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The code unit of a `\uXXXX` escape starting at `index`, if there is one.
    private static func unit(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index + 5 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
        var value = 0
        for byte in bytes[(index + 2)...(index + 5)] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    private static func hex(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
