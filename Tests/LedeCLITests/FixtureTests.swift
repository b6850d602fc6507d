import Foundation
@testable import LedeCLI
import LedeCore
import LedeTestSupport
import Testing

/// The fixture format shared by rules and plugins, and `lede rules record`.
@Suite struct FixtureTests {
    @Test func subsetComparisonLooksOnlyAtExpectedKeys() throws {
        let actual: JSONValue = ["headline": "A", "authors": ["X", "Y"], "meta": ["n": 2, "other": true], "extra": 1]
        #expect(SubsetComparison.differences(expected: ["headline": "A", "meta": ["n": .double(2)]], actual: actual).isEmpty)
        let wrong = SubsetComparison.differences(expected: ["headline": "B", "authors": ["X"], "missing": "m"], actual: actual)
        #expect(wrong == [
            "headline:\n    expected \"B\"\n    got      \"A\"",
            "authors: expected 1 items, got 2",
            "missing:\n    expected \"m\"\n    got      nothing",
        ])
    }

    @Test func discoveryFindsInputsWithExpectedFilesAndReadsTheirSidecars() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lede-fixtures-\(UUID().uuidString)")
        let tests = root.appendingPathComponent("rule/tests")
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws { try text.write(to: tests.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try write("a.html", "<p>x</p>")
        try write("a.url", "https://example.com/a\n")
        try write("a.plugins", "quotes\n# a comment\n\nplaces\n")
        try write("a.expected.json", "{}")
        try write("b.txt", "text")
        try write("b.expected.md", "# x\n")
        try write("orphan.txt", "no expectations, not a case")
        let cases = FixtureCase.discover(under: [root.path])
        #expect(cases.map { ($0.name as NSString).lastPathComponent } == ["a", "b"])
        #expect(cases[0].url == "https://example.com/a")
        #expect(cases[0].plugins == ["quotes", "places"])
        #expect(cases[0].home == root.appendingPathComponent("rule").path)
        #expect(cases[1].expectedOutputs.map(\.format) == ["md"])
        #expect(FixtureRunner.firstDifference(expected: "a\nb\n", actual: "a\nc\n") == "line 2 differs\n    expected \"b\"\n    got      \"c\"")
    }

    @Test func recordWritesTheExpectedFileThatThenPasses() throws {
        let commands = Fixtures.url("commands")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-record-\(UUID().uuidString)/tests")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent("story.html")
        try FileManager.default.copyItem(at: commands.appendingPathComponent("rules/tests/example-story.html"), to: input)
        let rule = commands.appendingPathComponent("rules/example-news.lua").path
        let environment = ["LEDE_BUNDLED_PLUGINS": "", "LEDE_PATH": ""]
        let record = try LedeProcess.run(["rules", "record", input.path, "--outlet", rule], in: commands, environment: environment)
        #expect(record.status == 0)
        #expect(record.stderr.contains("story.expected.json: review it before committing"))
        let expected = try JSONParser.parse(String(contentsOf: folder.appendingPathComponent("story.expected.json"), encoding: .utf8))
        #expect(expected.objectValue?.keys == ["outlet", "headline", "description", "authors", "datePublished", "articleBody", "notes"])
        #expect(expected.objectValue?["outlet"] == "example-news")
        #expect(expected.objectValue?["authors"] == ["Ana Ruiz", "Tom Berg"])
        // The rule beside the fixture is what `lede test` finds first.
        try FileManager.default.copyItem(atPath: rule, toPath: folder.deletingLastPathComponent().appendingPathComponent("example-news.lua").path)
        let test = try LedeProcess.run(["test", folder.deletingLastPathComponent().path], in: commands, environment: environment)
        #expect(test.stdout.hasSuffix("1 passed, 0 failed\n"))
        #expect(test.status == 0)
    }
}
