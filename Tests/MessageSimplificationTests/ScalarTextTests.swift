import Testing
@testable import MessageSimplification

/// The character classes every offset and boundary in the module relies on.
@Suite struct ScalarTextTests {
    /// ASCII is answered without a Unicode property lookup; the answers must be the lookup's.
    @Test func asciiFastPathsAgreeWithUnicodeProperties() {
        for value in UInt8(0)...UInt8(127) {
            let scalar = Unicode.Scalar(value)
            #expect(ScalarText.isWordScalar(scalar) == (scalar.properties.isAlphabetic || scalar.properties.numericType != nil), "\(value)")
            #expect(ScalarText.isWhitespace(scalar) == scalar.properties.isWhitespace, "\(value)")
            #expect(ScalarText.lowercased(scalar) == scalar.properties.lowercaseMapping.unicodeScalars.first!, "\(value)")
            #expect(ScalarText.isUppercase(scalar) == scalar.properties.isUppercase, "\(value)")
            #expect(ScalarText.isLowercase(scalar) == scalar.properties.isLowercase, "\(value)")
        }
    }
}
