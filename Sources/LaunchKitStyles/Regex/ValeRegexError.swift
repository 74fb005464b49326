/// Why a rule's regular expression cannot be used, with the offset (in Unicode scalars from the
/// start of the pattern as written) of the construct at fault, so loading can point at it.
struct ValeRegexError: Error, Equatable, Sendable {
    var message: String
    var offset: Int
}
