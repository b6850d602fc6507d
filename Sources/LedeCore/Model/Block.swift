/// One block of an article's body, in document order.
///
/// Every block has `text`; headings add `level`, lists add `items` (and their text is the items
/// one per line), figures add `caption` and `credit` (and their text is the caption).
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case paragraph, heading, quote, list, figure, preformatted
    }

    public var type: Kind
    public var text: String
    /// Heading level, 1-6.
    public var level: Int?
    public var items: [String]?
    public var caption: String?
    public var credit: String?

    public init(type: Kind, text: String, level: Int? = nil, items: [String]? = nil, caption: String? = nil, credit: String? = nil) {
        self.type = type
        self.text = text
        self.level = level
        self.items = items
        self.caption = caption
        self.credit = credit
    }

    public static func paragraph(_ text: String) -> Block { Block(type: .paragraph, text: text) }
    public static func heading(_ text: String, level: Int) -> Block { Block(type: .heading, text: text, level: level) }
    public static func quote(_ text: String) -> Block { Block(type: .quote, text: text) }
    public static func preformatted(_ text: String) -> Block { Block(type: .preformatted, text: text) }
    public static func list(_ items: [String]) -> Block {
        Block(type: .list, text: items.joined(separator: "\n"), items: items)
    }
    public static func figure(caption: String?, credit: String?) -> Block {
        Block(type: .figure, text: caption ?? "", caption: caption, credit: credit)
    }
}

extension Block: JSONConvertible {
    public var json: JSONValue {
        var fields = JSONObjectBuilder()
        fields.set("type", type.rawValue)
        fields.set("text", text)
        fields.set("level", level)
        if let items { fields.set("items", items) }
        fields.set("caption", caption)
        fields.set("credit", credit)
        return fields.json
    }

    public init(json: JSONValue) throws(JSONShapeError) {
        let fields = try JSONFields(json)
        let name = try fields.requiredString("type")
        guard let type = Kind(rawValue: name) else {
            throw JSONShapeError(path: "$.type", problem: "unknown block type \"\(name)\"")
        }
        let items = fields.object["items"] == nil || fields.object["items"] == .null ? nil : try fields.strings("items")
        self.init(
            type: type, text: try fields.string("text") ?? items?.joined(separator: "\n") ?? "",
            level: try fields.int("level"), items: items,
            caption: try fields.string("caption"), credit: try fields.string("credit"))
    }
}
