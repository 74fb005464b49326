/// Python's `str.lower()`, which textstat applies before looking words up.
///
/// Swift's `lowercased()` maps scalar by scalar; Python also applies the one context-dependent
/// rule of Unicode's SpecialCasing: a capital sigma that ends a word becomes final sigma (ς).
/// Counting never depends on it (neither sigma is in any table), but word lists must match.
enum PythonLowercase {
    static func apply(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var lowered: [Unicode.Scalar] = []
        lowered.reserveCapacity(scalars.count)
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "\u{03A3}" {
                lowered.append(isFinalSigma(scalars, at: index) ? "\u{03C2}" : "\u{03C3}")
            } else if scalar.isASCII {
                lowered.append(scalar.properties.isUppercase ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
            } else {
                lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return lowered
    }

    /// CPython's `handle_capital_sigma`: cased, case-ignorables, Σ, and no cased letter after the
    /// case-ignorables that follow.
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count, scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }
}
