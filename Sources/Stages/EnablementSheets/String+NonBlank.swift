extension Optional<String> {
    /// Nil for nil, empty or white-space-only text, so a template's `{{#x}}` section skips it.
    var nonBlank: String? {
        flatMap(\.nonBlank)
    }
}

extension String {
    /// Nil for empty or white-space-only text.
    var nonBlank: String? {
        allSatisfy(\.isWhitespace) ? nil : self
    }
}
