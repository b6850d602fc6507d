/// Text that extraction or a filter took out of the article, kept so nothing goes silently.
public struct Removal: Sendable, Equatable, JSONConvertible {
    public var text: String
    /// Why it went, in a few words a person can group by ("advertisement", "share prompt").
    public var reason: String
    /// The stage name, or `name@version` of the plugin, that removed it.
    public var by: String

    public init(text: String, reason: String, by: String) {
        self.text = text
        self.reason = reason
        self.by = by
    }

    public var json: JSONValue {
        ["text": .string(text), "reason": .string(reason), "by": .string(by)]
    }

    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        self.init(text: try fields.requiredString("text"), reason: try fields.requiredString("reason"), by: try fields.requiredString("by"))
    }
}
