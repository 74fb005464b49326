/// One parser event, copied out of libyaml so that no C memory outlives the call that produced it.
public struct YAMLEvent: Sendable {
    public enum Kind: Sendable, Equatable {
        case streamStart
        case streamEnd
        case documentStart(implicit: Bool)
        case documentEnd(implicit: Bool)
        case alias(anchor: String)
        case scalar(value: String, anchor: String?, tag: String?, style: Node.Scalar.Style)
        case sequenceStart(anchor: String?, tag: String?, isFlow: Bool)
        case sequenceEnd
        case mappingStart(anchor: String?, tag: String?, isFlow: Bool)
        case mappingEnd
    }

    public var kind: Kind
    /// Where the event starts in the source.
    public var start: Mark

    public init(kind: Kind, start: Mark) {
        self.kind = kind
        self.start = start
    }
}
