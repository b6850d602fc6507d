/// Turns articles into an output format.
///
/// A run writes `header`, then each article's `render` (with `separator` between two of
/// them), then `footer`. Failed inputs appear in place only in formats that can carry them
/// (`renderError`); the others report errors on stderr alone.
public protocol ArticleWriter: Sendable {
    /// The name `--to` takes.
    var name: String { get }
    var header: String { get }
    var separator: String { get }
    var footer: String { get }
    func render(_ article: Article) -> String
    /// The record standing in for a failed input, or nil if the format has none.
    func renderError(_ record: ErrorRecord) -> String?
}

extension ArticleWriter {
    public var header: String { "" }
    public var separator: String { "" }
    public var footer: String { "" }
    public func renderError(_ record: ErrorRecord) -> String? { nil }
}

/// The built-in writers, by name.
public enum BuiltInWriters {
    public static let all: [any ArticleWriter] = [JSONWriter(), JSONLinesWriter(), MarkdownWriter(), PlainTextWriter()]

    public static func named(_ name: String) -> (any ArticleWriter)? {
        all.first { $0.name == name }
    }

    public static var names: [String] { all.map(\.name) }
}
