/// Turns articles into an output format.
///
/// A run writes `header`, then each article's `render` (with `separator` between two of
/// them), then `footer`. Failed inputs appear in place only in formats that can carry them
/// (`renderError`); the others report errors on stderr alone.
/// Writers that run code (Lua plugins) may fail: `render` throws, and a failed article is
/// reported like a failed input. A writer is used from one thread.
public protocol ArticleWriter {
    /// The name `--to` takes.
    var name: String { get }
    var separator: String { get }
    func header() throws(InputError) -> String
    func footer() throws(InputError) -> String
    func render(_ article: Article) throws(InputError) -> String
    /// The record standing in for a failed input, or nil if the format has none.
    func renderError(_ record: ErrorRecord) -> String?
    /// The record standing in for an article a filter dropped, or nil if the format has none.
    func renderDropped(_ record: DroppedRecord) -> String?
}

extension ArticleWriter {
    public var separator: String { "" }
    public func header() throws(InputError) -> String { "" }
    public func footer() throws(InputError) -> String { "" }
    public func renderError(_ record: ErrorRecord) -> String? { nil }
    public func renderDropped(_ record: DroppedRecord) -> String? { nil }
}

/// The built-in writers, by name.
public enum BuiltInWriters {
    public static var all: [any ArticleWriter] { [JSONWriter(), JSONLinesWriter(), MarkdownWriter(), PlainTextWriter()] }

    public static func named(_ name: String) -> (any ArticleWriter)? {
        all.first { $0.name == name }
    }

    public static var names: [String] { all.map(\.name) }
}
