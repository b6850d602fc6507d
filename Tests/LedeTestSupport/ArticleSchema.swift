import LedeCore

/// The published article schema, loaded once for validating real outputs.
public enum ArticleSchema {
    public static let validator: JSONSchemaValidator = {
        let url = Fixtures.repositoryRoot.appendingPathComponent("docs/article.schema.json")
        guard let bytes = try? Fixtures.bytes(url), let schema = try? JSONParser.parse(bytes) else {
            preconditionFailure("docs/article.schema.json is missing or not JSON")
        }
        return JSONSchemaValidator(schema: schema)
    }()

    /// The schema violations of a record (empty when valid).
    public static func violations(_ record: JSONValue) -> [String] {
        validator.validate(record)
    }
}
