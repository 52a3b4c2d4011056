/// The migration window as written in a profile (`2026-12-03T14:00:00-03:00`), kept with its own offset.
///
/// The checklist shows the customer's local time exactly as agreed, never converted to the machine's zone,
/// so the same profile prints the same plan anywhere.
public struct ScheduledTime: Sendable, Hashable {
    public let year: Int, month: Int, day: Int, hour: Int, minute: Int
    /// `Z`, or `+hh:mm` / `-hh:mm`.
    public let offset: String

    /// Parses `YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM)`; nil for anything else (an offset is required).
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, range.allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) else { return nil }
            return range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
        }
        guard bytes.count >= 17, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60
        else { return nil }
        var index = 16
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard let second = number(17..<19), second < 61 else { return nil }
            index = 19
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            }
        }
        let rest = String(decoding: bytes[index...], as: UTF8.self)
        if rest == "Z" {
            offset = "Z"
        } else {
            let zone = Array(rest.utf8)
            guard zone.count == 6, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"), zone[3] == UInt8(ascii: ":"),
                let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6), hours < 15, minutes < 60
            else { return nil }
            offset = rest
        }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// `UTC`, or `UTC−03:00` with a true minus sign, as printed next to the time.
    public var utcOffset: String {
        if offset == "Z" || offset == "+00:00" || offset == "-00:00" { return "UTC" }
        return "UTC" + (offset.hasPrefix("-") ? "\u{2212}" : "+") + offset.dropFirst()
    }

    /// `14:00`.
    public var clock: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }
}
