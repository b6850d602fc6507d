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

/// The inputs of a run in order, as work items, reading streams (JSON Lines, standard input)
/// lazily so a 10 GB stream is never held in memory.
final class WorkFeed {
    private var items: IndexingIterator<[InputItem]>
    private let isStream: (InputItem) -> Bool
    private let standardInput: LineReader?
    private var stream: JSONLinesInput?

    /// `isStream` says which items are JSON Lines containers; `standardInput` is the one
    /// reader of standard input when an item is `-`.
    init(items: [InputItem], standardInput: LineReader?, isStream: @escaping (InputItem) -> Bool) {
        self.items = items.makeIterator()
        self.standardInput = standardInput
        self.isStream = isStream
    }

    func next() -> WorkItem? {
        while true {
            if let stream {
                if let (id, result) = stream.next() {
                    let label = "\(stream.path ?? "standard input") [\(id)]"
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
            switch item {
            case .standardInput:
                guard let reader = standardInput else { continue }
                if isStream(item) {
                    stream = JSONLinesInput(reader: reader, path: nil)
                    continue
                }
                return WorkItem(id: id, label: label, source: .document(InputDocument(bytes: reader.readAll(), path: nil)))
            case .file(let path) where isStream(item):
                switch Result(catching: { () throws(InputError) in try JSONLinesInput.file(path) }) {
                case .success(let input): stream = input
                case .failure(let error): return WorkItem(id: id, label: label, source: .failed(error))
                }
            case .file(let path):
                return WorkItem(id: id, label: label, source: .file(path))
            case .failed(_, let error):
                return WorkItem(id: id, label: label, source: .failed(error))
            }
        }
    }
}
