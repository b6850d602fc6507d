import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// Every `Tests/Fixtures/text/*.txt` through the whole text pipeline, checked three ways:
/// against its recorded golden JSON (`NAME.golden.json`), against the hand-written
/// expectations of what a careful editor says it must contain (`NAME.expect.json`), and
/// against the published JSON Schema.
@Suite struct TextFixtureTests {
    static let inputs = Fixtures.files(in: "text", endingWith: ".txt").map(\.lastPathComponent)

    static func extract(_ name: String) throws -> Article {
        let bytes = try Fixtures.bytes(Fixtures.url("text/" + name))
        return try Extractor().extract(InputDocument(bytes: bytes, path: name))
    }

    @Test func thereAreAtLeastElevenFixtures() {
        #expect(Self.inputs.count >= 11)
    }

    @Test(arguments: inputs)
    func matchesGoldenFile(_ name: String) throws {
        let article = try Self.extract(name)
        let golden = Fixtures.url("text/" + name.replacingOccurrences(of: ".txt", with: ".golden.json"))
        Golden.check(article.json.serialized(pretty: true) + "\n", against: golden)
    }

    @Test(arguments: inputs)
    func validatesAgainstSchema(_ name: String) throws {
        #expect(ArticleSchema.violations(try Self.extract(name).json) == [])
    }

    @Test(arguments: inputs)
    func meetsHandWrittenExpectations(_ name: String) throws {
        let url = Fixtures.url("text/" + name.replacingOccurrences(of: ".txt", with: ".expect.json"))
        let expectations = try #require(try JSONParser.parse(Fixtures.bytes(url)).objectValue, "\(url.lastPathComponent) is not an object")
        let actual = try Self.extract(name)
        for (key, expected) in expectations {
            #expect(Self.observe(key, in: actual) == expected, "\(name): \(key)")
        }
    }

    /// The value an expectation key names, read from the article's JSON.
    static func observe(_ key: String, in article: Article) -> JSONValue {
        let json = article.json.objectValue!
        let body = article.body
        switch key {
        case "bodyTypes": return .array(body.map { .string($0.type.rawValue) })
        case "bodyFirst": return body.first.map { .string($0.text) } ?? .null
        case "bodyLast": return body.last.map { .string($0.text) } ?? .null
        case "headings": return .array(body.filter { $0.type == .heading }.map { ["text": .string($0.text), "level": .int($0.level ?? 0)] })
        case "listItems": return .array(body.filter { $0.type == .list }.map { .array(($0.items ?? []).map(JSONValue.string)) })
        case "removed": return .array(article.removed.filter { $0.by == "artefacts" }.map { .string($0.text) })
        case "image":
            guard let image = article.image else { return .null }
            var object = JSONObject()
            object["caption"] = image.caption.map(JSONValue.string) ?? .null
            object["credit"] = image.credit.map(JSONValue.string) ?? .null
            return .object(object)
        default: return json[key] ?? .null
        }
    }
}

/// The seed article, with the exact values the project was founded on.
@Suite struct SeedArticleTests {
    @Test func extractsTheSeedExactly() throws {
        let article = try TextFixtureTests.extract("seed-new-arab.txt")
        #expect(article.headline == "Syria condemns 'US massacre' after strikes kill 100 pro-regime fighters")
        #expect(article.description == "Syria has called on the UN Security Council to condemn US air strikes on pro-regime militias in the east of the country.")
        #expect(article.readingTimeMinutes == 2)
        #expect(article.datePublished == "2018-02-08")
        #expect(article.image == ArticleImage(caption: "Damascus described the attack on the pro-Assad militia as a 'massacre'", credit: "AFP"))
        #expect(article.body.count == 15)
        #expect(article.body.allSatisfy { $0.type == .paragraph })
        #expect(article.body.first?.text.hasPrefix("Damascus has condemned overnight US air strikes") == true)
        #expect(article.body.last?.text.hasPrefix("The US has concentrated its attacks") == true)
        #expect(article.notes == ["Agencies contributed to this story."])
        #expect(article.removed.map(\.text) == ["[click to enlarge]"])
        #expect(article.authors == [])
        #expect(article.diagnostics == [])
    }

    /// "Text unchanged": every body paragraph is a line of the input, byte for byte
    /// (including the no-break space in "told AFP").
    @Test func keepsParagraphTextUnchanged() throws {
        let input = try String(contentsOf: Fixtures.url("text/seed-new-arab.txt"), encoding: .utf8)
        let lines = Set(input.split(separator: "\n").map(String.init))
        let article = try TextFixtureTests.extract("seed-new-arab.txt")
        for block in article.body { #expect(lines.contains(block.text), "\(block.text)") }
        #expect(article.body[3].text.contains("told\u{00A0}AFP"))
    }

    @Test func theReadmeExampleIsTheSeed() throws {
        let example = Fixtures.repositoryRoot.appendingPathComponent("examples/new-arab-syria-strikes.txt")
        #expect(try Fixtures.bytes(example) == Fixtures.bytes(Fixtures.url("text/seed-new-arab.txt")))
    }
}
