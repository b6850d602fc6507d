import ArgumentParser
import LedeLua

/// `lede test [PATH ...]`: runs the fixtures of plugins and outlet rules.
public struct TestCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the fixtures (tests/CASE.html|txt with CASE.expected.*) under the paths.",
        discussion: """
            A fixture is an input in a tests/ folder beside a plugin or rule, with CASE.expected.json \
            (only its keys are compared) and/or CASE.expected.EXT (a writer's output, compared \
            exactly); CASE.url gives the page's address and CASE.plugins the plugins to run. \
            Golden command tests (NAME.test: a `$ lede …` line and the expected stdout, stderr and \
            status) under the paths run too. Ends with "N passed, M failed"; exit status 1 when any failed.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to search for fixtures (default: the bundled plugins).", valueName: "path"))
    var paths: [String] = []

    public init() {}

    public func run() throws {
        let folders = try FixtureReport.paths(paths, default: PluginLocator.bundledDirectory())
        let status = FixtureReport.run(FixtureCase.discover(under: folders), goldenFiles: folders.flatMap(FixtureReport.goldenFiles(under:)), limits: LuaLimits())
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
