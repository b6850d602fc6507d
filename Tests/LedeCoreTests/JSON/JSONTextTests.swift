import LedeCore
import Testing

@Suite struct JSONTextTests {
    // MARK: Serialization

    @Test func escapesOnlyWhatJSONRequires() {
        let value: JSONValue = .string("say \"hi\" \\ back\n\r\t\u{08}\u{0C}")
        #expect(value.serialized() == #""say \"hi\" \\ back\n\r\t\b\f""#)
    }

    @Test func otherControlCharactersUseLowercaseHexEscapes() {
        #expect(JSONValue.string("\u{00}\u{01}\u{1F}").serialized() == #""\u0000\u0001\u001f""#)
        #expect(JSONValue.string("\u{7F}").serialized() == "\"\u{7F}\"")
    }

    @Test func lineAndParagraphSeparatorsAreEscaped() {
        #expect(JSONValue.string("a\u{2028}b\u{2029}c").serialized() == #""a\u2028b\u2029c""#)
    }

    @Test func nonASCIIIsWrittenRaw() {
        #expect(JSONValue.string("café — 東京 😀").serialized() == "\"café — 東京 😀\"")
    }

    @Test func slashesAreNotEscaped() {
        #expect(JSONValue.string("https://a.example/b/c").serialized() == #""https://a.example/b/c""#)
    }

    @Test func scalarsAndNumbers() throws {
        #expect(JSONValue.null.serialized() == "null")
        #expect(JSONValue.bool(true).serialized() == "true")
        #expect(JSONValue.bool(false).serialized() == "false")
        #expect(JSONValue.int(-42).serialized() == "-42")
        #expect(JSONValue.int(Int.max).serialized() == "9223372036854775807")
        #expect(JSONValue.double(2.5).serialized() == "2.5")
        #expect(JSONValue.double(3).serialized() == "3")
        #expect(JSONValue.double(-0.125).serialized() == "-0.125")
        #expect(JSONValue.double(.nan).serialized() == "null")
        #expect(JSONValue.double(.infinity).serialized() == "null")
        let large = JSONValue.double(1e20).serialized()
        #expect(try JSONParser.parse(large) == .double(1e20))
    }

    @Test func compactFormat() {
        let value: JSONValue = ["a": 1, "b": [true, nil], "c": [:], "d": []]
        #expect(value.serialized() == #"{"a":1,"b":[true,null],"c":{},"d":[]}"#)
    }

    @Test func prettyFormatIsExact() {
        let value: JSONValue = ["schema": "x", "list": [1, ["k": "v"]], "empty": [], "none": [:], "n": nil]
        let expected = """
            {
              "schema": "x",
              "list": [
                1,
                {
                  "k": "v"
                }
              ],
              "empty": [],
              "none": {},
              "n": null
            }
            """
        #expect(value.serialized(pretty: true) == expected)
    }

    @Test func emptyContainersArePrettyAsBrackets() {
        #expect(JSONValue.array([]).serialized(pretty: true) == "[]")
        #expect(JSONValue.object(JSONObject()).serialized(pretty: true) == "{}")
        #expect(JSONValue.array([[]]).serialized(pretty: true) == "[\n  []\n]")
    }

