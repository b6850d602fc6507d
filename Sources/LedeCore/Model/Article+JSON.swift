/// The article's JSON shape, in the field order `docs/article.schema.json` documents.
extension Article: JSONConvertible {
    public var json: JSONValue {
        var fields = JSONObjectBuilder()
        fields.set("schema", Article.schemaVersion)
        fields.set("id", id)
        fields.set("source", source)
        fields.set("outlet", outlet)
        fields.set("headline", headline)
        fields.set("description", description)
        fields.set("authors", authors)
        fields.set("datePublished", datePublished)
        fields.set("dateModified", dateModified)
        fields.set("section", section)
        fields.set("language", language)
        fields.set("readingTimeMinutes", readingTimeMinutes)
        fields.set("image", image)
        fields.set("body", body)
        fields.set("articleBody", articleBody)
        fields.set("notes", notes)
        fields.set("removed", removed)
        fields.set("tags", tags)
        fields.set("meta", JSONValue.object(meta))
        fields.set("diagnostics", diagnostics)
        if !provenance.isEmpty { fields.set("provenance", JSONValue.object(provenance)) }
        return fields.json
    }

    /// Reads an article record; `articleBody` is derived from `body` and not read back.
    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        let schema = try fields.requiredString("schema")
        guard schema == Article.schemaVersion else {
            throw JSONShapeError(path: "$.schema", problem: "unsupported schema \"\(schema)\", expected \"\(Article.schemaVersion)\"")
        }
        guard let source = try fields.model("source", as: Source.self) else {
            throw JSONShapeError(path: "$.source", problem: "missing")
        }
        self.init(id: try fields.requiredString("id"), source: source)
        outlet = try fields.string("outlet")
        headline = try fields.string("headline")
        description = try fields.string("description")
        authors = try fields.strings("authors")
        datePublished = try fields.string("datePublished")
        dateModified = try fields.string("dateModified")
        section = try fields.string("section")
        language = try fields.string("language")
        readingTimeMinutes = try fields.int("readingTimeMinutes")
        image = try fields.model("image", as: ArticleImage.self)
        body = try fields.models("body", as: Block.self)
        notes = try fields.strings("notes")
        removed = try fields.models("removed", as: Removal.self)
        tags = try fields.models("tags", as: Tag.self)
        meta = try fields.object("meta")
        diagnostics = try fields.models("diagnostics", as: Diagnostic.self)
        provenance = try fields.object("provenance")
    }
}
