/// Where an article came from, and how it was read.
public struct Source: Sendable, Equatable, JSONConvertible {
    /// How the input was read.
    public enum Format: String, Sendable, CaseIterable {
        case text, html
    }

    /// The path as the user gave it (or as found inside a directory they gave); absent for stdin.
    public var path: String?
    /// The page's address, when known (canonical link, WARC header, JSON Lines field).
    public var url: String?
    public var format: Format

    public init(path: String? = nil, url: String? = nil, format: Format) {
        self.path = path
        self.url = url
        self.format = format
    }

    public var json: JSONValue {
        var fields = JSONObjectBuilder()
        fields.set("path", path)
        fields.set("url", url)
        fields.set("format", format.rawValue)
        return fields.json
    }

    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        let name = try fields.requiredString("format")
        guard let format = Format(rawValue: name) else {
            throw JSONShapeError(path: "$.format", problem: "unknown format \"\(name)\"")
        }
        self.init(path: try fields.string("path"), url: try fields.string("url"), format: format)
    }
}
