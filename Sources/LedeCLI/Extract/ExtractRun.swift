#if canImport(Glibc)
    import Glibc
#endif
import Foundation
import LedeCore
import LedeLua

/// `lede extract`: inputs in, one record per input out, in input order.
///
/// One input's failure (reading, extracting, or a plugin on it) is reported on stderr (and,
/// in JSON Lines, as an error record in its place) and never stops the others, unless
/// `failFast` is set. Plugin problems found before any input is read, and a failure to write
/// the output, abort the run.
public struct ExtractRun {
    public struct Options: Sendable {
        public var inputs: [String]
        /// The writer's name or plugin, or nil for `json` with one input and `jsonl` otherwise.
        public var format: String?
        public var from: FormatChoice = .auto
        /// A file to write atomically, or nil for standard output.
        public var outputPath: String?
        public var plugins: [String] = []
        /// `-M name.key=value` settings.
        public var settings: [String] = []
        public var pluginDirectories: [String] = []
        public var limits = LuaLimits()
        public var failFast = false
        /// `--outlet NAME`: use this rule for every input (an error if it cannot be loaded).
        public var outlet: String?
        /// `--no-outlets`: generic extraction only.
        public var useOutlets = true
        /// `--explain`: provenance in each article, and what each plugin changed on stderr.
        public var explain = false
        /// Worker threads; nil for the number of cores.
        public var jobs: Int?
        /// `--output-dir`: one file per article instead of one stream.
        public var outputDirectory: String?
        public var skipExisting = false
        public var include: [String] = []
        public var exclude: [String] = []
        /// `-q`: no summary, no per-input lines except errors. `-v`: per-stage timings too.
        public var quiet = false
        public var verbose = false
        /// Force the progress line on (true) or off (false); nil: on a terminal, after a second.
        public var progress: Bool?

        public init(inputs: [String], format: String? = nil, from: FormatChoice = .auto, outputPath: String? = nil) {
            self.inputs = inputs
            self.format = format
            self.from = from
            self.outputPath = outputPath
        }
    }

    public let options: Options
    public var extractor = Extractor()

    public init(options: Options) {
        self.options = options
    }

    /// Runs the extraction and returns the exit status; throws only when the run aborts.
    public func run() throws(RunFailure) -> ExitStatus {
        let started = ContinuousClock.now
        let items = InputDiscovery(include: options.include, exclude: options.exclude).items(for: options.inputs)
        // Standard input is read once; its first character says whether it is JSON Lines.
        let standardInput = items.contains(.standardInput) ? LineReader(descriptor: STDIN_FILENO) : nil
        let singleDocument = items.count == 1 && streamKind(items[0], standardInput: standardInput) == nil
        let hasStreams = items.contains { streamKind($0, standardInput: standardInput) != nil }
        // No more workers than inputs: each worker loads its own plugins and rules.
        let jobs = max(1, min(options.jobs ?? ProcessInfo.processInfo.activeProcessorCount, hasStreams ? .max : items.count))
        HTMLDocument.prepareForThreads()
        let workers = try prepareWorkers(jobs, singleDocument: singleDocument)
        let writer = workers[0].writer
        let output = try options.outputDirectory.map { directory throws(RunFailure) in try ArticleFiles(directory: directory, writer: writer, skipExisting: options.skipExisting) }
        let sink = output == nil ? try options.outputPath.map { path throws(RunFailure) in try OutputSink(path: path) } ?? OutputSink() : nil
        var tally = RunTally(total: hasStreams ? nil : items.count)
        let progress = ProgressLine(mode: options.progress, quiet: options.quiet)
        var written = 0
        func emit(_ record: String?) throws(RunFailure) {
            guard let record, let sink else { return }
            if written > 0 { try sink.write(writer.separator) }
            try sink.write(record)
            written += 1
        }
        func fail(_ error: InputError, id: String, label: String, record: String?) throws(RunFailure) {
            tally.errors += 1
            progress.clear()
            Console.error("\(label): \(error.message) (\(error.code.rawValue))")
            try emit(record)
        }
        if sink != nil {
            switch Result(catching: { () throws(InputError) in try writer.header() }) {
            case .success(let header): try sink?.write(header)
            case .failure(let error): try fail(error, id: "header", label: writer.name, record: writer.renderError(ErrorRecord(id: "header", error: error)))
            }
        }
        let feed = WorkFeed(items: items, standardInput: standardInput) { streamKind($0, standardInput: standardInput) }
        let pool = OrderedPool<WorkItem, WorkOutcome>(jobs: jobs)
        do {
            try pool.run(
                next: {
                    while let item = feed.next() {
                        if let output, output.exists(item.id) { tally.skipped += 1; continue }
                        return item
                    }
                    return nil
                },
                work: workers.map { worker in { worker.run($0) } },
                emit: { outcome in
                    switch outcome {
                    case .written(let id, let text):
                        tally.written += 1
                        if let output { try output.write(text, id: id) } else { try emit(text) }
                    case .dropped(_, _, let text):
                        tally.dropped += 1
                        try emit(text)
                    case .failed(let id, let label, let error, let text):
                        try fail(error, id: id, label: label, record: text)
                    }
                    progress.update(tally, since: started)
                    return !(options.failFast && tally.errors > 0)
                })
        } catch let failure as RunFailure {
            throw failure
        } catch {
            throw RunFailure(.aborted, "\(error)")
        }
        if let sink {
            switch Result(catching: { () throws(InputError) in try writer.footer() }) {
            case .success(let footer): try sink.write(footer)
            case .failure(let error): try fail(error, id: "footer", label: writer.name, record: nil)
            }
            try sink.commit()
        }
        progress.clear()
        if options.verbose {
            let timings = workers.compactMap { $0.context.timings }.reduce(StageTimings(), +)
            Console.error(timings.report)
        }
        if !options.quiet, !singleDocument || tally.errors + tally.dropped > 0 {
            Console.error(tally.summary(seconds: (ContinuousClock.now - started).seconds, skipping: options.skipExisting))
        }
        return tally.errors == 0 ? .success : .someInputsFailed
    }

