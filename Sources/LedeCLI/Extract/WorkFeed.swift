import LedeCore

/// One input for a worker: where its bytes come from, and how to name it if that fails.
struct WorkItem: Sendable {
    enum Source: Sendable {
        /// A file the worker reads (so reading happens in parallel too).
        case file(String)
        /// Bytes already read: a JSON Lines or WARC record, or standard input.
        case document(InputDocument)
        case failed(InputError)
    }

    var id: String
    /// How messages name it: the path, or `path [id]` for a record.
    var label: String
    var source: Source
}

/// A container of inputs read record by record.
enum StreamKind: Sendable {
    case jsonLines, warc
}

/// The inputs of a run in order, as work items, reading streams (JSON Lines, WARC, standard
/// input) lazily so a 10 GB stream is never held in memory.
final class WorkFeed {
    private var items: IndexingIterator<[InputItem]>
    private let streamKind: (InputItem) -> StreamKind?
    private let standardInput: LineReader?
    /// The open stream's next record, and how to name the stream.
    private var stream: (next: () -> (id: String, result: Result<InputDocument, InputError>)?, name: String)?

    /// `streamKind` says which items are containers of records; `standardInput` is the one
    /// reader of standard input when an item is `-`.
    init(items: [InputItem], standardInput: LineReader?, streamKind: @escaping (InputItem) -> StreamKind?) {
        self.items = items.makeIterator()
        self.standardInput = standardInput
        self.streamKind = streamKind
    }

    func next() -> WorkItem? {
        while true {
            if let stream {
                if let (id, result) = stream.next() {
                    let label = "\(stream.name) [\(id)]"
                    switch result {
                    case .success(let document): return WorkItem(id: id, label: label, source: .document(document))
                    case .failure(let error): return WorkItem(id: id, label: label, source: .failed(error))
                    }
                }
                self.stream = nil
            }
            guard let item = items.next() else { return nil }
            let id = ArticleID.forPath(item.path)
            let label = item.path ?? "standard input"
            if case .failed(_, let error) = item { return WorkItem(id: id, label: label, source: .failed(error)) }
            switch (item, streamKind(item)) {
            case (.standardInput, let kind):
                guard let reader = standardInput else { continue }
                switch kind {
                case .jsonLines?:
                    let input = JSONLinesInput(reader: reader, path: nil)
                    stream = ({ input.next() }, label)
                case .warc?:
                    // WARC on standard input is read whole first; name a file to stream it.
                    var warc = WARCReader(bytes: reader.readAll(), path: nil)
                    stream = ({ warc.next() }, label)
                case nil:
                    return WorkItem(id: id, label: label, source: .document(InputDocument(bytes: reader.readAll(), path: nil)))
                }
            case (.file(let path), .jsonLines?):
                switch Result(catching: { () throws(InputError) in try JSONLinesInput.file(path) }) {
                case .success(let input): stream = ({ input.next() }, label)
                case .failure(let error): return WorkItem(id: id, label: label, source: .failed(error))
                }
            case (.file(let path), .warc?):
                switch Result(catching: { () throws(InputError) in try WARCReader(path: path) }) {
                case .success(var warc): stream = ({ warc.next() }, label)
                case .failure(let error): return WorkItem(id: id, label: label, source: .failed(error))
                }
            case (.file(let path), nil):
                return WorkItem(id: id, label: label, source: .file(path))
            case (.failed, _):
                continue
            }
        }
    }
}
