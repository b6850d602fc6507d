/// The `Name: value` lines of a WARC record header or an HTTP message head, keyed by
/// lowercased name (both are case-insensitive). Lines may end in `\r\n` or `\n`, since hand-made
/// and older WARCs use bare newlines; a line starting with a space or tab continues the one
/// before; a repeated name keeps its first value.
struct HeaderLines {
    let firstLine: String
    private var fields: [String: String] = [:]

    init(_ bytes: ArraySlice<UInt8>) {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        firstLine = lines.first.map(Self.trim) ?? ""
        var lastName: String?
        for line in lines.dropFirst() where !line.isEmpty {
            if line.first == " " || line.first == "\t", let name = lastName {
                fields[name, default: ""] += " " + Self.trim(line)
            } else if let colon = line.firstIndex(of: ":") {
                let name = Self.trim(String(line[..<colon])).lowercased()
                if fields[name] == nil { fields[name] = Self.trim(String(line[line.index(after: colon)...])) }
                lastName = name
            }
        }
    }

    subscript(name: String) -> String? { fields[name] }

    static func trim(_ text: String) -> String { text.trimming { $0 == " " || $0 == "\t" } }

    /// The index just past the blank line that ends a head starting at or before `from`.
    static func end(in bytes: ArraySlice<UInt8>, from: Int) -> Int? {
        var index = from
        while let newline = bytes[index...].firstIndex(of: 0x0A) {
            let next = newline + 1
            if next < bytes.endIndex, bytes[next] == 0x0A { return next + 1 }
            if next + 1 < bytes.endIndex, bytes[next] == 0x0D, bytes[next + 1] == 0x0A { return next + 2 }
            index = next
        }
        return nil
    }
}

/// The header of one WARC record: the fields lede needs, checked, so a bad record is an
/// error of its own instead of a misread of everything after it.
struct WARCRecordHeader {
    let type: String
    let contentLength: Int
    let targetURI: String?
    /// The WARC-Record-ID without `<urn:uuid:` and `>`: the article id of the page.
    let recordID: String?

    init(_ bytes: ArraySlice<UInt8>) throws(InputError) {
        let lines = HeaderLines(bytes)
        let version = lines.firstLine
        guard version.hasPrefix("WARC/1."), version.utf8.count > 7, version.utf8.dropFirst(7).allSatisfy(Self.isDigit) else {
            throw InputError(.badRecord, "no WARC/1.x version line (found \"\(version.prefix(40))\")")
        }
        guard let length = lines["content-length"] else { throw InputError(.badRecord, "the header has no Content-Length") }
        guard (1...18).contains(length.utf8.count), length.utf8.allSatisfy(Self.isDigit), let count = Int(length) else {
            throw InputError(.badRecord, "invalid Content-Length \"\(length.prefix(40))\"")
        }
        contentLength = count
        type = lines["warc-type"]?.lowercased() ?? ""
        targetURI = lines["warc-target-uri"].map { Self.unbracketed(Substring($0)) }.flatMap { $0.isEmpty ? nil : String($0) }
        recordID = lines["warc-record-id"].flatMap { raw in
            var id = Self.unbracketed(Substring(raw))
            if id.lowercased().hasPrefix("urn:uuid:") { id = id.dropFirst(9) }
            return id.isEmpty ? nil : String(id)
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// WARC/1.0 wrote URIs in angle brackets, and some writers still do for the target URI.
    private static func unbracketed(_ text: Substring) -> Substring {
        text.hasPrefix("<") && text.hasSuffix(">") && text.count >= 2 ? text.dropFirst().dropLast() : text
    }
}

/// The HTTP response at the start of a `response` record's block, and the page in it.
struct HTTPResponse {
    static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]
    let status: Int
    let fields: HeaderLines
    /// Bytes of the status line, header and blank line; the payload follows.
    let headLength: Int

    /// Nil when the block does not start with an HTTP status line and a complete head.
    init?(block: ArraySlice<UInt8>) {
        guard block.starts(with: Array("HTTP/".utf8)), let end = HeaderLines.end(in: block, from: block.startIndex) else { return nil }
        let lines = HeaderLines(block[..<end])
        let parts = lines.firstLine.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[1].utf8.count == 3, let status = Int(parts[1]) else { return nil }
        self.status = status
        fields = lines
        headLength = end - block.startIndex
    }

    /// The media type of `Content-Type`, lowercased, without parameters; nil when absent.
    var mediaType: String? {
        guard let value = fields["content-type"], let type = value.split(separator: ";").first else { return nil }
        let media = HeaderLines.trim(String(type)).lowercased()
        return media.isEmpty ? nil : media
    }

    /// A 2xx status (redirects and error pages hold no article) with HTML declared or
    /// nothing declared: worth reading the whole block for.
    var mayBeHTML: Bool {
        (200..<300).contains(status) && mediaType.map(Self.htmlTypes.contains) ?? true
    }

    /// The decoded payload when the response is a page lede reads (`mayBeHTML`, and sniffed
    /// as HTML when undeclared); nil for any other response.
    func htmlPayload(of block: ArraySlice<UInt8>) throws(InputError) -> [UInt8]? {
        guard mayBeHTML else { return nil }
        let media = mediaType
        var payload = Array(block.dropFirst(headLength))
        if fields["transfer-encoding"]?.lowercased().contains("chunked") == true { payload = Self.dechunked(payload) }
        payload = try Self.decoded(payload, contentEncoding: fields["content-encoding"])
        if media == nil, FormatSniffer.format(of: payload, path: nil) != .html { return nil }
        return payload.contains { $0 > 0x20 } ? payload : nil
    }

    /// Undoes chunked transfer coding. Lenient: a bad or cut chunk (a truncated record) ends
    /// the payload; bytes that were never chunked (a crawler decoded them but kept the
    /// header) come back as they were.
    static func dechunked(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while let newline = bytes[index...].firstIndex(of: 0x0A) {
            let line = String(decoding: bytes[index..<newline], as: UTF8.self)
            guard let size = Int(HeaderLines.trim(String(line.prefix { $0 != ";" && $0 != "\r" })), radix: 16), size >= 0 else {
                return index == 0 ? bytes : output
            }
            guard size > 0 else { break }
            let start = newline + 1
            let end = start + min(size, bytes.count - start)
            output += bytes[start..<end]
            index = end
            if index < bytes.count, bytes[index] == 0x0D { index += 1 }
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        }
        return output
    }

    /// Undoes gzip and deflate content codings. A payload that is not compressed is taken as
    /// already decoded: Common Crawl stores payloads decoded.
    static func decoded(_ payload: [UInt8], contentEncoding: String?) throws(InputError) -> [UInt8] {
        let codings = (contentEncoding ?? "").lowercased().split(separator: ",").map { HeaderLines.trim(String($0)) }
        var payload = payload
        for coding in codings.reversed() where !coding.isEmpty && coding != "identity" {
            guard ["gzip", "x-gzip", "deflate"].contains(coding) else {
                throw InputError(.unsupportedFormat, "the page's Content-Encoding \(coding) is not supported")
            }
            let zlib = coding == "deflate" && payload.count >= 2 && payload[0] & 0x0F == 8 && (Int(payload[0]) << 8 | Int(payload[1])) % 31 == 0
            guard Gzip.isCompressed(payload) || zlib else { continue }
            do throws(InputError) {
                payload = try Gzip.decompress(payload)
            } catch {
                throw InputError(.badGzip, "the page's Content-Encoding \(coding) does not decode: \(error.message)")
            }
        }
        return payload
    }
}
