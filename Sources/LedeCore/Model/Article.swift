/// One news article: the single model every reader, stage, plugin and writer shares.
///
/// Field names follow schema.org's `NewsArticle` where one exists, so the JSON output is
/// familiar; `docs/article.schema.json` publishes the shape. Absent optional fields are
/// omitted from JSON; the arrays and `meta` are always written, possibly empty.
public struct Article: Sendable, Equatable {
    /// The value of `schema` in every record, so consumers can check the version they read.
    public static let schemaVersion = "lede.article/1"

    /// The input's file name without `.gz`, `.html`, `.htm` or `.txt`; `stdin` for standard input.
    public var id: String
    public var source: Source
    /// The name of the outlet rule that matched, if any.
    public var outlet: String?
    public var headline: String?
    /// The standfirst (dek): the summary under the headline.
    public var description: String?
    public var authors: [String] = []
    /// ISO 8601: `YYYY-MM-DD`, or a full date-time when a time is known.
    public var datePublished: String?
    public var dateModified: String?
    public var section: String?
    /// A BCP 47 language tag, when known.
    public var language: String?
    public var readingTimeMinutes: Int?
    /// The lead image.
    public var image: ArticleImage?
    public var body: [Block] = []
    /// Trailers such as "Agencies contributed to this story."
    public var notes: [String] = []
    /// Everything extraction or a filter dropped, with the reason: nothing goes silently.
    public var removed: [Removal] = []
    public var tags: [Tag] = []
    /// Free-form values added by plugins.
    public var meta = JSONObject()
    /// Non-fatal findings gathered on the way, each naming its stage or plugin.
    public var diagnostics: [Diagnostic] = []
    /// Where each field came from (`--explain`): field name to source, such as
    /// `"rule the-new-arab html.headline h1.title"` or `"generic metadata"`. Empty, and then
    /// not written, unless asked for.
    public var provenance = JSONObject()

    public init(id: String, source: Source) {
        self.id = id
        self.source = source
    }

    /// The body as plain text: blocks joined by one blank line, list items one per line.
    /// Figures are left out: their captions describe images, not the story.
    /// (One pass into a buffer sized up front: the filter-map-join it replaces built two arrays
    /// and compared block types by their raw strings, for every record written or sent to Lua.)
    public var articleBody: String {
        var size = 0
        for block in body {
            if case .figure = block.type { continue }
            size += block.text.utf8.count + 2
        }
        var text = ""
        text.reserveCapacity(size)
        var first = true
        for block in body {
            if case .figure = block.type { continue }
            if !first { text += "\n\n" }
            text += block.text
            first = false
        }
        return text
    }
}
