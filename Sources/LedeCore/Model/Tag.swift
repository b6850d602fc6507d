/// A stand-off annotation on the article: a place, a quote, a casualty claim, ...
///
/// Tags point into the text instead of changing it, so several taggers can annotate the same
/// words. `start` and `end` are 0-based, end-exclusive Unicode scalar offsets (like Python
/// string indices) into the text of body block `block`; a tag without a block is about the
/// whole article.
public struct Tag: Sendable, Equatable, JSONConvertible {
    public var kind: String
    public var value: String
    /// The 0-based index of the body block the tag is in.
    public var block: Int?
    public var start: Int?
    public var end: Int?
    /// Free-form details the tagger adds (speaker, verb, count, ...).
    public var attrs = JSONObject()
    /// `name@version` of the plugin that added the tag.
    public var by: String

    public init(kind: String, value: String, block: Int? = nil, start: Int? = nil, end: Int? = nil, attrs: JSONObject = JSONObject(), by: String) {
        self.kind = kind
        self.value = value
        self.block = block
        self.start = start
        self.end = end
        self.attrs = attrs
        self.by = by
    }

    public var json: JSONValue {
        var fields = JSONObjectBuilder()
        fields.set("kind", kind)
        fields.set("value", value)
        fields.set("block", block)
        fields.set("start", start)
        fields.set("end", end)
        fields.set("attrs", JSONValue.object(attrs))
        fields.set("by", by)
        return fields.json
    }

    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        self.init(kind: try fields.requiredString("kind"), value: try fields.requiredString("value"), by: try fields.requiredString("by"))
        block = try fields.int("block")
        start = try fields.int("start")
        end = try fields.int("end")
        attrs = try fields.object("attrs")
        if let block, block < 0 { throw JSONShapeError(path: "$.block", problem: "must not be negative") }
        switch (start, end) {
        case (nil, nil): break
        case let (start?, end?) where start >= 0 && start <= end: break
        default: throw JSONShapeError(path: "$.start", problem: "expected start and end with 0 <= start <= end")
        }
    }
}
