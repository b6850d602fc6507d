import ArgumentParser
import LedeCore

/// `lede extract [INPUT ...]`: the argument surface; the work is `ExtractRun`'s.
public struct ExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract articles from text or HTML files, directories, or standard input.",
        discussion: """
            Directories are read recursively (.txt, .html, .htm, each optionally .gz) in sorted \
            path order. Each failed input is named on stderr and, in jsonl, becomes an error \
            record in its place; all other inputs are still written.

            Exit status: 0 all inputs succeeded, 1 some failed, 2 usage error, 3 the output could not be written.
            """
    )

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.customShort("t"), .customLong("to")], help: ArgumentHelp(
        "Output format: \(BuiltInWriters.names.joined(separator: ", ")), or a writer plugin's name or path. Default: json for one input, jsonl otherwise.",
        valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp("Input format: text, html or auto (sniff each input).", valueName: "format"))
    var from: FormatChoice = .auto

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var plugins: PluginOptions

    @Flag(help: "Stop at the first input that fails.")
    var failFast = false

    @Option(help: ArgumentHelp("Use this outlet rule (a name or a rule file) for every input.", valueName: "name"))
    var outlet: String?

    @Flag(help: "Turn outlet rules off: generic extraction only.")
    var noOutlets = false

    @Flag(help: "Say where each field came from (provenance in each article) and what each plugin changed (on stderr).")
    var explain = false

    public init() {}

    public func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("no input given; name files or directories, or - for standard input") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if outlet != nil, noOutlets { throw ValidationError("--outlet and --no-outlets contradict each other") }
    }

    public func run() throws {
        var options = ExtractRun.Options(inputs: inputs, format: format, from: from, outputPath: output)
        plugins.apply(to: &options)
        options.failFast = failFast
        options.outlet = outlet
        options.useOutlets = !noOutlets
        options.explain = explain
        let status = try ExtractRun(options: options).run()
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

extension FormatChoice: ExpressibleByArgument {}
