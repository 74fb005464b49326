extension String {
    /// Without leading and trailing white space (Unicode's definition, so a no-break space pasted
    /// from a document goes too). Foundation-free, like the rest of the checklist reader.
    var trimmed: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
