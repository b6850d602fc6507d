import Foundation
@testable import LedeCore
import Testing

/// WARC files built byte by byte here, so each test shows the exact framing it reads.
@Suite struct WARCReaderTests {
    static func record(_ type: String, _ n: Int = 0, block: [UInt8], eol: String = "\r\n", length: String? = nil) -> [UInt8] {
        let http = type == "response" || type == "request" ? "Content-Type: application/http; msgtype=\(type)\(eol)" : ""
        let head = "WARC/1.1\(eol)WARC-Type: \(type)\(eol)WARC-Record-ID: <urn:uuid:rec-\(n)>\(eol)"
            + "WARC-Target-URI: https://news.example/\(n)\(eol)\(http)Content-Length: \(length ?? String(block.count))\(eol)\(eol)"
        return Array(head.utf8) + block + Array("\(eol)\(eol)".utf8)
    }

    static func http(_ status: String = "200 OK", type: String? = "text/html; charset=utf-8", headers: String = "", payload: [UInt8], eol: String = "\r\n") -> [UInt8] {
        let head = "HTTP/1.1 \(status)\(eol)" + (type.map { "Content-Type: \($0)\(eol)" } ?? "") + headers + eol
        return Array(head.utf8) + payload
    }

    static func page(_ n: Int) -> [UInt8] {
        let text = "Floods cut off the valley town of Riverside on Thursday, story \(n). " + String(repeating: "Rescuers reached the last homes by boat late in the evening. ", count: 6)
        return Array("<!doctype html><html><head><title>Story \(n)</title></head><body><article><h1>Story \(n)</h1><p>\(text)</p></article></body></html>".utf8)
    }

    static func pageRecord(_ n: Int, eol: String = "\r\n") -> [UInt8] {
        record("response", n, block: http(payload: page(n), eol: eol), eol: eol)
    }

    /// warcinfo, request, two pages, a PDF and a 404: two documents, four skipped.
    static func crawl(eol: String = "\r\n") -> [[UInt8]] {
        [
            record("warcinfo", block: Array("software: test\(eol)".utf8), eol: eol),
            record("request", 1, block: Array("GET /1 HTTP/1.1\(eol)Host: news.example\(eol)\(eol)".utf8), eol: eol),
            pageRecord(1, eol: eol), pageRecord(2, eol: eol),
            record("response", 3, block: http(type: "application/pdf", payload: Array("%PDF-1.4".utf8), eol: eol), eol: eol),
            record("response", 4, block: http("404 Not Found", payload: page(4), eol: eol), eol: eol),
        ]
    }

    /// One line per item: `id url` for a page, `id !code` for an error.
    static func read(_ reader: inout WARCReader) -> (lines: [String], documents: [InputDocument]) {
        var lines: [String] = []
        var documents: [InputDocument] = []
        while case let (id, result)? = reader.next() {
            switch result {
            case .success(let document):
                lines.append("\(id) \(document.url ?? "-")")
                documents.append(document)
            case .failure(let error): lines.append("\(id) !\(error.code.rawValue)")
            }
        }
        return (lines, documents)
    }

    static func read(_ bytes: [UInt8]) -> [String] {
        var reader = WARCReader(bytes: bytes, path: "crawl.warc.gz")
        return read(&reader).lines
    }

    static func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-warc-\(UUID().uuidString).warc").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let twoPages = ["rec-1 https://news.example/1", "rec-2 https://news.example/2"]

    @Test func keepsOnlyHTMLPagesFromAFile() throws {
        let path = try Self.file(Self.crawl().flatMap { $0 })
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try WARCReader(path: path)
        let (lines, documents) = Self.read(&reader)
        #expect(lines == Self.twoPages)
        #expect(reader.skipped == 4)
        #expect(documents.map(\.bytes) == [Self.page(1), Self.page(2)])
        #expect(documents.allSatisfy { $0.path == path && $0.formatHint == .html })
    }

    @Test func gzipMemberPerRecordAndWholeFileGzip() throws {
        #expect(Self.read(try Self.crawl().flatMap { try GzipTests.gzip($0) }) == Self.twoPages)
        #expect(Self.read(try GzipTests.gzip(Self.crawl().flatMap { $0 })) == Self.twoPages)
    }

    @Test func bareNewlinesInsteadOfCRLF() {
        var reader = WARCReader(bytes: Self.crawl(eol: "\n").flatMap { $0 })
        #expect(Self.read(&reader).lines == Self.twoPages)
        #expect(reader.skipped == 4)
    }

    @Test func chunkedGzipPayloadIsDecoded() throws {
        let compressed = try GzipTests.gzip(Self.page(7))
        let middle = compressed.count / 2
        let chunked = Array("\(String(middle, radix: 16));ext=1\r\n".utf8) + compressed[..<middle] + Array("\r\n\(String(compressed.count - middle, radix: 16))\r\n".utf8)
            + compressed[middle...] + Array("\r\n0\r\n\r\n".utf8)
        let block = Self.http(headers: "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", payload: chunked)
        var reader = WARCReader(bytes: Self.record("response", 7, block: block))
        #expect(Self.read(&reader).documents.map(\.bytes) == [Self.page(7)])
    }

