#if canImport(Glibc)
    import Glibc
#endif
import LedeCore

/// The records of a JSON Lines input, one at a time: `{"id"?, "url"?, "html"?|"text"?}` per
/// line. A malformed line becomes its own error, named `SOURCE#LINE`; blank lines are skipped.
final class JSONLinesInput {
    let reader: LineReader
    /// The file the records come from, or nil for standard input.
    let path: String?
    private var number = 0

    init(reader: LineReader, path: String?) {
        self.reader = reader
        self.path = path
    }

    /// The next record's id and document (or error), or nil at the end.
    func next() -> (id: String, Result<InputDocument, InputError>)? {
        while let line = reader.nextLine() {
            number += 1
            guard line.contains(where: { $0 > 0x20 }) else { continue }
            switch Result(catching: { () throws(InputError) in try JSONLinesRecord.document(from: line) }) {
            case .success(var document):
                document.path = path
                return (document.id, .success(document))
            case .failure(let error):
                let source = path.map(ArticleID.forPath) ?? "stdin"
                return ("\(source)#\(number)", .failure(InputError(error.code, "line \(number): \(error.message)")))
            }
        }
        return nil
    }

    /// A `.jsonl` file (optionally `.gz`), or nil when it cannot be opened (the caller reports it).
    static func file(_ path: String) throws(InputError) -> JSONLinesInput {
        if path.lowercased().hasSuffix(".gz") {
            let bytes = try InputLoader().load(.file(path: path)).bytes
            return JSONLinesInput(reader: LineReader(bytes: try Gzip.decompress(bytes)), path: path)
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError(.unreadable, String(cString: strerror(errno))) }
        return JSONLinesInput(reader: LineReader(descriptor: descriptor, closesDescriptor: true), path: path)
    }

    static func isJSONLinesName(_ path: String) -> Bool {
        let name = path.lowercased()
        return name.hasSuffix(".jsonl") || name.hasSuffix(".jsonl.gz") || name.hasSuffix(".ndjson")
    }
}
