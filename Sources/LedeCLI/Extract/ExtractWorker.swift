import LedeCore
import LedeLua

/// What happened to one input, ready for the writing thread.
enum WorkOutcome: Sendable {
    case written(id: String, text: String)
    case dropped(id: String, by: String, text: String?)
    case failed(id: String, label: String, error: InputError, text: String?)
}

/// One worker's own copies of everything that is not thread-safe (the Lua runtimes of the
/// plugin chain, the outlet rules and a writer plugin): one per thread, each used by its
/// thread only, hence `@unchecked Sendable`.
final class ExtractWorker: @unchecked Sendable {
    let extractor: Extractor
    let from: FormatChoice
    let processor: (any ArticleProcessor)?
    let writer: any ArticleWriter
    let context: ExtractionContext

    init(extractor: Extractor, from: FormatChoice, processor: (any ArticleProcessor)?, writer: any ArticleWriter, context: ExtractionContext) {
        self.extractor = extractor
        self.from = from
        self.processor = processor
        self.writer = writer
        self.context = context
    }

    /// Reads, extracts, runs the plugins and renders one input; any failure is its outcome.
    func run(_ item: WorkItem) -> WorkOutcome {
        do {
            let input: InputDocument
            switch item.source {
            case .file(let path): input = try InputLoader().load(.file(path: path))
            case .document(let document): input = document
            case .failed(let error): throw error
            }
            let article = try extractor.extract(input, as: from, context: context)
            switch try processor?.process(article) ?? .keep(article) {
            case .keep(let article):
                return .written(id: item.id, text: try writer.render(article))
            case .dropped(let by):
                return .dropped(id: item.id, by: by, text: writer.renderDropped(DroppedRecord(id: item.id, by: by)))
            }
        } catch let error as InputError {
            return .failed(id: item.id, label: item.label, error: error, text: writer.renderError(ErrorRecord(id: item.id, error: error)))
        } catch {
            let wrapped = InputError(.plugin, "\(error)")
            return .failed(id: item.id, label: item.label, error: wrapped, text: writer.renderError(ErrorRecord(id: item.id, error: wrapped)))
        }
    }
}
