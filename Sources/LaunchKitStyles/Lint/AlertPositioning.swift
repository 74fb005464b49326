/// How an alert is placed when its matched text is not written as such in the source, because
/// it spans markup ("API **in** in"), masked code, or an entity.
public enum AlertPositioning: Sendable, Equatable {
    /// Where the match starts in the source, always (LaunchKit's default).
    case exact
    /// As Vale does it: Vale finds alerts by searching their text in the source; when that
    /// fails it reports column 1 of the line holding every word of the match's sentence, and
    /// drops the alert when no line does. Used to reproduce Vale's output exactly.
    case vale
}
