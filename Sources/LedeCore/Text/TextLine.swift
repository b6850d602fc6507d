/// One non-blank line of a plain-text input, and what extraction decided it is.
public struct TextLine: Sendable, Equatable {
    /// What a stage claimed the line as; unclaimed lines end up in the body.
    public enum Role: Sendable, Equatable {
        case artefact, trailer, headline, standfirst, metadata, leadCaption, body
    }

    /// The line without its leading and trailing white space.
    public var text: String
    /// Leading white space, in columns (a tab counts 4).
    public var indent: Int
    /// The blank-line-separated block the line belongs to, counting from 0.
    public var block: Int
    public var role: Role?

    public init(text: String, indent: Int, block: Int, role: Role? = nil) {
        self.text = text
        self.indent = indent
        self.block = block
        self.role = role
    }
}
