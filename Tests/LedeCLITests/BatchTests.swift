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
}
