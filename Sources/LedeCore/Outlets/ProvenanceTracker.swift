/// Fills `Article.provenance` for `--explain`: after each stage, every field that changed is
/// credited to that stage, unless a stage named a more precise source itself (the outlet
/// stages do, and a rule's credit stays when generic stages build on it, as the blocks stage
/// does inside a rule's body).
struct ProvenanceTracker {
    static let fields = [
        "headline", "description", "authors", "datePublished", "dateModified", "section", "language",
        "readingTimeMinutes", "image", "body",
    ]

    private var values: [String: JSONValue] = [:]
    private var stated = JSONObject()

    init(_ article: Article) {
        remember(article)
    }

    /// Credits what changed since the last call to `source` (a stage's name).
    mutating func credit(_ article: inout Article, to source: String) {
        let json = article.json.objectValue ?? JSONObject()
        for field in Self.fields where json[field] != values[field] && article.provenance[field] == stated[field] {
            if !source.hasPrefix("rule "), article.provenance[field]?.stringValue?.hasPrefix("rule ") == true { continue }
            article.provenance[field] = .string(source)
        }
        remember(article)
    }

    private mutating func remember(_ article: Article) {
        let json = article.json.objectValue ?? JSONObject()
        for field in Self.fields { values[field] = json[field] }
        stated = article.provenance
    }
}
