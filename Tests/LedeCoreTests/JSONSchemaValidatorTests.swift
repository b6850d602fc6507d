import LedeCore
import LedeTestSupport
import Testing

@Suite struct JSONSchemaValidatorTests {
    private func violations(_ schema: String, _ value: String) throws -> [String] {
        let validator = JSONSchemaValidator(schema: try JSONParser.parse(schema))
        #expect(validator.unsupportedKeywords == [])
        return validator.validate(try JSONParser.parse(value))
    }

    @Test func typeDistinguishesIntegerFromNumber() throws {
        #expect(try violations(#"{"type": "integer"}"#, "3") == [])
        #expect(try violations(#"{"type": "integer"}"#, "3.0") == [])
        #expect(try violations(#"{"type": "integer"}"#, "3.5") == ["$: expected integer, found number"])
        #expect(try violations(#"{"type": "number"}"#, "3.5") == [])
        #expect(try violations(#"{"type": "number"}"#, "3") == [])
        #expect(try violations(#"{"type": "number"}"#, #""3""#) == ["$: expected number, found string"])
    }

    @Test func typeCoversEveryName() throws {
        let samples = ["null": "null", "boolean": "true", "string": #""s""#, "array": "[]", "object": "{}"]
        for (type, text) in samples {
            #expect(try violations(#"{"type": "\#(type)"}"#, text) == [])
            #expect(try violations(#"{"type": "\#(type)"}"#, "1") == ["$: expected \(type), found number"])
        }
    }

    @Test func typeArrays() throws {
        let schema = #"{"type": ["string", "null"]}"#
        #expect(try violations(schema, "null") == [])
        #expect(try violations(schema, #""x""#) == [])
        #expect(try violations(schema, "false") == ["$: expected string or null, found boolean"])
    }

    @Test func propertiesAndRequired() throws {
        let schema = #"{"properties": {"a": {"type": "string"}, "b c": {"type": "integer"}}, "required": ["a"]}"#
        #expect(try violations(schema, #"{"a": "x", "b c": 1, "other": 2}"#) == [])
        #expect(try violations(schema, #"{"b c": "1"}"#) == [
            #"$: missing required property "a""#,
            #"$["b c"]: expected integer, found string"#,
        ])
        // Non-objects are left to `type`.
        #expect(try violations(schema, "5") == [])
    }

    @Test func additionalPropertiesFalse() throws {
        let schema = #"{"properties": {"a": {}}, "additionalProperties": false}"#
        #expect(try violations(schema, #"{"a": 1}"#) == [])
        #expect(try violations(schema, #"{"a": 1, "b": 2}"#) == ["$.b: property is not allowed"])
    }

    @Test func additionalPropertiesSchema() throws {
        let schema = #"{"properties": {"a": {}}, "additionalProperties": {"type": "string"}}"#
        #expect(try violations(schema, #"{"a": 1, "b": "x"}"#) == [])
        #expect(try violations(schema, #"{"a": 1, "b": 2}"#) == ["$.b: expected string, found number"])
    }

    @Test func items() throws {
        let schema = #"{"properties": {"list": {"items": {"type": "string"}}}}"#
        #expect(try violations(schema, #"{"list": ["a", "b"]}"#) == [])
        #expect(try violations(schema, #"{"list": ["a", 2, "c", null]}"#) == [
            "$.list[1]: expected string, found number",
            "$.list[3]: expected string, found null",
        ])
    }

    @Test func enumeration() throws {
        let schema = #"{"enum": ["text", "html", 1]}"#
        #expect(try violations(schema, #""html""#) == [])
        #expect(try violations(schema, "1.0") == [])
        #expect(try violations(schema, #""pdf""#) == [#"$: "pdf" is not one of "text", "html", 1"#])
    }

    @Test func constant() throws {
        #expect(try violations(#"{"const": "lede.article/1"}"#, #""lede.article/1""#) == [])
        #expect(try violations(#"{"const": {"a": [1, 2], "b": null}}"#, #"{"b": null, "a": [1.0, 2]}"#) == [])
        #expect(try violations(#"{"const": "lede.article/1"}"#, #""lede.article/2""#) == [
            #"$: "lede.article/2" is not the constant "lede.article/1""#
        ])
    }

    @Test func patternIsNotImplicitlyAnchored() throws {
        #expect(try violations(#"{"pattern": "b+"}"#, #""abbbc""#) == [])
        #expect(try violations(#"{"pattern": "^b+$"}"#, #""abbbc""#) == [#"$: "abbbc" does not match the pattern ^b+$"#])
        #expect(try violations(#"{"pattern": "x"}"#, "12") == [])  // only strings are checked
        #expect(try violations(#"{"pattern": "("}"#, #""a""#) == ["$: invalid pattern ("])
    }

    @Test func minimumAndMaximum() throws {
        let schema = #"{"properties": {"level": {"minimum": 1, "maximum": 6}}}"#
        #expect(try violations(schema, #"{"level": 1}"#) == [])
        #expect(try violations(schema, #"{"level": 6}"#) == [])
        #expect(try violations(schema, #"{"level": 0}"#) == ["$.level: 0 is less than the minimum 1"])
        #expect(try violations(schema, #"{"level": 9}"#) == ["$.level: 9 is greater than the maximum 6"])
        #expect(try violations(schema, #"{"level": 6.5}"#) == ["$.level: 6.5 is greater than the maximum 6"])
    }

    @Test func minItemsAndMaxItems() throws {
        let schema = #"{"minItems": 2, "maxItems": 2}"#
        #expect(try violations(schema, "[0, 1]") == [])
        #expect(try violations(schema, "[0]") == ["$: expected at least 2 items, found 1"])
        #expect(try violations(schema, "[0, 1, 2]") == ["$: expected at most 2 items, found 3"])
    }

    @Test func minLengthAndMaxLengthCountCodePoints() throws {
        let schema = #"{"minLength": 1, "maxLength": 2}"#
        #expect(try violations(schema, #""é😀""#) == [])
        #expect(try violations(schema, #""""#) == ["$: expected at least 1 characters, found 0"])
        #expect(try violations(schema, #""abc""#) == ["$: expected at most 2 characters, found 3"])
    }

    @Test func references() throws {
        let schema = #"""
            {"properties": {"body": {"items": {"$ref": "#/$defs/block"}}},
             "$defs": {"block": {"properties": {"level": {"maximum": 6}}}}}
            """#
        #expect(try violations(schema, #"{"body": [{"level": 1}]}"#) == [])
        #expect(try violations(schema, #"{"body": [{}, {}, {"level": 9}]}"#) == [
            "$.body[2].level: 9 is greater than the maximum 6"
        ])
    }

    @Test func unresolvableReference() throws {
        let validator = JSONSchemaValidator(schema: ["$ref": "#/$defs/missing"])
        #expect(validator.validate(1) == ["$: cannot resolve $ref #/$defs/missing"])
    }

    @Test func anyOfAndOneOf() throws {
        #expect(try violations(#"{"anyOf": [{"type": "string"}, {"minimum": 0}]}"#, "1") == [])
        #expect(try violations(#"{"anyOf": [{"type": "string"}, {"minimum": 0}]}"#, "-1") == [
            "$: matches none of the anyOf schemas"
        ])
        let oneOf = #"{"oneOf": [{"type": "integer"}, {"minimum": 0}]}"#
        #expect(try violations(oneOf, "-1") == [])
        #expect(try violations(oneOf, "1") == ["$: matches 2 of the oneOf schemas, expected exactly 1"])
        #expect(try violations(oneOf, "-0.5") == ["$: matches 0 of the oneOf schemas, expected exactly 1"])
    }

    @Test func booleanSchemas() throws {
        #expect(try violations("true", "[1]") == [])
        #expect(try violations(#"{"items": false}"#, "[]") == [])
        #expect(try violations(#"{"items": false}"#, "[1]") == ["$[0]: no value is allowed here"])
    }

    @Test func annotationsAreAccepted() throws {
        let schema = #"{"$schema": "x", "$id": "y", "title": "t", "description": "d", "$comment": "c", "default": 1, "examples": [1]}"#
        #expect(try violations(schema, "1") == [])
    }

    @Test func unsupportedKeywordsAreReported() throws {
        let schema = try JSONParser.parse(#"""
            {"if": {"const": 1}, "type": "float",
             "properties": {"a/b": {"format": "date"}, "c": {"items": {"uniqueItems": true}}},
             "$defs": {"d": {"anyOf": [{"$ref": "other.json"}]}},
             "enum": [{"if": "data, not a keyword"}]}
            """#)
        #expect(JSONSchemaValidator(schema: schema).unsupportedKeywords == [
            "#/if", "#/type", "#/properties/a~1b/format", "#/properties/c/items/uniqueItems", "#/$defs/d/anyOf/0/$ref",
        ])
    }

    @Test func reportsEveryViolationWithItsPath() throws {
        let schema = #"""
            {"type": "object", "required": ["id"], "additionalProperties": false,
             "properties": {"tags": {"type": "array", "items": {"type": "object", "required": ["by"],
                 "properties": {"by": {"type": "string"}, "span": {"type": "array", "minItems": 2,
                     "items": {"type": "integer", "minimum": 0}}}}}}}
            """#
        #expect(try violations(schema, #"{"tags": [{"by": "x", "span": [0, 1]}]}"#) == [#"$: missing required property "id""#])
        #expect(try violations(schema, #"{"id": 1, "tags": [{"span": [-1]}]}"#) == [
            "$.id: property is not allowed",
            #"$.tags[0]: missing required property "by""#,
            "$.tags[0].span: expected at least 2 items, found 1",
            "$.tags[0].span[0]: -1 is less than the minimum 0",
        ])
    }
}
