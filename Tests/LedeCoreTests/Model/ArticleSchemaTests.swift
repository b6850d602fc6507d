import Foundation
import LedeCore
import LedeTestSupport
import Testing

@Suite struct ArticleSchemaTests {
    static func loadSchema() throws -> JSONValue {
        let data = try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/article.schema.json"))
        return try JSONParser.parse([UInt8](data))
    }

    let validator: JSONSchemaValidator
    let schema: JSONValue

    init() throws {
        schema = try Self.loadSchema()
        validator = JSONSchemaValidator(schema: schema)
    }

    static var fullArticle: Article {
        var article = Article(id: "world-2024-05-01", source: Source(path: "in/world-2024-05-01.html.gz", url: "https://news.example/world/1", format: .html))
        article.outlet = "example-news"
        article.headline = "Floods hit the \"river\" valley"
        article.description = "Thousands were moved overnight."
        article.authors = ["Ana Lima", "Bo Chen"]
        article.datePublished = "2024-05-01"
        article.dateModified = "2024-05-01T14:30:05+02:00"
        article.section = "World"
        article.language = "en"
        article.readingTimeMinutes = 3
        article.image = ArticleImage(url: "https://news.example/img/1.jpg", caption: "The valley at dawn", credit: "AFP")
        article.body = [
            .paragraph("Water rose quickly — faster than forecast."),
            .heading("What happened", level: 2),
            .quote("We lost everything."),
            .list(["Roads closed", "Schools shut"]),
            .figure(caption: "Rescue boats", credit: "Reuters"),
            .preformatted("level  time\n4.2m   06:00"),
        ]
        article.notes = ["Agencies contributed to this story."]
        article.removed = [Removal(text: "Share this article", reason: "share prompt", by: "extract")]
        article.tags = [
            Tag(kind: "place", value: "River Valley", block: 0, start: 0, end: 5, attrs: JSONObject([("country", "BR"), ("confidence", .double(0.9))]), by: "places@1.0.0"),
            Tag(kind: "topic", value: "floods", by: "topics@0.1.0"),
        ]
        article.meta = JSONObject([("wordCount", 42), ("flags", ["a", "b"]), ("nested", ["ok": true, "none": nil])])
        article.diagnostics = [Diagnostic(stage: "dates", message: "two bylines found; kept both")]
        article.provenance = JSONObject([("headline", "rule example-news html.headline h1.title"), ("body", "generic blocks")])
        return article
    }

    static var minimalArticle: Article { Article(id: "stdin", source: Source(format: .text)) }

    /// The full article's JSON with one top-level field replaced (or removed, with `nil`).
    func record(_ key: String, _ value: JSONValue?) -> JSONValue {
        var object = Self.fullArticle.json.objectValue!
        object[key] = value
        return .object(object)
    }

    @Test func schemaUsesOnlySupportedKeywords() {
        #expect(validator.unsupportedKeywords == [])
    }

    @Test func schemaRequiresExactlyTheFieldsAlwaysWritten() throws {
        let required = schema.objectValue?["required"]?.arrayValue?.compactMap(\.stringValue)
        #expect(required == Self.minimalArticle.json.objectValue?.keys)
        let documented = schema.objectValue?["properties"]?.objectValue?.keys
        #expect(documented == Self.fullArticle.json.objectValue?.keys)
    }

    @Test func everyPropertyHasADescription() throws {
        func check(_ schema: JSONValue, at path: String) {
            guard let object = schema.objectValue else { return }
            for (name, property) in object["properties"]?.objectValue ?? JSONObject() {
                #expect(property.objectValue?["description"]?.stringValue?.isEmpty == false, "\(path).\(name)")
                check(property, at: "\(path).\(name)")
            }
            for (name, definition) in object["$defs"]?.objectValue ?? JSONObject() { check(definition, at: "$defs.\(name)") }
        }
        check(schema, at: "#")
    }

    @Test func fullyPopulatedArticleIsValid() {
        let json = Self.fullArticle.json
        #expect(validator.validate(json) == [])
        // Every optional field really is present, so the test covers all of them.
        #expect(json.objectValue?.count == schema.objectValue?["properties"]?.objectValue?.count)
        let types = Set(json.objectValue?["body"]?.arrayValue?.compactMap { $0.objectValue?["type"]?.stringValue } ?? [])
        #expect(types == Set(Block.Kind.allCases.map(\.rawValue)))
    }

    @Test func minimalArticleIsValid() {
        #expect(validator.validate(Self.minimalArticle.json) == [])
    }

    @Test func missingIdIsRejected() {
        #expect(validator.validate(record("id", nil)) == [#"$: missing required property "id""#])
    }

