/// The scope of a block as Vale names it: dot-separated sections such as `text.heading.h1.md`,
/// `sentence.md` or `raw.md`. A rule's `scope` selects blocks by these sections.
struct BlockScope: Sendable, Equatable, CustomStringConvertible {
    let sections: [String]

    init(_ name: String) {
        sections = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    func has(_ section: String) -> Bool { sections.contains(section) }

    var description: String { sections.joined(separator: ".") }
}
