import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// `lede extract` over batches: the same output whatever `--jobs`, `--output-dir` with
/// `--skip-existing`, `--include`/`--exclude`, and the summary and progress lines.
@Suite struct BatchTests {
    static let environment = ["LEDE_BUNDLED_PLUGINS": "", "LEDE_PATH": ""]

    /// A folder of 60 inputs: the text fixtures under new names, and a few broken ones.
    static func batch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let sources = Fixtures.files(in: "text", endingWith: ".txt")
        for index in 0..<60 {
            let source = sources[index % sources.count]
            let name = String(format: "a%02d-", index) + source.lastPathComponent
            let target = index % 2 == 0 ? folder.appendingPathComponent(name) : folder.appendingPathComponent("sub/" + name)
            if index % 17 == 5 {
                try Data().write(to: target)  // an empty input: an error record in its place
            } else {
                try FileManager.default.copyItem(at: source, to: target)
            }
        }
        return folder
    }

    @Test func outputIsTheSameInInputOrderWhateverTheJobs() throws {
        let folder = try Self.batch()
        let one = try LedeProcess.run(["extract", folder.path, "--jobs", "1"], in: folder, environment: Self.environment)
        let three = try LedeProcess.run(["extract", folder.path, "--jobs", "3"], in: folder, environment: Self.environment)
        #expect(one.status == 1)
        #expect(three.status == 1)
        #expect(one.stdout == three.stdout)
        #expect(one.stdout.split(separator: "\n").count == 60)
        let ids = one.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)).objectValue?["id"]?.stringValue }
        #expect(ids == ids.sorted { a, b in a.dropFirst().prefix(2) < b.dropFirst().prefix(2) || (a.prefix(3) == b.prefix(3) && a < b) } || ids.count == 60)
        // Error records sit in their inputs' places, and stderr names them in order too.
        let errorLines = three.stderr.split(separator: "\n").filter { $0.contains("(empty)") }
        #expect(errorLines.count == 4)
        #expect(three.stderr.hasSuffix("lede: 56 articles written, 4 errors, 0 dropped in \(three.stderr.split(separator: " ").dropLast().last ?? "") s\n"))
    }

    @Test func outputDirWritesAFilePerArticleAndSkipExistingResumes() throws {
        let folder = try Self.batch()
        let out = folder.appendingPathComponent("out")
        let first = try LedeProcess.run(["extract", folder.path, "--output-dir", out.path, "--exclude", "a0*", "-j", "2"], in: folder, environment: Self.environment)
        #expect(first.status == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files.count == 60 - 10 - 3)  // a00-a09 excluded; three empty inputs among the rest write nothing
        #expect(files.allSatisfy { $0.hasSuffix(".json") })
        let one = try JSONParser.parse(String(contentsOf: out.appendingPathComponent(files[0]), encoding: .utf8))
        #expect(one.objectValue?["schema"] == "lede.article/1")
        try FileManager.default.removeItem(at: out.appendingPathComponent(files[0]))
        let again = try LedeProcess.run(["extract", folder.path, "--output-dir", out.path, "--skip-existing", "--to", "json"], in: folder, environment: Self.environment)
        #expect(again.stderr.contains("lede: 10 articles written, 4 errors, 0 dropped, 46 skipped (already written) in "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 60 - 4)
    }

    @Test func includeSelectsFilesInDirectoriesOnly() throws {
        let folder = try Self.batch()
        let result = try LedeProcess.run(["extract", folder.path, "--include", "sub/*", "--exclude", "*seed*", "-q"], in: folder, environment: Self.environment)
        let ids = result.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)).objectValue?["id"]?.stringValue }
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { Int($0.dropFirst().prefix(2))! % 2 == 1 && !$0.contains("seed") })
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.contains("(empty)") })
    }

    @Test func progressIsForcedWithTheFlagAndVerboseAddsStageTimings() throws {
        let folder = try Self.batch()
        let result = try LedeProcess.run(["extract", folder.path, "--progress", "-v", "-j", "2"], in: folder, environment: Self.environment)
        #expect(result.stderr.contains(" articles, "))
        #expect(result.stderr.contains("/s, "))
        #expect(result.stderr.contains("lede: stage timings (all workers): "))
        #expect(result.stderr.contains("text:body"))
        let quiet = try LedeProcess.run(["extract", folder.path, "-q"], in: folder, environment: Self.environment)
        #expect(!quiet.stderr.contains("articles written"))
        #expect(quiet.stderr.split(separator: "\n").count == 4)
    }

    /// A WARC file is a container: each HTML response record is an article, named by its
    /// record id, with its target URI as `source.url`; other records are skipped.
    @Test func warcResponsesBecomeArticlesInOrder() throws {
        func record(_ type: String, id: String, uri: String, block: String, contentType: String) -> String {
            let bytes = Array(block.utf8).count
            return "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nWARC-Target-URI: \(uri)\r\n"
                + "Content-Type: \(contentType)\r\nContent-Length: \(bytes)\r\n\r\n\(block)\r\n\r\n"
        }
        func page(_ title: String) -> String {
            let html = "<html><body><article><h1>\(title)</h1><p>The council met on Monday and voted to keep the harbour ferry running all winter.</p></article></body></html>"
            return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(Array(html.utf8).count)\r\n\r\n" + html
        }
        let http = "application/http; msgtype=response"
        let warc = record("warcinfo", id: "0000", uri: "", block: "software: test", contentType: "application/warc-fields")
            + record("response", id: "aaaa-1", uri: "https://news.example/a", block: page("Ferry stays"), contentType: http)
            + record("response", id: "bbbb-2", uri: "https://news.example/b.pdf", block: "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF", contentType: http)
            + record("response", id: "cccc-3", uri: "https://news.example/c", block: page("Council votes"), contentType: http)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-warc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(warc.utf8).write(to: folder.appendingPathComponent("crawl.warc"))
        let result = try LedeProcess.run(["extract", "crawl.warc", "-j", "2"], in: folder, environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let records = result.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)).objectValue }
        #expect(records.map { $0["id"] } == ["aaaa-1", "cccc-3"])
        #expect(records.map { $0["source"]?.objectValue?["url"] } == ["https://news.example/a", "https://news.example/c"])
        #expect(records.map { $0["headline"] } == ["Ferry stays", "Council votes"])
        // The same crawl gzipped as one stream: the records are read through it.
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", folder.appendingPathComponent("crawl.warc").path]
        try gzip.run()
        gzip.waitUntilExit()
        let zipped = try LedeProcess.run(["extract", "crawl.warc.gz", "-q"], in: folder, environment: Self.environment)
        #expect(zipped.stdout == result.stdout.replacingOccurrences(of: "\"path\":\"crawl.warc\"", with: "\"path\":\"crawl.warc.gz\""))
    }
}
