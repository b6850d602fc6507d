/// Pretty JSON, for reading one article. Several articles come out as consecutive JSON
/// documents (as `jq` prints them), so the output streams.
public struct JSONWriter: ArticleWriter {
    public let name = "json"
    public init() {}

    public func render(_ article: Article) -> String {
        article.json.serialized(pretty: true) + "\n"
    }
}

/// JSON Lines: one compact record per line, for any number of articles. A failed input
/// becomes an error record in its place.
public struct JSONLinesWriter: ArticleWriter {
    public let name = "jsonl"
    public init() {}

    public func render(_ article: Article) -> String {
        article.json.serialized() + "\n"
    }

    public func renderError(_ record: ErrorRecord) -> String? {
        record.json.serialized() + "\n"
    }

    public func renderDropped(_ record: DroppedRecord) -> String? {
        record.json.serialized() + "\n"
    }
}
