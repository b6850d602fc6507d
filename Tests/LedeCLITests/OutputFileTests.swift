import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// `-o FILE`: written atomically; per-input errors still produce the file; a run that aborts
/// leaves an existing file untouched and no half-written or temporary file behind.
@Suite struct OutputFileTests {
    let directory: URL
    let seed = Fixtures.url("commands/inputs/seed.txt").path

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func writesTheFileWithErrorRecordsInPlace() throws {
        let result = try LedeProcess.run([
            "extract", "--to", "jsonl", "-o", "out.jsonl", seed, "missing.txt", seed,
        ], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("lede: missing.txt: no such file or directory (not-found)\nlede: 2 articles written, 1 error, 0 dropped in "))
        let lines = try String(contentsOf: directory.appendingPathComponent("out.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        let error = try ErrorRecord(json: JSONParser.parse(String(lines[1])))
        #expect(error == ErrorRecord(id: "missing", error: InputError(.notFound, "no such file or directory")))
        for line in [lines[0], lines[2]] {
            #expect(ArticleSchema.violations(try JSONParser.parse(String(line))) == [])
        }
        #expect(try contents() == ["out.jsonl"])
    }

    @Test func aUsageErrorLeavesAnExistingFileUntouched() throws {
        let output = directory.appendingPathComponent("out.json")
        try "previous run\n".write(to: output, atomically: true, encoding: .utf8)
        let result = try LedeProcess.run(["extract", "--to", "yaml", "-o", "out.json", seed], in: directory)
        #expect(result.status == 2)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous run\n")
        #expect(try contents() == ["out.json"])
    }

    @Test func anOutputThatCannotBeWrittenAbortsWithStatus3() throws {
        let result = try LedeProcess.run(["extract", "-o", "no/such/folder/out.json", seed], in: directory)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("lede: no/such/folder/out.json: cannot write: "))
        #expect(try contents() == [])
    }

    /// The rename over a directory fails after everything was written to the temporary file:
    /// the run aborts, the directory is untouched and the temporary file is gone.
    @Test func aFailedFinalRenameLeavesNoTemporaryFile() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("taken"), withIntermediateDirectories: false)
        let result = try LedeProcess.run(["extract", "-o", "taken", seed], in: directory)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("lede: taken: cannot write: "))
        #expect(try contents() == ["taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("taken").path) == [])
    }

    @Test func replacesAnExistingFileOnSuccess() throws {
        let output = directory.appendingPathComponent("out.md")
        try "old\n".write(to: output, atomically: true, encoding: .utf8)
        let result = try LedeProcess.run(["extract", "--to", "markdown", "--output", "out.md", seed], in: directory)
        #expect(result.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("# Syria condemns 'US massacre'"))
    }
}

/// Inputs the golden command files cannot hold: an empty directory (git keeps none) and
/// an unreadable file.
@Suite struct BadInputTests {
    @Test func anEmptyDirectoryIsAnErrorRecordAndOthersAreStillWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("nothing"), withIntermediateDirectories: true)
        let seed = Fixtures.url("commands/inputs/seed.txt").path
        let result = try LedeProcess.run(["extract", "nothing", seed], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("lede: nothing: the directory holds no .txt, .html, .htm, .jsonl or .warc files (empty-directory)\nlede: 1 article written, 1 error"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"schema":"lede.article/1","id":"nothing","error":{"code":"empty-directory","message":"the directory holds no .txt, .html, .htm, .jsonl or .warc files"}}"#)
        #expect(lines[1].hasPrefix(#"{"schema":"lede.article/1","id":"seed","#))
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file"))
    func anUnreadableFileIsAnErrorRecord() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-unreadable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("locked.txt")
        try "Headline\n\nBody.\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        let result = try LedeProcess.run(["extract", "--to", "jsonl", "locked.txt"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains(#""code":"unreadable""#))
    }

    @Test func everyErrorRecordMatchesTheSchema() throws {
        let result = try LedeProcess.run(["extract", "--to", "jsonl", "missing.txt", "inputs/empty.txt", "inputs/binary.txt"], in: Fixtures.url("commands"))
        let schema = try JSONParser.parse(Fixtures.bytes(Fixtures.repositoryRoot.appendingPathComponent("docs/article.schema.json")))
        let errorSchema = try #require(schema.objectValue?["$defs"]?.objectValue?["errorRecord"])
        var rooted = errorSchema.objectValue!
        rooted["$defs"] = schema.objectValue?["$defs"]
        let validator = JSONSchemaValidator(schema: .object(rooted))
        for line in result.stdout.split(separator: "\n") {
            #expect(validator.validate(try JSONParser.parse(String(line))) == [])
        }
        #expect(result.stdout.split(separator: "\n").count == 3)
    }
}
