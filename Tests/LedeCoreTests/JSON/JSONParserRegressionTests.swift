@testable import LedeCore
import Testing

@Suite struct JSONParserRegressionTests {
    // MARK: Numbers follow JSON's grammar

    @Test(arguments: ["01", "-01", "00", "+1", "1.", ".5", "-.5", "1.e5", "1e", "1e+", "-", "--1", "0x10", "1e400", "-1e400", "NaN", "Infinity", "[01]", "{\"a\":1.}"])
    func invalidNumbersAreRejected(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: [
        ("0", JSONValue.int(0)),
        ("-0", .int(0)),
        ("-12", .int(-12)),
        ("1.5e3", .double(1500)),
        ("1E-2", .double(0.01)),
        ("2.50", .double(2.5)),
        ("0.5", .double(0.5)),
        ("-0.0", .double(0)),
        ("9223372036854775807", .int(Int.max)),
        ("9223372036854775808", .double(9_223_372_036_854_775_808)),
        ("1e308", .double(1e308)),
        ("[1,-2,3.5]", [1, -2, .double(3.5)]),
    ] as [(String, JSONValue)])
    func validNumbersParse(text: String, value: JSONValue) throws {
        #expect(try JSONParser.parse(text) == value)
    }

    @Test func leadingZeroFailureNamesTheOffset() {
        let failure = #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("[1, 012]") }
        #expect(failure?.offset == 4)
        #expect(failure?.reason == "leading zero in number")
    }

    // MARK: Surrogate escapes

    @Test(arguments: [
        (#""\ud800\u0041""#, "\u{FFFD}A"),
        (#""\ud83d\ude00""#, "😀"),
        (#""\uD83D\uDE00""#, "😀"),
        (#""\ud800""#, "\u{FFFD}"),
        (#""\ud800x""#, "\u{FFFD}x"),
        (#""\udc00""#, "\u{FFFD}"),
        (#""\ud800\ud800\udc00""#, "\u{FFFD}\u{10000}"),
        (#""\u00e9\u0000""#, "é\u{0}"),
    ])
    func surrogateEscapes(text: String, value: String) throws {
        #expect(try JSONParser.parse(text) == .string(value))
    }

    @Test func shortEscapeAfterHighSurrogateFails() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(#""\ud800\u00""#) }
    }

    // MARK: Numbers compare by value

    @Test func integerAndDoubleCompareByValue() {
        #expect(JSONValue.int(2) == .double(2.0))
        #expect(JSONValue.double(2.0) == .int(2))
        #expect(JSONValue.int(2) != .double(2.5))
        #expect(JSONValue.int(2) != .string("2"))
        #expect(JSONValue.array([.int(1)]) == .array([.double(1)]))
        #expect(JSONValue.object(JSONObject([("w", .int(2))])) == .object(JSONObject([("w", .double(2))])))
    }

    @Test func articleMetaWithAWholeDoubleRoundTrips() throws {
        var article = Article(id: "t", source: Source(format: .text))
        article.meta["w"] = .double(2.0)
        let line = article.json.serialized()
        #expect(line.contains(#""meta":{"w":2}"#))
        let back = try Article(json: JSONParser.parse(line))
        #expect(back == article)
        #expect(back.meta["w"] == .int(2))
    }

    @Test func articleMetaWithAFractionRoundTrips() throws {
        var article = Article(id: "t", source: Source(format: .text))
        article.meta["w"] = .double(0.25)
        article.meta["nested"] = ["a": [1, .double(1.5)]]
        let back = try Article(json: JSONParser.parse(article.json.serialized()))
        #expect(back == article)
        #expect(back.meta.keys == ["w", "nested"])
    }

    // MARK: Tag offsets

    private func tag(_ offsets: String) throws(JSONShapeError) -> LedeCore.Tag {
        let json = try! JSONParser.parse(#"{"kind":"place","value":"Gaza","block":0,"# + offsets + #","by":"places@1.0"}"#)
        return try LedeCore.Tag(json: json)
    }

    @Test(arguments: [#""start":1"#, #""end":2"#, #""start":5,"end":2"#, #""start":-1,"end":2"#, #""start":"x","end":2"#, #""start":1.5,"end":2"#])
    func invalidOffsetsAreRejected(offsets: String) {
        #expect(throws: JSONShapeError.self) { try tag(offsets) }
    }

    @Test func invalidOffsetsErrorNamesTheField() {
        let error = #expect(throws: JSONShapeError.self) { try tag(#""start":5,"end":2"#) }
        #expect(error?.path == "$.start")
    }

    @Test(arguments: [(#""start":2,"end":5"#, 2, 5), (#""start":3,"end":3"#, 3, 3), (#""start":1.0,"end":2.0"#, 1, 2)])
    func validOffsetsAreRead(offsets: String, start: Int, end: Int) throws {
        let tag = try tag(offsets)
        #expect(tag.start == start && tag.end == end)
    }

    @Test func nullOffsetsAreAbsentLikeOtherOptionalFields() throws {
        let json = try JSONParser.parse(#"{"kind":"place","value":"Gaza","block":null,"start":null,"end":null,"by":"places@1.0"}"#)
        let tag = try LedeCore.Tag(json: json)
        #expect(tag.start == nil && tag.end == nil && tag.block == nil)
    }

    @Test func tagRoundTrips() throws {
        let tag = LedeCore.Tag(kind: "place", value: "Gaza", block: 2, start: 4, end: 8, attrs: JSONObject([("country", "PS")]), by: "places@1.0")
        #expect(tag.json.serialized() == #"{"kind":"place","value":"Gaza","block":2,"start":4,"end":8,"attrs":{"country":"PS"},"by":"places@1.0"}"#)
        #expect(try LedeCore.Tag(json: JSONParser.parse(tag.json.serialized())) == tag)
    }

    // MARK: Byte-order mark

    @Test func leadingUTF8ByteOrderMarkIsAccepted() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a":1}"#.utf8)) == ["a": 1])
        #expect(try JSONParser.parse("\u{FEFF}[true]") == [true])
    }

    @Test func byteOrderMarkAloneOrInsideIsRejected() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0xEF, 0xBB, 0xBF]) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(" \u{FEFF}{}") }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("{}\u{FEFF}") }
    }
}
