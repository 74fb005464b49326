/// The records of a CSV file, every cell with the line and column where it starts, so validation
/// errors can point at the exact cell a spreadsheet user has to fix.
public struct CSVTable: Sendable, Equatable {
    public struct Cell: Sendable, Hashable {
        public var value: String
        /// 1-based line of the cell's first character (a quoted cell may span several lines).
        public var line: Int
        /// 1-based column, in characters.
        public var column: Int

        public init(_ value: String, line: Int, column: Int) {
            self.value = value
            self.line = line
            self.column = column
        }
    }

    public struct Record: Sendable, Equatable {
        public var cells: [Cell]
        public var line: Int

        public var values: [String] { cells.map(\.value) }
    }

    public var records: [Record]

    /// The first record, read as column names.
    public var header: Record? { records.first }
    /// Every record after the header.
    public var rows: ArraySlice<Record> { records.dropFirst() }
}
