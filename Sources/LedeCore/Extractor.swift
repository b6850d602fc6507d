/// One input as bytes, with where it came from.
public struct InputDocument: Sendable {
    public var bytes: [UInt8]
    /// The path as given, or nil for standard input.
    public var path: String?
    public var url: String?
    /// An id the input brings (a JSON Lines record's); otherwise it comes from the path.
    public var explicitID: String?
    /// The format the input declares (a record's `html` or `text` field), used by `auto`.
    public var formatHint: Source.Format?

    public init(bytes: [UInt8], path: String?, url: String? = nil, explicitID: String? = nil, formatHint: Source.Format? = nil) {
        self.bytes = bytes
        self.path = path
        self.url = url
        self.explicitID = explicitID
        self.formatHint = formatHint
    }

    /// The article id this input gets: its own, or one from its path (see `ArticleID`).
    public var id: String { explicitID ?? ArticleID.forPath(path) }
}

/// Which reader to use: a fixed one, or decided per input from its bytes. `jsonl` and `warc`
/// name containers of records (split by the command line); each record then reads as `auto`.
public enum FormatChoice: String, Sendable, CaseIterable {
    case text, html, auto, jsonl, warc
}

/// The front door of LedeCore: bytes in, article out. Gzip is undone transparently, the
/// format sniffed when asked to, and the input handed to the reader for its format.
public struct Extractor: Sendable {
    public var text: TextExtractor
    public var html: HTMLExtractor

    public init(text: TextExtractor = TextExtractor(), html: HTMLExtractor = HTMLExtractor()) {
        self.text = text
        self.html = html
    }

    public func extract(_ input: InputDocument, as choice: FormatChoice = .auto, context: ExtractionContext = ExtractionContext()) throws(InputError) -> Article {
        var bytes = input.bytes
        guard !bytes.isEmpty else { throw InputError(.empty, "the input is empty") }
        if Gzip.isCompressed(bytes) {
            bytes = try Gzip.decompress(bytes)
        } else if input.explicitID == nil, input.formatHint == nil, input.path?.lowercased().hasSuffix(".gz") == true {
            // Only a whole file named .gz must be gzip; a record from a .jsonl.gz or .warc.gz is not.
            throw InputError(.badGzip, "the file is named .gz but does not hold gzip data")
        }
        let format: Source.Format
        switch choice {
        case .text: format = .text
        case .html: format = .html
        case .auto, .jsonl, .warc: format = input.formatHint ?? FormatSniffer.format(of: bytes, path: input.path)
        }
        let source = Source(path: input.path, url: input.url, format: format)
        switch format {
        case .text:
            return try text.extract(bytes, id: input.id, source: source, context: context)
        case .html:
            return try html.extract(bytes, id: input.id, source: source, context: context)
        }
    }
}
