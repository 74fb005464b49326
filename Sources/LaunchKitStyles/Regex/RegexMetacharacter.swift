/// The ASCII bytes that have a meaning of their own outside a character class, in Vale's syntax
/// and ICU's alike: one list for every pass that must tell plain text from syntax.
enum RegexMetacharacter {
    static func contains(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "|"), UInt8(ascii: "^"),
             UInt8(ascii: "$"), UInt8(ascii: "."):
            true
        default: false
        }
    }
}
