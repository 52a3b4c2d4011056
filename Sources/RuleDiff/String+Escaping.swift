extension String {
    /// The text with some characters replaced, in one pass over it.
    ///
    /// Reporters escape every text they print; Foundation's `replacingOccurrences` bridges each string to
    /// `NSString` on Linux and took a third of a large report's time.
    func replacingCharacters(_ replacements: [Character: String]) -> String {
        // Most texts need nothing replaced: a byte scan for the keys' first bytes settles that without the
        // grapheme breaking a walk over Characters costs.
        let firstBytes = Set(replacements.keys.compactMap { $0.utf8.first })
        guard utf8.contains(where: firstBytes.contains) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        for character in self {
            if let replacement = replacements[character] {
                result += replacement
            } else {
                result.append(character)
            }
        }
        return result
    }
}
