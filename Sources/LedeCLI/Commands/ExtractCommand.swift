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

    @Option(help: ArgumentHelp("Input format: text, html, jsonl, warc, or auto (sniff each input; .jsonl and .warc[.gz] files by name).", valueName: "format"))
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

    @Option(name: [.customShort("j"), .customLong("jobs")], help: ArgumentHelp("Worker threads (default: the number of cores). Output stays in input order.", valueName: "n"))
    var jobs: Int?

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Write one file per article (ID.json, or the writer's extension) into this folder.", valueName: "dir"))
    var outputDirectory: String?

    @Flag(help: "With --output-dir: skip inputs whose file is already there (resume a run).")
    var skipExisting = false

    @Option(help: ArgumentHelp("In directories, read only files matching this shell pattern (repeatable).", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("In directories, skip files matching this shell pattern (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Flag(name: .shortAndLong, help: "No summary line; only errors on stderr.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print per-stage timings at the end.")
    var verbose = false

    @Flag(inversion: .prefixedNo, help: "Show progress on stderr (default: on a terminal, once a run takes a second).")
    var progress: Bool?

    public init() {}

    public func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("no input given; name files or directories, or - for standard input") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if outlet != nil, noOutlets { throw ValidationError("--outlet and --no-outlets contradict each other") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if skipExisting, outputDirectory == nil { throw ValidationError("--skip-existing needs --output-dir") }
        if outputDirectory != nil, output != nil { throw ValidationError("--output-dir and --output contradict each other") }
        if quiet, verbose { throw ValidationError("--quiet and --verbose contradict each other") }
    }

    public func run() throws {
        var options = ExtractRun.Options(inputs: inputs, format: format, from: from, outputPath: output)
        plugins.apply(to: &options)
        options.failFast = failFast
        options.outlet = outlet
        options.useOutlets = !noOutlets
        options.explain = explain
        options.jobs = jobs
        options.outputDirectory = outputDirectory
        options.skipExisting = skipExisting
        options.include = include
        options.exclude = exclude
        options.quiet = quiet
        options.verbose = verbose
        options.progress = progress
        let status = try ExtractRun(options: options).run()
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

extension FormatChoice: ExpressibleByArgument {}
