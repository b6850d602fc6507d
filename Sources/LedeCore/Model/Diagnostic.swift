/// A non-fatal finding: something worth knowing about an article that did not stop its extraction.
public struct Diagnostic: Sendable, Equatable, JSONConvertible {
    /// The stage or plugin that found it.
    public var stage: String
    public var message: String

    public init(stage: String, message: String) {
        self.stage = stage
        self.message = message
    }

    public var json: JSONValue {
        ["stage": .string(stage), "message": .string(message)]
    }

    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        self.init(stage: try fields.requiredString("stage"), message: try fields.requiredString("message"))
    }
}