    /// Which inputs are containers of records: JSON Lines when the user says so, by the file's
    /// name (`.jsonl`, `.ndjson`), or for standard input whose first non-blank character opens
    /// a JSON object; WARC when the user says so or by name (`.warc`, `.warc.gz`).
    private func streamKind(_ item: InputItem, standardInput: LineReader?) -> StreamKind? {
        switch (options.from, item) {
        case (.jsonl, _): return .jsonLines
        case (.warc, _): return .warc
        case (.auto, .file(let path)):
            if JSONLinesInput.isJSONLinesName(path) { return .jsonLines }
            let name = path.lowercased()
            return name.hasSuffix(".warc") || name.hasSuffix(".warc.gz") ? .warc : nil
        case (.auto, .standardInput): return standardInput?.firstNonBlankByte() == UInt8(ascii: "{") ? .jsonLines : nil
        default: return nil
        }
    }

    /// The outlet rules on the search path. A broken rule is skipped with a warning, unless it
    /// is the one `--outlet` names: then the run cannot do what was asked, a usage error.
    private func prepareOutlets(reportingWarnings: Bool) throws(RunFailure) -> OutletRules? {
        guard options.useOutlets else { return nil }
        let rules: OutletRules
        do {
            rules = try OutletRules(locator: PluginLocator(pluginDirectories: options.pluginDirectories), limits: options.limits, forcing: options.outlet)
        } catch {
            throw RunFailure(.usage, error.description)
        }
        if reportingWarnings { for warning in rules.warnings { Console.error("warning: \(warning)") } }
        return rules.isEmpty ? nil : rules
    }

    /// One worker per job, each with its own plugin chain, outlet rules and writer. Every
    /// plugin is loaded and checked before any input is read: a broken plugin is a usage error.
    private func prepareWorkers(_ jobs: Int, singleDocument: Bool) throws(RunFailure) -> [ExtractWorker] {
        let name = options.format ?? (singleDocument ? "json" : "jsonl")
        let builtIn = BuiltInWriters.named(name)
        var setup: PluginSetup?
        if !options.plugins.isEmpty || builtIn == nil || !options.settings.isEmpty {
            do {
                let locator = PluginLocator(pluginDirectories: options.pluginDirectories)
                setup = try PluginSetup(plugins: options.plugins, writer: builtIn == nil ? name : nil, settings: options.settings, locator: locator, limits: options.limits)
            } catch {
                throw RunFailure(.usage, error.description)
            }
        }
        // Workers are made in parallel: each compiles the outlet rules and loads the plugins
        // into Lua states of its own, which took most of a short run's set-up when done in turn.
        let slots = WorkerSlots(jobs) { index in
            Result { () throws(RunFailure) in try makeWorker(reportingWarnings: index == 0, setup: setup, builtIn: builtIn) }
        }
        DispatchQueue.concurrentPerform(iterations: jobs) { index in slots.make(index) }
        return try slots.all()
    }

    private func makeWorker(reportingWarnings: Bool, setup: PluginSetup?, builtIn: (any ArticleWriter)?) throws(RunFailure) -> ExtractWorker {
        let context = ExtractionContext(outlets: try prepareOutlets(reportingWarnings: reportingWarnings), explain: options.explain,
                                        timings: options.verbose ? StageTimings() : nil)
        do throws(PluginLoadError) {
            let explain: ((String) -> Void)? = options.explain ? { Console.printError($0) } : nil
            var processor: (any ArticleProcessor)?
            if let setup, !setup.filters.isEmpty { processor = try PluginChain(setup: setup, explain: explain) }
            var writer: any ArticleWriter
            if let builtIn { writer = builtIn } else { writer = try LuaWriter(setup: setup!) }
            return ExtractWorker(extractor: extractor, from: options.from, processor: processor, writer: writer, context: context)
        } catch {
            throw RunFailure(.usage, error.description)
        }
    }
}

/// The workers being made on several threads, each into its own slot; the first failure,
/// in job order, is the run's. `@unchecked Sendable`: what `maker` reads (the options, the
/// plugin set-up, the built-in writer) is only read, and each call makes its own Lua states.
private final class WorkerSlots: @unchecked Sendable {
    private var slots: [Result<ExtractWorker, RunFailure>?]
    private let maker: (Int) -> Result<ExtractWorker, RunFailure>
    private let lock = NSLock()

    init(_ count: Int, maker: @escaping (Int) -> Result<ExtractWorker, RunFailure>) {
        slots = Array(repeating: nil, count: count)
        self.maker = maker
    }

    func make(_ index: Int) {
        let result = maker(index)
        lock.withLock { slots[index] = result }
    }

    func all() throws(RunFailure) -> [ExtractWorker] {
        var workers: [ExtractWorker] = []
        for slot in slots {
            guard let slot else { continue }
            workers.append(try slot.get())
        }
        return workers
    }
}
