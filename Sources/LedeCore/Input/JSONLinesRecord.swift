/// One line of JSON Lines input: `{"id"?, "url"?, "html"?}` or `{"id"?, "url"?, "text"?}`.
///
/// A record without an id is named by the lowercase hex SHA-256 of its `url` exactly as given
/// (the article-extraction benchmark's naming), else of its content, so ids are the same on
/// every machine and in every partition of a batch.
public enum JSONLinesRecord {
    public static func document(from line: some Collection<UInt8>) throws(InputError) -> InputDocument {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(line))
        } catch {
            throw InputError(.badRecord, "not a JSON object: \(error)")
        }
        guard let record = value.objectValue else {
            throw InputError(.badRecord, "expected a JSON object with html or text, found \(value.typeName)")
        }
        func string(_ key: String) throws(InputError) -> String? {
            guard let field = record[key], field != .null else { return nil }
            guard let text = field.stringValue else { throw InputError(.badRecord, "\(key) must be a string, found \(field.typeName)") }
            return text
        }
        let url = try string("url")
        let content: String
        let format: Source.Format
        if let html = try string("html") {
            (content, format) = (html, .html)
        } else if let text = try string("text") {
            (content, format) = (text, .text)
        } else {
            throw InputError(.badRecord, "the record has neither html nor text")
        }
        let id = try string("id") ?? SHA256.hex(Array((url ?? content).utf8))
        return InputDocument(bytes: Array(content.utf8), path: nil, url: url, explicitID: id, formatHint: format)
    }
}
