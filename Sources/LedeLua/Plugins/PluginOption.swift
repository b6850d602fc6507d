import LedeCore

/// A declared plugin option: `{ type = "number", default = 50, help = "…" }`.
public struct PluginOption: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case string, number, boolean, list
    }

    public var key: String
    public var kind: Kind
    public var defaultValue: JSONValue
    public var help: String?

    public struct Problem: Error {
        public let message: String
    }

    init(key: String, declaration: JSONValue) throws(Problem) {
        guard let fields = declaration.objectValue, let typeName = fields["type"]?.stringValue else {
            throw Problem(message: "option '\(key)' needs a type (string, number, boolean or list)")
        }
        guard let kind = Kind(rawValue: typeName) else {
            throw Problem(message: "option '\(key)' has unknown type '\(typeName)' (use string, number, boolean or list)")
        }
        self.key = key
        self.kind = kind
        self.help = fields["help"]?.stringValue
        self.defaultValue = fields["default"] ?? .null
        if defaultValue != .null, !Self.matches(defaultValue, kind) {
            throw Problem(message: "option '\(key)' has a default that is not a \(kind.rawValue)")
        }
    }

    private static func matches(_ value: JSONValue, _ kind: Kind) -> Bool {
        switch (kind, value) {
        case (.string, .string), (.number, .int), (.number, .double), (.boolean, .bool): return true
        case (.list, .array(let items)): return items.allSatisfy { $0.stringValue != nil }
        case (.list, .object(let object)): return object.isEmpty
        default: return false
        }
    }

    /// The value a `-M name.key=text` gives, checked against the declared type.
    public func parse(_ text: String) throws(Problem) -> JSONValue {
        switch kind {
        case .string:
            return .string(text)
        case .number:
            if let integer = Int(text) { return .int(integer) }
            if let number = Double(text), number.isFinite { return .double(number) }
            throw Problem(message: "option '\(key)' takes a number, not '\(text)'")
        case .boolean:
            switch text.lowercased() {
            case "true", "yes", "1", "on": return .bool(true)
            case "false", "no", "0", "off": return .bool(false)
            default: throw Problem(message: "option '\(key)' takes true or false, not '\(text)'")
            }
        case .list:
            let items = text.split(separator: ",", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
            return .array(items.map(JSONValue.string))
        }
    }
}
