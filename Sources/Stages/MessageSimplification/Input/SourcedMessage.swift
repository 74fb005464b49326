import LaunchKitCore
import LaunchKitYAML

/// A message with where it is written, so findings about it point into its file.
struct SourcedMessage: Sendable {
    var message: Message
    /// The messages file, as shown in messages.
    var file: String
    /// Where the message's entry starts (its first key).
    var entryMark: Mark
    var textMap: ScalarSourceMap

    /// Where a finding lands: the flagged words for a word-level finding, the first character of
    /// the text for one about the whole text, the entry's first key for one about the message.
    func location(of placement: RuleFinding.Placement) -> SourceLocation {
        let mark = switch placement {
        case .text(let range): textMap.mark(atScalarOffset: range.lowerBound)
        case .wholeText: textMap.valueStart
        case .message: entryMark
        }
        return SourceLocation(file: file, mark: mark)
    }
}
