#if canImport(Glibc)
    import Glibc
#endif
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
        let items = InputDiscovery().items(for: options.inputs)
        // Standard input is read once; its first character says whether it is JSON Lines.
        let standardInput = items.contains(.standardInput) ? LineReader(descriptor: STDIN_FILENO) : nil
        let singleDocument = items.count == 1 && !isJSONLines(items[0], standardInput: standardInput)
        let (processor, writer) = try preparePlugins(singleDocument: singleDocument)
        let context = ExtractionContext(outlets: try prepareOutlets(), explain: options.explain)
        let sink = try options.outputPath.map { path throws(RunFailure) in try OutputSink(path: path) } ?? OutputSink()
        var failures = 0, dropped = 0, written = 0
        func emit(_ record: String?) throws(RunFailure) {
            guard let record else { return }
            if written > 0 { try sink.write(writer.separator) }
            try sink.write(record)
            written += 1
        }
        func fail(_ error: InputError, id: String, label: String) throws(RunFailure) {
            failures += 1
            Console.error("\(label): \(error.message) (\(error.code.rawValue))")
            try emit(writer.renderError(ErrorRecord(id: id, error: error)))
        }
        /// One input through extraction, the plugins and the writer; false once the run should stop.
        func handle(id: String, label: String, _ load: () throws(InputError) -> InputDocument) throws(RunFailure) -> Bool {
            let outcome = Result { () throws(InputError) -> String? in
                let article = try extractor.extract(try load(), as: options.from, context: context)
                switch try processor?.process(article) ?? .keep(article) {
                case .keep(let article):
                    return try writer.render(article)
                case .dropped(let by):
                    dropped += 1
                    return writer.renderDropped(DroppedRecord(id: id, by: by))
                }
            }
            switch outcome {
            case .success(let record): try emit(record)
            case .failure(let error): try fail(error, id: id, label: label)
            }
            return !(options.failFast && failures > 0)
        }
        func records(_ input: JSONLinesInput) throws(RunFailure) -> Bool {
            var goOn = true
            try input.forEach { id, result throws(RunFailure) in
                goOn = try handle(id: id, label: "\(input.path ?? "standard input") [\(id)]") { () throws(InputError) in try result.get() }
                return goOn
            }
            return goOn
        }
        switch Result(catching: { () throws(InputError) in try writer.header() }) {
        case .success(let header): try sink.write(header)
        case .failure(let error): try fail(error, id: "header", label: writer.name)
        }
        for item in items {
            let id = ArticleID.forPath(item.path)
            let label = item.path ?? "standard input"
            var goOn = true
            if case .standardInput = item, let reader = standardInput {
                if isJSONLines(item, standardInput: reader) {
                    goOn = try records(JSONLinesInput(reader: reader, path: nil))
                } else {
                    goOn = try handle(id: id, label: label) { InputDocument(bytes: reader.readAll(), path: nil) }
                }
            } else if case .file(let path) = item, isJSONLines(item, standardInput: nil) {
                switch Result(catching: { () throws(InputError) in try JSONLinesInput.file(path) }) {
                case .success(let input): goOn = try records(input)
                case .failure(let error): try fail(error, id: id, label: label)
                }
            } else {
                goOn = try handle(id: id, label: label) { () throws(InputError) in try InputLoader().load(item) }
            }
            if !goOn { break }
        }
        switch Result(catching: { () throws(InputError) in try writer.footer() }) {
        case .success(let footer): try sink.write(footer)
        case .failure(let error): try fail(error, id: "footer", label: writer.name)
        }
        try sink.commit()
        if dropped > 0 { Console.error("\(dropped) article\(dropped == 1 ? "" : "s") dropped by filters") }
        return failures == 0 ? .success : .someInputsFailed
    }

    /// JSON Lines when the user says so, by the file's name, or for standard input when its
    /// first non-blank character opens a JSON object.
    private func isJSONLines(_ item: InputItem, standardInput: LineReader?) -> Bool {
        switch (options.from, item) {
        case (.jsonl, _): return true
        case (.auto, .file(let path)): return JSONLinesInput.isJSONLinesName(path)
        case (.auto, .standardInput): return standardInput?.firstNonBlankByte() == UInt8(ascii: "{")
        default: return false
        }
    }

    /// The outlet rules on the search path. A broken rule is skipped with a warning, unless it
    /// is the one `--outlet` names: then the run cannot do what was asked, a usage error.
    private func prepareOutlets() throws(RunFailure) -> OutletRules? {
        guard options.useOutlets else { return nil }
        let rules: OutletRules
        do {
            rules = try OutletRules(locator: PluginLocator(pluginDirectories: options.pluginDirectories), limits: options.limits, forcing: options.outlet)
        } catch {
            throw RunFailure(.usage, error.description)
        }
        for warning in rules.warnings { Console.error("warning: \(warning)") }
        return rules.isEmpty ? nil : rules
    }

    /// Loads and checks every plugin before any input is read: a broken plugin is a usage error.
    private func preparePlugins(singleDocument: Bool) throws(RunFailure) -> ((any ArticleProcessor)?, any ArticleWriter) {
        let name = options.format ?? (singleDocument ? "json" : "jsonl")
        let builtIn = BuiltInWriters.named(name)
        guard !options.plugins.isEmpty || builtIn == nil || !options.settings.isEmpty else { return (nil, builtIn!) }
        do throws(PluginLoadError) {
            let locator = PluginLocator(pluginDirectories: options.pluginDirectories)
            let setup = try PluginSetup(plugins: options.plugins, writer: builtIn == nil ? name : nil, settings: options.settings, locator: locator, limits: options.limits)
            let explain: ((String) -> Void)? = options.explain ? { Console.printError($0) } : nil
            let processor: (any ArticleProcessor)? = setup.filters.isEmpty ? nil : try PluginChain(setup: setup, explain: explain)
            if let builtIn { return (processor, builtIn) }
            return (processor, try LuaWriter(setup: setup))
        } catch {
            throw RunFailure(.usage, error.description)
        }
    }
}
