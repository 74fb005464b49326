/// A position in a source text, 1-based like every editor and compiler shows it.
///
/// libyaml counts lines and columns from zero and columns in characters; the binding adds one to
/// both so that a mark can be printed as `file:line:column` without further arithmetic.
public struct Mark: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
