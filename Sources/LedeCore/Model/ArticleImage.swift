/// The article's lead image: its address, caption and credit, any of which may be unknown.
public struct ArticleImage: Sendable, Equatable, JSONConvertible {
    public var url: String?
    public var caption: String?
    /// Who took or supplied the image ("AFP", "Getty Images").
    public var credit: String?

    public init(url: String? = nil, caption: String? = nil, credit: String? = nil) {
        self.url = url
        self.caption = caption
        self.credit = credit
    }

    public var json: JSONValue {
        var fields = JSONObjectBuilder()
        fields.set("url", url)
        fields.set("caption", caption)
        fields.set("credit", credit)
        return fields.json
    }

    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        self.init(url: try fields.string("url"), caption: try fields.string("caption"), credit: try fields.string("credit"))
    }
}
