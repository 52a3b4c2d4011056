import Profiles

/// The output file names claimed so far in a run, and which input claimed each first.
///
/// A name is `<company-slug>-<waba_id>.<ext>`: the slug never ends in a dash and the id has none, so two
/// names are equal exactly when their ids and slugs are. The key is the packed id and a 64-bit FNV-1a hash
/// of the slug; two different companies would have to share a `waba_id` and collide in 64 bits to be taken
/// for one (about 1 in 10^19 per such pair). Inputs are stored once and referred to by number.
struct FileNameClaims {
    private struct Key: Hashable {
        let waba: UInt64
        let slug: UInt64
    }

    private var packed: [Key: Int32] = [:]
    /// Names whose id does not pack.
    private var other: [String: Int32] = [:]
    private var inputs: [String] = []

    /// Claims the name for `input`; returns the input that claimed it first, or nil if it was free.
    mutating func claim(slug: String, wabaID: String, name: String, input: String) -> String? {
        if let waba = WabaKey.pack(wabaID) {
            let key = Key(waba: waba, slug: Self.hash(slug))
            if let earlier = packed[key] { return inputs[Int(earlier)] }
            packed[key] = inputNumber(input)
        } else {
            if let earlier = other[name] { return inputs[Int(earlier)] }
            other[name] = inputNumber(input)
        }
        return nil
    }

    /// The number of an input; a batch's customers come input after input, so the last one is checked first.
    private mutating func inputNumber(_ input: String) -> Int32 {
        if let last = inputs.last, last == input { return Int32(inputs.count - 1) }
        if let index = inputs.firstIndex(of: input) { return Int32(index) }
        inputs.append(input)
        return Int32(inputs.count - 1)
    }

    /// FNV-1a, 64 bits: deterministic across runs, unlike `Hasher`.
    private static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
