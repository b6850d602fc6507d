#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The HTML pages of a WARC file (WARC/1.0 or 1.1; plain, gzip per record as Common Crawl
/// writes it, or one gzip stream), one record at a time: a multi-gigabyte crawl takes the
/// memory of its largest page, not of the file.
///
/// Only 2xx HTTP responses holding HTML become documents; every other record (warcinfo,
/// request, metadata, resource, revisit, redirects, error pages, non-HTML) is counted in
/// `skipped`. A malformed record is an error named `FILE#N` (N counts records from 1), and
/// reading goes on at the next `WARC/1.` line, or at the next gzip member after a bad one.
/// Copies of a reader share one file position.
public struct WARCReader {
    /// A record's article id (`FILE#N` for an error) and its document or error.
    public typealias Item = (id: String, result: Result<InputDocument, InputError>)

    /// A longer WARC header is garbage, not a header: this bounds the memory it can take.
    static let headerLimit = 256 * 1024
    /// The HTTP head must lie in this much of the block, so a record is judged before it is read.
    static let httpHeadLimit = 64 * 1024
    static let versionLine = Array("WARC/1.".utf8)

    /// The WARC file, or nil for bytes in memory.
    public let path: String?
    /// `ArticleID.forPath(path)`: the `FILE` in error ids.
    public let fileID: String
    /// Records read and left out because they hold no HTML page.
    public private(set) var skipped = 0
    private let stream: ByteStream
    private var recordNumber = 0
    private var inRecord = false
    private var resyncing = false
    /// After a bad gzip member the next member starts a record; after a bad record the
    /// search starts past it.
    private var resyncHere = false
    private var finished = false

    /// Reads the file at `path` in 64 KB chunks; gzip is recognised by its magic number.
    public init(path: String) throws(InputError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError(errno == ENOENT ? .notFound : .unreadable, "\(path): \(String(cString: strerror(errno)))")
        }
        self.init(stream: ByteStream(descriptor: descriptor, closesDescriptor: true), path: path)
    }

    /// Reads WARC bytes already in memory (plain or gzip); `path` names them in ids.
    public init(bytes: [UInt8], path: String? = nil) {
        self.init(stream: ByteStream(bytes: bytes), path: path)
    }

    private init(stream: ByteStream, path: String?) {
        self.stream = stream
        self.path = path
        fileID = ArticleID.forPath(path)
    }

    /// What the reader holds between the file and the records, for tests of its memory.
    var bufferCapacity: Int { stream.buffer.capacity }

    /// The next HTML page or malformed record; nil at the end of the file.
    public mutating func next() -> Item? {
        while !finished {
            do throws(InputError) {
                if let item = try nextRecord() { return item }
            } catch {
                if !inRecord { recordNumber += 1 }
                inRecord = false
                finished = error.code == .unreadable
                resyncHere = stream.failed
                if stream.failed { stream.dropBuffer() }
                resyncing = true
                return failure(error)
            }
        }
        return nil
    }

    /// One record: a document, or nil when the record was skipped or the file ended.
    private mutating func nextRecord() throws(InputError) -> Item? {
        if resyncing {
            guard try seekVersionLine() else { return end() }
            resyncing = false
        }
        guard try skipLineBreaks() else { return end() }
        recordNumber += 1
        inRecord = true
        let header = try readHeader()
        let headLength = min(header.contentLength, Self.httpHeadLimit)
        guard header.type == "response", try stream.ensure(headLength),
            let http = HTTPResponse(block: stream.buffer[stream.position..<(stream.position + headLength)]), http.mayBeHTML
        else {
            try consume(header.contentLength) { _ in }
            inRecord = false
            skipped += 1
            return nil
        }
        var block: [UInt8] = []
        block.reserveCapacity(min(header.contentLength, 16 << 20))
        try consume(header.contentLength) { block += $0 }
        inRecord = false
        do throws(InputError) {
            guard let payload = try http.htmlPayload(of: block[...]) else {
                skipped += 1
                return nil
            }
            let id = header.recordID ?? "\(fileID)#\(recordNumber)"
            let document = InputDocument(bytes: payload, path: path, url: header.targetURI, explicitID: id, formatHint: .html)
            return (document.id, .success(document))
        } catch {
            return failure(error)
        }
    }

    private mutating func end() -> Item? {
        finished = true
        return nil
    }

    private func failure(_ error: InputError) -> Item {
        ("\(fileID)#\(recordNumber)", .failure(InputError(error.code, "record \(recordNumber): \(error.message)")))
    }

    /// The record header up to its blank line, checked; reading stops early on garbage.
    private func readHeader() throws(InputError) -> WARCRecordHeader {
        _ = try stream.ensure(Self.versionLine.count)
        guard stream.buffer[stream.position...].starts(with: Self.versionLine) else {
            let found = stream.buffer[stream.position...].prefix(40).prefix { $0 != 0x0A && $0 != 0x0D }
            throw InputError(.badRecord, "no WARC/1.x version line (found \"\(String(decoding: found, as: UTF8.self))\")")
        }
        var scanned = 0
        while true {
            let start = stream.position
            if let end = HeaderLines.end(in: stream.buffer[start...], from: start + scanned) {
                stream.position = end
                return try WARCRecordHeader(stream.buffer[start..<end])
            }
            let count = stream.buffer.count - start
            guard count <= Self.headerLimit else { throw InputError(.badRecord, "the header is longer than 256 KB") }
            scanned = max(0, count - 2)
            guard try stream.fill() else { throw InputError(.badRecord, "the file ends inside the record header") }
        }
    }

    /// Passes the block on chunk by chunk; a block cut short by the end of the file is an error.
    private func consume(_ length: Int, _ body: (ArraySlice<UInt8>) -> Void) throws(InputError) {
        let missing = try stream.consume(length, body)
        guard missing == 0 else {
            throw InputError(.badRecord, "the file ends \(missing) bytes before the end of the block (Content-Length \(length))")
        }
    }

    /// Skips the `\r\n\r\n` after a block (and any further blank lines); false at the end.
    private func skipLineBreaks() throws(InputError) -> Bool {
        while true {
            stream.position = stream.buffer[stream.position...].firstIndex { $0 != 0x0D && $0 != 0x0A } ?? stream.buffer.count
            if stream.position < stream.buffer.count { return true }
            guard try stream.fill() else { return false }
        }
    }

    /// Moves to the next line starting `WARC/1.`; false when the file ends first. The
    /// buffer keeps at most a partial `WARC/1.` between chunks, so garbage costs no memory.
    private mutating func seekVersionLine() throws(InputError) -> Bool {
        while true {
            let start = stream.position
            let (index, found, partial) = Self.scan(stream.buffer, from: start, atLineStart: resyncHere)
            stream.position = index
            if found { return true }
            if partial || index > start { resyncHere = partial || stream.buffer[index - 1] == 0x0A }
            guard try stream.fill() else { return false }
        }
    }

    /// The first line start at or after `start` where `WARC/1.` is (`found`) or may be once
    /// more bytes come (`partial`); else the end of the buffer.
    private static func scan(_ buffer: [UInt8], from start: Int, atLineStart: Bool) -> (index: Int, found: Bool, partial: Bool) {
        for index in start..<buffer.count where index > start ? buffer[index - 1] == 0x0A : atLineStart {
            let rest = buffer[index...]
            if rest.starts(with: versionLine) { return (index, true, false) }
            if rest.count < versionLine.count, versionLine.starts(with: rest) { return (index, false, true) }
        }
        return (buffer.count, false, false)
    }
}