    @Test func deflatePayloadIsDecoded() {
        // A zlib stream with one stored block, then the Adler-32 of the data.
        let data = Self.page(8)
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        let length = UInt16(data.count), check = b << 16 | a
        let zlib: [UInt8] = [0x78, 0x01, 0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)] + data
            + [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: check >> $0) }
        var reader = WARCReader(bytes: Self.record("response", 8, block: Self.http(headers: "Content-Encoding: deflate\r\n", payload: zlib)))
        #expect(Self.read(&reader).documents.map(\.bytes) == [data])
    }

    @Test func undeclaredPayloadIsSniffed() {
        let bytes = Self.record("response", 1, block: Self.http(type: nil, payload: Self.page(1)))
            + Self.record("response", 2, block: Self.http(type: nil, payload: Array("just text".utf8)))
        var reader = WARCReader(bytes: bytes)
        #expect(Self.read(&reader).lines == ["rec-1 https://news.example/1"])
        #expect(reader.skipped == 1)
    }

    @Test func truncatedLastRecordIsOneErrorAfterTheGoodOnes() {
        let bytes = Self.pageRecord(1) + Self.pageRecord(2) + Self.pageRecord(3).dropLast(100)
        #expect(Self.read(bytes) == Self.twoPages + ["crawl.warc#3 !bad-record"])
    }

    @Test func garbageBetweenRecordsResynchronises() {
        let garbage = Array("<p>stray bytes</p>\r\nWARC/9.9 nonsense\r\n\r\nmore\n".utf8)
        #expect(Self.read(garbage + Self.pageRecord(1) + garbage + Self.pageRecord(2)) == [
            "crawl.warc#1 !bad-record", "rec-1 https://news.example/1", "crawl.warc#3 !bad-record", "rec-2 https://news.example/2",
        ])
    }

    @Test func badContentLengthResynchronisesPlainAndGzip() throws {
        let records = [Self.pageRecord(1), Self.record("response", 5, block: Self.http(payload: Self.page(5)), length: "12x"), Self.pageRecord(2)]
        let expected = [Self.twoPages[0], "crawl.warc#2 !bad-record", Self.twoPages[1]]
        #expect(Self.read(records.flatMap { $0 }) == expected)
        #expect(Self.read(try records.flatMap { try GzipTests.gzip($0) }) == expected)
    }

    @Test func badGzipMemberIsSkipped() throws {
        var members = try [1, 2, 3].map { try GzipTests.gzip(Self.pageRecord($0)) }
        members[1][members[1].count - 8] ^= 0xFF  // the CRC-32
        #expect(Self.read(members.flatMap { $0 }) == [Self.twoPages[0], "crawl.warc#2 !bad-gzip", "rec-3 https://news.example/3"])
        #expect(Self.read(members[0] + members[1].prefix(40)) == [Self.twoPages[0], "crawl.warc#2 !bad-gzip"])
    }

    @Test func unsupportedContentEncodingIsAnErrorForThatRecordOnly() {
        let brotli = Self.record("response", 5, block: Self.http(headers: "Content-Encoding: br\r\n", payload: [0x8B, 0x02]))
        #expect(Self.read(brotli + Self.pageRecord(1)) == ["crawl.warc#1 !unsupported-format", Self.twoPages[0]])
    }

    @Test(arguments: [[], Array("\r\n\n".utf8)])
    func emptyFileHasNoRecords(bytes: [UInt8]) {
        var reader = WARCReader(bytes: bytes)
        #expect(reader.next() == nil)
        #expect(reader.skipped == 0)
    }

    @Test func garbageEndsWithoutHanging() {
        var state: UInt64 = 42
        let noise = (0..<200_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        #expect(Self.read(noise) == ["crawl.warc#1 !bad-record"])
        #expect(Self.read([0x1F, 0x8B] + noise) == ["crawl.warc#1 !bad-gzip"])
    }

    @Test func missingFileIsNotFound() {
        let error = #expect(throws: InputError.self) { try WARCReader(path: "/nonexistent/crawl.warc") }
        #expect(error?.code == .notFound)
    }

    @Test func recordIDsLoseTheirURNWrapping() {
        let odd = Self.record("response", 9, block: Self.http(payload: Self.page(9)))
        let text = String(decoding: odd, as: UTF8.self).replacingOccurrences(of: "<urn:uuid:rec-9>", with: "<urn:x:9>")
        let missing = String(decoding: Self.pageRecord(2), as: UTF8.self).replacingOccurrences(of: "WARC-Record-ID: <urn:uuid:rec-2>\r\n", with: "")
        #expect(Self.read(Array(text.utf8) + Array(missing.utf8)) == ["urn:x:9 https://news.example/9", "crawl.warc#2 https://news.example/2"])
    }

    @Test func largeRecordPassesThroughASmallBuffer() throws {
        let big = Array(repeating: UInt8(ascii: "a"), count: 20 << 20)
        let path = try Self.file(Self.record("response", 1, block: Self.http(payload: big)) + Self.pageRecord(2))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try WARCReader(path: path)
        guard case .success(let document)? = reader.next()?.result else { throw InputError(.empty, "no first record") }
        #expect(document.bytes.count == big.count)
        #expect(reader.bufferCapacity < 1 << 20)
        #expect(reader.next()?.id == "rec-2")
        #expect(reader.bufferCapacity < 1 << 20)
    }

    @Test func extractorReadsAPageFromTheWARC() throws {
        var reader = WARCReader(bytes: Self.pageRecord(1))
        guard case .success(let document)? = reader.next()?.result else { throw InputError(.empty, "no record") }
        let article = try Extractor().extract(document)
        #expect(article.id == "rec-1")
        #expect(article.headline == "Story 1")
        #expect(article.source.url == "https://news.example/1")
        #expect(article.articleBody.contains("Floods cut off the valley town of Riverside"))
    }
}
