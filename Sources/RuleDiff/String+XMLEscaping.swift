extension String {
    /// The text escaped for XML character data: `&`, `<` and `>` as entities, carriage returns as `&#13;` so
    /// a parser's line-end normalisation keeps them, and characters XML 1.0 cannot hold at all (controls other
    /// than tab, newline and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD.
    var xmlText: String { xmlEscaped(attribute: false) }

    /// The text escaped for a double-quoted XML attribute: as `xmlText`, plus `"` and `'`, and tabs and
    /// newlines as character references, which attribute-value normalisation would otherwise turn into spaces.
    var xmlAttribute: String { xmlEscaped(attribute: true) }

    private func xmlEscaped(attribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            case "\"" where attribute: result += "&quot;"
            case "'" where attribute: result += "&apos;"
            case "\n" where attribute: result += "&#10;"
            case "\t" where attribute: result += "&#9;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
