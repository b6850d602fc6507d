/// A stand-off annotation on the article: a place, a quote, a casualty claim, ...
///
/// Tags point into the text instead of changing it, so several taggers can annotate the same
/// words. `span` offsets are 0-based, end-exclusive Unicode scalar offsets into the text of
/// body block `block` (or into the headline when `block` is absent and `span` is set).
public struct Tag: Sendable, Equatable, JSONConvertible {
    /// A half-open range of Unicode scalar offsets.
    public struct Span: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    public var kind: String
    public var value: String
    public var attributes = JSONObject()
    /// The index of the body block the tag is in.
    public var block: Int?
    public var span: Span?
    /// `name@version` of the plugin that added the tag.
    public var by: String

    public init(kind: String, value: String, attributes: JSONObject = JSONObject(), block: Int? = nil, span: Span? = nil, by: String) {
        self.kind = kind
        self.value = value
        self.attributes = attributes
        self.block = block
        self.span = span
        self.by = by
    }

    public var json: JSONValue {
        var fields = JSONObjectBuilder()
        fields.set("kind", kind)
        fields.set("value", value)
        if !attributes.isEmpty { fields.set("attributes", JSONValue.object(attributes)) }
        fields.set("block", block)
        if let span { fields.set("span", JSONValue.array([.int(span.start), .int(span.end)])) }
        fields.set("by", by)
        return fields.json
    }

    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        self.init(kind: try fields.requiredString("kind"), value: try fields.requiredString("value"), by: try fields.requiredString("by"))
        attributes = try fields.object("attributes")
        block = try fields.int("block")
        guard let spanValue = fields.object["span"], spanValue != .null else { return }
        let bounds = try fields.array("span").map(\.intValue)
        guard bounds.count == 2, let start = bounds[0], let end = bounds[1], start >= 0, start <= end else {
            throw JSONShapeError(path: "$.span", problem: "expected [start, end] with 0 <= start <= end")
        }
        span = Span(start: start, end: end)
    }
}
