/// What JSON Lines output holds in place of an article whose input failed, so a batch keeps one
/// line per input and its failures can be grouped by `code`.
public struct ErrorRecord: Sendable, Equatable, JSONConvertible {
    public var id: String
    public var error: InputError

    public init(id: String, error: InputError) {
        self.id = id
        self.error = error
    }

    public var json: JSONValue {
        [
            "schema": .string(Article.schemaVersion), "id": .string(id),
            "error": ["code": .string(error.code.rawValue), "message": .string(error.message)],
        ]
    }

    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        let error = try JSONFields(fields.object["error"] ?? .null, path: "$.error")
        let name = try error.requiredString("code")
        guard let code = InputError.Code(rawValue: name) else {
            throw JSONShapeError(path: "$.error.code", problem: "unknown code \"\(name)\"")
        }
        self.init(id: try fields.requiredString("id"), error: InputError(code, try error.requiredString("message")))
    }
}
