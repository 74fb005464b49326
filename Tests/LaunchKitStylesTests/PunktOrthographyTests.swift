@testable import LaunchKitStyles
import Testing

/// The orthographic context is searched in place, so the table must stay sorted and well formed.
@Suite struct PunktOrthographyTests {
    @Test func tableIsSortedWithOneWordAndItsFlagsPerLine() {
        let table = PunktEnglishData.orthographicContext.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 20_366)
        var previous: [UInt8] = []
        for line in lines {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            #expect(parts.count == 2 && Int(parts[1]) != nil, "malformed line '\(line)'")
            let word = Array(parts[0].utf8)
            #expect(previous.lexicographicallyPrecedes(word), "'\(parts[0])' is out of order")
            previous = word
        }
    }

    @Test(arguments: [
        ("a", 126), ("a&m", 4), ("a-%", 32), ("asks", 52), ("results", 58), ("recently", 114), ("zy", 4),
        ("a.m.e.", 2), ("launchkit", 0), ("", 0), ("résumé", 0), ("zz", 0),
    ])
    func lookups(_ word: String, _ flags: Int) {
        #expect(PunktOrthography.context(of: word) == flags)
    }
}
