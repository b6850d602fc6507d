import ArgumentParser
import Foundation
import LedeCore
import LedeLua

/// `lede rules test|record|import-ftr`: working on outlet rules.
public struct RulesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Test outlet rules, record their fixtures, import FiveFilters site configs.",
        subcommands: [RulesTestCommand.self, RulesRecordCommand.self, RulesImportCommand.self]
    )

    public init() {}

    /// The bundled rules' folder.
    static var bundledRules: String? { PluginLocator.bundledDirectory().map { $0 + "/outlets" } }
}

/// `lede rules test [PATH ...]`: every rule under the paths must load, and its fixtures pass.
public struct RulesTestCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Check that every rule under the paths loads, and run their fixtures.",
        discussion: "A rule that does not load (unknown key, bad selector or pattern) is a failure here, not a warning."
    )

    @Argument(help: ArgumentHelp("Rule files or folders (default: the bundled rules).", valueName: "path"))
    var paths: [String] = []

    public init() {}

    public func run() throws {
        let folders = try FixtureReport.paths(paths, default: RulesCommand.bundledRules)
        let rules = try OutletRules(locator: PluginLocator(pluginDirectories: folders, environment: ["LEDE_BUNDLED_PLUGINS": ""]))
        let status = FixtureReport.run(FixtureCase.discover(under: folders), extraFailures: rules.warnings, limits: LuaLimits())
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

/// `lede rules record INPUT --outlet NAME`: writes the case's expected.json from today's output,
/// for a person to review before committing it.
public struct RulesRecordCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Write INPUT's CASE.expected.json from the current output of a rule, for review."
    )

    @Argument(help: ArgumentHelp("The fixture input (tests/CASE.html or .txt).", valueName: "input"))
    var input: String

    @Option(help: ArgumentHelp("The rule to use (a name or a rule file).", valueName: "name"))
    var outlet: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write (default: CASE.expected.json beside the input).", valueName: "file"))
    var output: String?

    /// The fields recorded: what a rule decides, and the body as one readable string.
    static let recordedFields = ["outlet", "headline", "description", "authors", "datePublished", "readingTimeMinutes", "image", "articleBody", "notes"]

    public init() {}

    public func run() throws {
        guard FileManager.default.fileExists(atPath: input) else { throw RunFailure(.usage, "\(input): no such file") }
        let stem = FixtureCase.stem(of: input)
        var fixture = FixtureCase.fixture(at: input) ?? FixtureCase(
            input: input, home: ".", url: nil, plugins: [], expectedArticle: nil, expectedOutputs: [])
        if fixture.url == nil, let url = try? String(contentsOfFile: stem + ".url", encoding: .utf8) {
            fixture.url = url.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let article: Article?
        do {
            article = try FixtureRunner().produce(fixture, outlet: outlet)
        } catch let error as PluginLoadError {
            throw RunFailure(.usage, error.description)
        }
        guard let article, let json = article.json.objectValue else { throw RunFailure(.someInputsFailed, "\(input): the article was dropped") }
        let recorded = JSONObject(Self.recordedFields.compactMap { key in json[key].map { (key, $0) } })
        let path = output ?? stem + ".expected.json"
        let sink = try OutputSink(path: path)
        try sink.write(JSONValue.object(recorded).serialized(pretty: true) + "\n")
        try sink.commit()
        Console.error("wrote \(path): review it before committing")
    }
}
