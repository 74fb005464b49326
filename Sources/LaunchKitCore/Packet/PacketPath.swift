/// The rules a file path inside a packet must follow, so that no stage (built-in, third-party or an
/// external script) can write outside the output directory or create a file a person cannot see or
/// open on every system.
///
/// A valid path is relative and `/`-separated; each component uses only letters, digits, `.`, `_`
/// and `-`, does not start with a dot or dash, is not a Windows device name (`con`, `nul`, `com1`),
/// and is at most 255 bytes long.
public enum PacketPath {
    private static let reservedNames: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for digit in 1...9 {
            names.insert("com\(digit)")
            names.insert("lpt\(digit)")
        }
        return names
    }()

    /// - Returns: the path itself when it is valid.
    /// - Throws: ``DiagnosticError`` naming the stage and what is wrong with the path.
    public static func validate(_ path: String, producedBy stage: String) throws(DiagnosticError) -> String {
        if let problem = problem(with: path) {
            throw DiagnosticError(.error(
                "stage '\(stage)' tried to write '\(path)': \(problem)",
                rule: "packet.unsafe-path",
                suggestion: "use a relative path of letters, digits, '.', '_' and '-' inside the packet"))
        }
        return path
    }

    /// What makes `path` unsafe, or nil when it is fine.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") { return "absolute paths are not allowed" }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        for component in components {
            if component.isEmpty { return "the path has an empty component" }
            if component == ".." { return "the path escapes the packet directory" }
            if component == "." { return "the path has a '.' component" }
            if component.first == "." { return "hidden file names are not allowed" }
            if component.first == "-" { return "file names may not start with '-'" }
            if component.utf8.count > 255 { return "a file name is longer than 255 bytes" }
            let allowed = component.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
            }
            if !allowed { return "'\(component)' contains characters other than letters, digits, '.', '_' and '-'" }
            let stem = component.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? ""
            if reservedNames.contains(stem) { return "'\(component)' is a reserved device name on Windows" }
        }
        return nil
    }
}