    @Test func keyOrderIsKept() throws {
        var object = JSONObject()
        object["z"] = 1
        object["a"] = 2
        object["m"] = 3
        object["z"] = 4  // replaced in place
        #expect(JSONValue.object(object).serialized() == #"{"z":4,"a":2,"m":3}"#)
        object["a"] = nil
        #expect(object.keys == ["z", "m"])
        let parsed = try JSONParser.parse(#"{"b": 1, "a": 2, "c": {"y": 1, "x": 2}}"#)
        #expect(parsed.objectValue?.keys == ["b", "a", "c"])
        #expect(parsed.serialized() == #"{"b":1,"a":2,"c":{"y":1,"x":2}}"#)
    }

    // MARK: Parsing

    @Test func parsesEveryKindOfValue() throws {
        let parsed = try JSONParser.parse(" {\"s\": \"x\", \"i\": -7, \"d\": 1.5e2, \"t\": true, \"f\": false, \"n\": null, \"a\": [1, [], {}]}\n\t")
        let expected: JSONValue = ["s": "x", "i": -7, "d": .double(150), "t": true, "f": false, "n": nil, "a": [1, [], [:]]]
        #expect(parsed == expected)
    }

    @Test func integersAndDoublesStayDistinct() throws {
        #expect(try JSONParser.parse("42") == .int(42))
        #expect(try JSONParser.parse("-0") == .int(0))
        #expect(try JSONParser.parse("42.0") == .double(42))
        #expect(try JSONParser.parse("4e1") == .double(40))
        #expect(try JSONParser.parse("1E-2") == .double(0.01))
        #expect(try JSONParser.parse("9223372036854775807") == .int(Int.max))
        // Too large for Int: read as a double.
        #expect(try JSONParser.parse("9223372036854775808") == .double(9223372036854775808))
        #expect(JSONValue.double(42).intValue == 42)
        #expect(JSONValue.double(42.5).intValue == nil)
    }

    @Test func unescapesStrings() throws {
        #expect(try JSONParser.parse(#""a\"b\\c\/d\n\r\t\b\f""#) == .string("a\"b\\c/d\n\r\t\u{08}\u{0C}"))
        #expect(try JSONParser.parse(#""\u00e9\u00E9\u2028""#) == .string("éé\u{2028}"))
        #expect(try JSONParser.parse("\"café 東京\"") == .string("café 東京"))
    }

    @Test func surrogatePairs() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try JSONParser.parse(#""x\uD834\uDD1Ey""#) == .string("x𝄞y"))
        // Lone surrogates become U+FFFD rather than failing.
        #expect(try JSONParser.parse(#""\ud83d""#) == .string("\u{FFFD}"))
        #expect(try JSONParser.parse(#""\ude00x""#) == .string("\u{FFFD}x"))
    }

    @Test func serializedTextParsesBackToTheSameValue() throws {
        let value: JSONValue = [
            "text": .string("quote \" slash / back \\ nl \n ctl \u{01} sep \u{2028} emoji 😀 é"),
            "numbers": [0, -1, .double(0.5), .double(-1e-7), .double(123456.789)],
            "nested": ["deep": [["a": nil, "b": false]]],
        ]
        #expect(try JSONParser.parse(value.serialized()) == value)
        #expect(try JSONParser.parse(value.serialized(pretty: true)) == value)
    }

    private func failure(_ text: String) -> JSONParser.Failure? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("", 0, "unexpected end of input"),
        ("   ", 3, "unexpected end of input"),
        ("{", 1, "expected a key"),
        (#"{"a""#, 4, "expected ':'"),
        (#"{"a":"#, 5, "unexpected end of input"),
        (#"{"a":1"#, 6, "unterminated object"),
        (#"{"a":1 "b":2}"#, 7, "expected ',' or '}'"),
        ("[1,2", 4, "unterminated array"),
        ("[1 2]", 3, "expected ',' or ']'"),
        (#""abc"#, 4, "unterminated string"),
        (#""a\"#, 3, "unterminated escape"),
        (#""\x""#, 3, "unknown escape"),
        (#""\u12""#, 3, "short \\u escape"),
        (#""\u12zz""#, 3, "bad \\u escape"),
        ("\"a\nb\"", 2, "control character in string"),
        ("tru", 0, "expected true"),
        ("nul", 0, "expected null"),
        ("[1, @]", 4, "unexpected character"),
        ("1 2", 2, "unexpected text after the value"),
        ("{} x", 3, "unexpected text after the value"),
    ])
    func reportsWhereAndWhyParsingFailed(_ text: String, _ offset: Int, _ reason: String) {
        let failure = failure(text)
        #expect(failure?.offset == offset, "\(text.debugDescription)")
        #expect(failure?.reason == reason, "\(text.debugDescription)")
    }

    @Test func failureDescriptionNamesTheOffset() {
        #expect(failure("[1,]")?.description == "invalid JSON at byte 3: unexpected character")
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(failure(deep)?.reason == "nested more than 512 levels")
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(failure(fine) == nil)
    }
}
