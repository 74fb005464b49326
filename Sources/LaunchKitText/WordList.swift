/// textstat's word lists, step by step: the readable reference for the rules `TextScanner` fuses.
///
/// `TextScanner` never builds these lists, for speed; this type spells out textstat's
/// `list_words` and `remove_punctuation` with every option, so tests can hold the fast path to
/// the reference on any text, and rules that need the words themselves can have them.
package enum WordList {
    /// The options of textstat's `list_words`; the defaults are textstat's.
    package struct Options: Sendable {
        /// Remove punctuation (`rm_punctuation`).
        package var removePunctuation = true
        /// Remove contraction apostrophes too (`rm_apostrophe`); others always go.
        package var removeApostrophes = false
        /// Lower-case the words (`lowercase`), as textstat does before a lookup.
        package var lowercase = false
        /// Split "they're" into "they" and "re" (`split_contractions`).
        package var splitContractions = false
        /// Split "singer-songwriter" in two (`split_hyphens`); by default the hyphen is removed
        /// like any punctuation and the halves join.
        package var splitHyphens = false

        package init(
            removePunctuation: Bool = true, removeApostrophes: Bool = false, lowercase: Bool = false,
            splitContractions: Bool = false, splitHyphens: Bool = false
        ) {
            self.removePunctuation = removePunctuation
            self.removeApostrophes = removeApostrophes
            self.lowercase = lowercase
            self.splitContractions = splitContractions
            self.splitHyphens = splitHyphens
        }
    }

    /// textstat's `list_words(text, ...)`.
    package static func words(in text: String, options: Options = Options()) -> [String] {
        var scalars = Array(text.unicodeScalars)
        if options.splitHyphens {
            scalars = scalars.map { $0 == "-" ? " " : $0 }
        }
        if options.removePunctuation {
            scalars = removingPunctuation(scalars, removeApostrophes: options.removeApostrophes)
        }
        if options.lowercase {
            scalars = PythonLowercase.apply(scalars)
        }
        if options.splitContractions {
            scalars = scalars.indices.map { isContractionApostrophe(scalars, at: $0) ? " " : scalars[$0] }
        }
        return scalars.split(whereSeparator: { ScalarKind.of($0.value) == .space }).map { word in
            var string = String.UnicodeScalarView()
            string.append(contentsOf: word)
            return String(string)
        }
    }

    /// textstat's `remove_punctuation(text, rm_apostrophe)`: removes everything but word
    /// characters and white space, and keeps contraction apostrophes unless told otherwise.
    package static func removingPunctuation(from text: String, removeApostrophes: Bool) -> String {
        var string = String.UnicodeScalarView()
        string.append(contentsOf: removingPunctuation(Array(text.unicodeScalars), removeApostrophes: removeApostrophes))
        return String(string)
    }

    private static func removingPunctuation(
        _ scalars: [Unicode.Scalar], removeApostrophes: Bool
    ) -> [Unicode.Scalar] {
        scalars.indices.compactMap { index in
            switch ScalarKind.of(scalars[index].value) {
            case .word, .space: scalars[index]
            case .apostrophe where !removeApostrophes && isContractionApostrophe(scalars, at: index):
                scalars[index]
            default: nil
            }
        }
    }

    /// `'(?=[tsd]|ve|ll|re)`, textstat's contraction apostrophe.
    private static func isContractionApostrophe(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == "'", index + 1 < scalars.count else { return false }
        let next = index + 2 < scalars.count ? scalars[index + 2] : nil
        switch scalars[index + 1] {
        case "t", "s", "d": return true
        case "v", "r": return next == "e"
        case "l": return next == "l"
        default: return false
        }
    }
}
