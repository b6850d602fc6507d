/// A type with one JSON shape, written once in each direction.
///
/// Conforming types get `Codable` for free (through `JSONValue`), so Swift users can still use
/// `JSONDecoder`, while lede's writers keep the field order the JSON Schema documents.
public protocol JSONConvertible: Codable {
    init(json: JSONValue) throws(JSONShapeError)
    var json: JSONValue { get }
}

extension JSONConvertible {
    public init(from decoder: any Decoder) throws {
        try self.init(json: JSONValue(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}

/// A JSON value that does not have the shape a model type expects, with the path to it.
public struct JSONShapeError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let problem: String
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }
    public var description: String { "\(path): \(problem)" }
}

/// Typed reads from a JSON object, with errors that name the field by a JSONPath such as
/// `$.body[2].type` (each model type reads its own object as `$`).
public struct JSONFields {
    public let object: JSONObject
    public let path: String

    public init(_ value: JSONValue, path: String = "$") throws(JSONShapeError) {
        guard let object = value.objectValue else {
            throw JSONShapeError(path: path, problem: "expected an object, found \(value.typeName)")
        }
        self.object = object
        self.path = path
    }

    private func present(_ key: String) -> JSONValue? {
        guard let value = object[key], value != .null else { return nil }
        return value
    }

    private func mismatch(_ key: String, _ expected: String, _ value: JSONValue) -> JSONShapeError {
        JSONShapeError(path: "\(path).\(key)", problem: "expected \(expected), found \(value.typeName)")
    }

    public func string(_ key: String) throws(JSONShapeError) -> String? {
        guard let value = present(key) else { return nil }
        guard let string = value.stringValue else { throw mismatch(key, "a string", value) }
        return string
    }

    public func requiredString(_ key: String) throws(JSONShapeError) -> String {
        guard let string = try string(key) else { throw JSONShapeError(path: "\(path).\(key)", problem: "missing") }
        return string
    }

    public func int(_ key: String) throws(JSONShapeError) -> Int? {
        guard let value = present(key) else { return nil }
        guard let int = value.intValue else { throw mismatch(key, "an integer", value) }
        return int
    }

    public func strings(_ key: String) throws(JSONShapeError) -> [String] {
        try array(key).enumerated().map { (index, value) throws(JSONShapeError) in
            guard let string = value.stringValue else {
                throw JSONShapeError(path: "\(path).\(key)[\(index)]", problem: "expected a string, found \(value.typeName)")
            }
            return string
        }
    }

    /// An array field; an empty object counts as an empty array, since Lua tables cannot tell them apart.
    public func array(_ key: String) throws(JSONShapeError) -> [JSONValue] {
        guard let value = present(key) else { return [] }
        if let object = value.objectValue, object.isEmpty { return [] }
        guard let array = value.arrayValue else { throw mismatch(key, "an array", value) }
        return array
    }

    /// Decodes each element of an array field, naming the element's index in errors.
    public func models<T: JSONConvertible>(_ key: String, as type: T.Type) throws(JSONShapeError) -> [T] {
        try array(key).enumerated().map { (index, value) throws(JSONShapeError) in
            try Self.nested("\(path).\(key)[\(index)]") { () throws(JSONShapeError) in try T(json: value) }
        }
    }

    public func model<T: JSONConvertible>(_ key: String, as type: T.Type) throws(JSONShapeError) -> T? {
        guard let value = present(key) else { return nil }
        return try Self.nested("\(path).\(key)") { () throws(JSONShapeError) in try T(json: value) }
    }

    /// Runs a nested model's decoding with its error path placed under `prefix`.
    private static func nested<T>(_ prefix: String, _ body: () throws(JSONShapeError) -> T) throws(JSONShapeError) -> T {
        do {
            return try body()
        } catch {
            throw JSONShapeError(path: prefix + error.path.dropFirst(), problem: error.problem)
        }
    }

    /// An object field; an empty array counts as an empty object, since Lua tables cannot tell them apart.
    public func object(_ key: String) throws(JSONShapeError) -> JSONObject {
        guard let value = present(key) else { return JSONObject() }
        if let array = value.arrayValue, array.isEmpty { return JSONObject() }
        guard let object = value.objectValue else { throw mismatch(key, "an object", value) }
        return object
    }
}

/// Builds a JSON object, leaving out absent optional values.
public struct JSONObjectBuilder {
    public private(set) var object = JSONObject()
    public init() {}

    public mutating func set(_ key: String, _ value: String?) {
        if let value { object[key] = .string(value) }
    }

    public mutating func set(_ key: String, _ value: Int?) {
        if let value { object[key] = .int(value) }
    }

    public mutating func set(_ key: String, _ value: JSONValue?) {
        if let value { object[key] = value }
    }

    public mutating func set<T: JSONConvertible>(_ key: String, _ value: T?) {
        if let value { object[key] = value.json }
    }

    public mutating func set<T: JSONConvertible>(_ key: String, _ values: [T]) {
        object[key] = .array(values.map(\.json))
    }

    public mutating func set(_ key: String, _ values: [String]) {
        object[key] = .array(values.map(JSONValue.string))
    }

    public var json: JSONValue { .object(object) }
}