    @Test func wrongSchemaStringIsRejected() {
        #expect(validator.validate(record("schema", "lede.article/2")) == [
            #"$.schema: "lede.article/2" is not the constant "lede.article/1""#
        ])
    }

    @Test func extraTopLevelKeyIsRejected() {
        #expect(validator.validate(record("extra", 1)) == ["$.extra: property is not allowed"])
    }

    @Test func unknownBlockTypeIsRejected() {
        let body: JSONValue = [["type": "table", "text": "x"]]
        #expect(validator.validate(record("body", body)) == [
            #"$.body[0].type: "table" is not one of "paragraph", "heading", "quote", "list", "figure", "preformatted""#
        ])
    }

    @Test func headingLevelNineIsRejected() {
        var article = Self.fullArticle
        article.body[1].level = 9
        #expect(validator.validate(article.json) == ["$.body[1].level: 9 is greater than the maximum 6"])
    }

    @Test(arguments: ["2024-05-01", "2024-05-01T14:30", "2024-05-01T14:30:05", "2024-05-01T14:30Z", "2024-12-31T23:59:59-03:30"])
    func validDatesAreAccepted(_ date: String) {
        #expect(validator.validate(record("datePublished", .string(date))) == [])
    }

    @Test(arguments: ["2024-5-1", "01/05/2024", "2024-13-01", "2024-05-01T25:00", "2024-05-01 14:30", "2024-05-01T14:30+0200", "x2024-05-01", "2024-05-01T14:30Zx"])
    func invalidDatesAreRejected(_ date: String) {
        let problems = validator.validate(record("dateModified", .string(date)))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("$.dateModified: \"\(date)\" does not match the pattern ^") == true)
    }

    @Test func otherBrokenRecordsAreRejected() {
        #expect(validator.validate(record("readingTimeMinutes", -1)) == ["$.readingTimeMinutes: -1 is less than the minimum 0"])
        #expect(validator.validate(record("readingTimeMinutes", .double(2.5))) == ["$.readingTimeMinutes: expected integer, found number"])
        #expect(validator.validate(record("source", ["format": "pdf"])) == [#"$.source.format: "pdf" is not one of "text", "html""#])
        #expect(validator.validate(record("removed", [["text": "x", "reason": "ad"]])) == [#"$.removed[0]: missing required property "by""#])
        #expect(validator.validate(record("diagnostics", [["stage": "s", "message": "m", "level": "warn"]])) == ["$.diagnostics[0].level: property is not allowed"])
        #expect(validator.validate(record("tags", [["kind": "k", "value": "v", "attrs": [:], "by": "p@1", "start": "3", "block": -1]])) == [
            "$.tags[0].start: expected integer, found string",
            "$.tags[0].block: -1 is less than the minimum 0",
        ])
        #expect(validator.validate(record("meta", [])) == ["$.meta: expected object, found array"])
    }

    @Test func errorAndDroppedRecordsMatchTheirDefinitions() {
        let definitions = schema.objectValue!["$defs"]!.objectValue!
        var root = schema.objectValue!
        root["$ref"] = "#/$defs/errorRecord"
        for key in ["properties", "required", "additionalProperties", "type"] { root[key] = nil }
        let error = JSONSchemaValidator(schema: .object(root))
        #expect(error.validate(["schema": "lede.article/1", "id": "a", "error": ["code": "unreadable", "message": "gzip: bad header"]]) == [])
        #expect(error.validate(["schema": "lede.article/1", "id": "a", "error": ["code": "unreadable"]]) == [#"$.error: missing required property "message""#])
        root["$ref"] = "#/$defs/droppedRecord"
        let dropped = JSONSchemaValidator(schema: .object(root))
        #expect(dropped.validate(["schema": "lede.article/1", "id": "a", "dropped": ["by": "language@1.0"]]) == [])
        #expect(dropped.validate(["schema": "lede.article/1", "id": "a", "dropped": [:]]) == [#"$.dropped: missing required property "by""#])
        #expect(definitions["errorRecord"] != nil && definitions["droppedRecord"] != nil)
        // Neither is an article.
        #expect(!validator.validate(["schema": "lede.article/1", "id": "a", "dropped": ["by": "x"]]).isEmpty)
    }

    @Test func articleRoundTripsThroughJSON() throws {
        for article in [Self.fullArticle, Self.minimalArticle] {
            #expect(try Article(json: article.json) == article)
            #expect(try JSONParser.parse(article.json.serialized(pretty: true)) == article.json)
            #expect(try JSONParser.parse(article.json.serialized()) == article.json)
        }
    }

    @Test func jsonKeepsTheDocumentedFieldOrder() throws {
        let text = Self.fullArticle.json.serialized()
        let keys = try JSONParser.parse(text).objectValue?.keys
        #expect(keys == schema.objectValue?["properties"]?.objectValue?.keys)
    }
}
