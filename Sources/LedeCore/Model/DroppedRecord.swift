/// What JSON Lines output holds in place of an article a filter dropped (its `Article` hook
/// returned `false`), so dropping is recorded, never silent.
public struct DroppedRecord: Sendable, Equatable, JSONConvertible {
    public var id: String
    /// `name@version` of the plugin that dropped it.
    public var by: String

    public init(id: String, by: String) {
        self.id = id
        self.by = by
    }

    public var json: JSONValue {
        ["schema": .string(Article.schemaVersion), "id": .string(id), "dropped": ["by": .string(by)]]
    }

    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        let dropped = try JSONFields(fields.object["dropped"] ?? .null, path: "$.dropped")
        self.init(id: try fields.requiredString("id"), by: try dropped.requiredString("by"))
    }
}
