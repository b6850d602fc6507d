import LedeCore

/// `lede extract`: inputs in, one record per input out, in input order.
///
/// One input's failure is reported on stderr (and, in JSON Lines, as an error record in its
/// place) and never stops the others. Only a failure to write the output aborts the run.
public struct ExtractRun {
    public struct Options: Sendable {
        public var inputs: [String]
        /// The writer's name, or nil for `json` with one input and `jsonl` otherwise.
        public var format: String?
        public var from: FormatChoice = .auto
        /// A file to write atomically, or nil for standard output.
        public var outputPath: String?

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
        let writer = try chooseWriter(itemCount: items.count)
        let sink = try options.outputPath.map { path throws(RunFailure) in try OutputSink(path: path) } ?? OutputSink()
        var failures = 0
        var written = 0
        try sink.write(writer.header)
        for item in items {
            let record: String
            do throws(InputError) {
                let article = try extractor.extract(try InputLoader().load(item), as: options.from)
                record = writer.render(article)
            } catch {
                failures += 1
                let id = ArticleID.forPath(item.path)
                Console.error("\(item.path ?? "standard input"): \(error.message) (\(error.code.rawValue))")
                guard let errorRecord = writer.renderError(ErrorRecord(id: id, error: error)) else { continue }
                record = errorRecord
            }
            if written > 0 { try sink.write(writer.separator) }
            try sink.write(record)
            written += 1
        }
        try sink.write(writer.footer)
        try sink.commit()
        return failures == 0 ? .success : .someInputsFailed
    }

    private func chooseWriter(itemCount: Int) throws(RunFailure) -> any ArticleWriter {
        let name = options.format ?? (itemCount == 1 ? "json" : "jsonl")
        guard let writer = BuiltInWriters.named(name) else {
            throw RunFailure(.usage, "unknown output format '\(name)'; choose one of: \(BuiltInWriters.names.joined(separator: ", "))")
        }
        return writer
    }
}
