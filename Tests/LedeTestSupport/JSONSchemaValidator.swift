import Foundation
import LedeCore

/// Validates JSON values against the subset of JSON Schema (draft 2020-12) that
/// `docs/article.schema.json` uses.
///
/// Supported: `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`, `const`,
/// `pattern`, `minimum`, `maximum`, `minItems`, `maxItems`, `minLength`, `maxLength`, `oneOf`,
/// `anyOf`, boolean schemas and `$ref` to `#` or `#/$defs/NAME`; annotations are ignored.
public struct JSONSchemaValidator: Sendable {
    private let schema: JSONValue
    /// JSON Pointers to the keywords (or `type` and `$ref` values) in the schema this validator does not implement.
    public private(set) var unsupportedKeywords: [String]

    private static let applied: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern",
        "minimum", "maximum", "minItems", "maxItems", "minLength", "maxLength", "oneOf", "anyOf", "$ref", "$defs",
    ]
    private static let typeNames: Set<String> = ["null", "boolean", "string", "number", "integer", "array", "object"]
    private static let annotations: Set<String> = [
        "$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
    ]

    public init(schema: JSONValue) {
        self.schema = schema
        var found: [String] = []
        Self.survey(schema, at: "#", into: &found)
        unsupportedKeywords = found
    }

    /// Returns one message per violation, such as `$.body[2].level: 9 is greater than the maximum 6`;
    /// an empty array means the value is valid.
    public func validate(_ value: JSONValue) -> [String] {
        var problems: [String] = []
        check(value, against: schema, at: "$", into: &problems)
        return problems
    }

    private static func survey(_ schema: JSONValue, at pointer: String, into found: inout [String]) {
        guard case .object(let keywords) = schema else { return }
        for (key, value) in keywords {
            let here = pointer + "/" + key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            if !applied.contains(key) && !annotations.contains(key) { found.append(here) }
            switch key {
            case "properties", "$defs":
                for (name, sub) in value.objectValue ?? JSONObject() {
                    survey(sub, at: here + "/" + name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1"), into: &found)
                }
            case "items", "additionalProperties": survey(value, at: here, into: &found)
            case "oneOf", "anyOf":
                for (index, sub) in (value.arrayValue ?? []).enumerated() { survey(sub, at: "\(here)/\(index)", into: &found) }
            case "$ref":
                if value.stringValue.map({ $0 != "#" && !$0.hasPrefix("#/$defs/") }) ?? true { found.append(here) }
            case "type":
                let names = value.arrayValue ?? [value]
                if !names.allSatisfy({ typeNames.contains($0.stringValue ?? "") }) { found.append(here) }
            default: break
            }
        }
    }

    private func resolve(_ ref: String) -> JSONValue? {
        if ref == "#" { return schema }
        guard ref.hasPrefix("#/$defs/") else { return nil }
        let name = ref.dropFirst("#/$defs/".count).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        return schema.objectValue?["$defs"]?.objectValue?[name]
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        func fail(_ message: String) { problems.append("\(path): \(message)") }
        switch schema {
        case .bool(true): return
        case .bool(false): return fail("no value is allowed here")
        case .object: break
        default: return fail("schema is not an object or a boolean")
        }
        let keywords = schema.objectValue!
        if let ref = keywords["$ref"]?.stringValue {
            if let target = resolve(ref) { check(value, against: target, at: path, into: &problems) } else { fail("cannot resolve $ref \(ref)") }
        }
        if let type = keywords["type"] {
            let names = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !names.contains(where: { Self.matches(value, type: $0) }) {
                fail("expected \(names.joined(separator: " or ")), found \(value.typeName)")
            }
        }
        if let constant = keywords["const"], !Self.same(value, constant) {
            fail("\(value.serialized()) is not the constant \(constant.serialized())")
        }
        if let options = keywords["enum"]?.arrayValue, !options.contains(where: { Self.same(value, $0) }) {
            fail("\(value.serialized()) is not one of \(options.map { $0.serialized() }.joined(separator: ", "))")
        }
        switch value {
        case .int, .double:
            let number = Self.number(value)!
            if let minimum = keywords["minimum"].flatMap(Self.number), number < minimum {
                fail("\(value.serialized()) is less than the minimum \(keywords["minimum"]!.serialized())")
            }
            if let maximum = keywords["maximum"].flatMap(Self.number), number > maximum {
                fail("\(value.serialized()) is greater than the maximum \(keywords["maximum"]!.serialized())")
            }
        case .string(let string):
            let length = string.unicodeScalars.count
            if let minimum = keywords["minLength"]?.intValue, length < minimum {
                fail("expected at least \(minimum) characters, found \(length)")
            }
            if let maximum = keywords["maxLength"]?.intValue, length > maximum {
                fail("expected at most \(maximum) characters, found \(length)")
            }
            if let pattern = keywords["pattern"]?.stringValue {
                if let regex = try? NSRegularExpression(pattern: pattern) {
                    if regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) == nil {
                        fail("\(value.serialized()) does not match the pattern \(pattern)")
                    }
                } else {
                    fail("invalid pattern \(pattern)")
                }
            }
        case .array(let elements):
            if let minimum = keywords["minItems"]?.intValue, elements.count < minimum {
                fail("expected at least \(minimum) items, found \(elements.count)")
            }
            if let maximum = keywords["maxItems"]?.intValue, elements.count > maximum {
                fail("expected at most \(maximum) items, found \(elements.count)")
            }
            if let items = keywords["items"] {
                for (index, element) in elements.enumerated() { check(element, against: items, at: "\(path)[\(index)]", into: &problems) }
            }
        case .object(let object):
            for name in keywords["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[name] == nil {
                fail("missing required property \"\(name)\"")
            }
            let properties = keywords["properties"]?.objectValue ?? JSONObject()
            for (key, member) in object {
                let memberPath = Self.member(key, of: path)
                if let sub = properties[key] {
                    check(member, against: sub, at: memberPath, into: &problems)
                } else if case .bool(false) = keywords["additionalProperties"] {
                    problems.append("\(memberPath): property is not allowed")
                } else if let additional = keywords["additionalProperties"] {
                    check(member, against: additional, at: memberPath, into: &problems)
                }
            }
        case .null, .bool: break
        }
        if let options = keywords["anyOf"]?.arrayValue, !options.contains(where: { passes(value, $0, path) }) {
            fail("matches none of the anyOf schemas")
        }
        if let options = keywords["oneOf"]?.arrayValue {
            let count = options.filter { passes(value, $0, path) }.count
            if count != 1 { fail("matches \(count) of the oneOf schemas, expected exactly 1") }
        }
    }

    private func passes(_ value: JSONValue, _ schema: JSONValue, _ path: String) -> Bool {
        var problems: [String] = []
        check(value, against: schema, at: path, into: &problems)
        return problems.isEmpty
    }

    private static func member(_ key: String, of path: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) }
            && !("0"..."9").contains(key.unicodeScalars.first!)
        return plain ? "\(path).\(key)" : "\(path)[\(JSONValue.string(key).serialized())]"
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let int): return Double(int)
        case .double(let double): return double
        default: return nil
        }
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): return true
        case ("number", .int), ("number", .double), ("integer", .int): return true
        case ("integer", .double(let double)): return double.isFinite && double.rounded() == double
        default: return false
        }
    }

    /// JSON Schema equality: numbers compare by value (1 equals 1.0), objects ignore key order.
    private static func same(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.int, .double), (.double, .int), (.double, .double): return number(lhs) == number(rhs)
        case (.array(let left), .array(let right)): return left.count == right.count && zip(left, right).allSatisfy { same($0, $1) }
        case (.object(let left), .object(let right)):
            return left.count == right.count && left.allSatisfy { entry in right[entry.key].map { same(entry.value, $0) } ?? false }
        default: return lhs == rhs
        }
    }
}
