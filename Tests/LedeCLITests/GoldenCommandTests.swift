import Foundation
import LedeCLI
import LedeCore
import Testing

@Suite struct GoldenCommandTests {
    @Test func parsesEverySection() throws {
        let command = try GoldenCommand(parsing: """
            $ lede extract --to jsonl -
            --- stdin
            Headline

            Body.
            --- stdout
            {"id":"stdin"}
            --- stderr
            lede: warning
            --- status
            3

            """)
        #expect(command.arguments == ["extract", "--to", "jsonl", "-"])
        #expect(command.stdin == "Headline\n\nBody.\n")
        #expect(command.expected == GoldenCommand.Result(status: 3, stdout: "{\"id\":\"stdin\"}\n", stderr: "lede: warning\n"))
    }

    @Test func missingSectionsExpectNothingAndStatusZero() throws {
        let command = try GoldenCommand(parsing: "$ lede --version\n--- stdout\n0.1.0\n")
        #expect(command == GoldenCommand(arguments: ["--version"], expected: GoldenCommand.Result(stdout: "0.1.0\n")))
        #expect(try GoldenCommand(parsing: "$ lede").arguments.isEmpty)
    }

    @Test func keepsCarriageReturnsAndBlankLines() throws {
        let command = try GoldenCommand(parsing: "$ lede x\n--- stdout\na\r\n\nb\n--- status\n0\n")
        #expect(command.expected.stdout == "a\r\n\nb\n")
    }

    /// There is no quoting: arguments split on spaces, so quotes stay in the arguments.
    @Test func argumentsSplitOnSpacesWithoutQuoting() throws {
        let command = try GoldenCommand(parsing: "$ lede extract  -M \"a.b=c d\" in.txt\n")
        #expect(command.arguments == ["extract", "-M", "\"a.b=c", "d\"", "in.txt"])
    }

    @Test(arguments: [
        ("--- stdout\nx\n", "the first line must be '$ lede ARGUMENTS'"),
        ("$ lede --version\n--- stdout\n--- unknown\n", "unknown section '--- unknown'"),
        ("$ lede --version\n--- status\nfailure\n", "'--- status' must hold an exit status, not 'failure'"),
    ])
    func badFilesAreErrorsNamingTheProblem(_ text: String, _ message: String) {
        #expect {
            _ = try GoldenCommand(parsing: text)
        } throws: { error in
            "\(error)" == message
        }
    }

    @Test func recordingParsesBackToTheRecordedResult() throws {
        let command = GoldenCommand(arguments: ["extract", "-"], stdin: "text\n")
        let result = GoldenCommand.Result(status: 1, stdout: "no newline", stderr: "lede: oops\n")
        let text = command.recording(result)
        #expect(text == "$ lede extract -\n--- stdin\ntext\n--- stdout\nno newline\n--- stderr\nlede: oops\n--- status\n1\n")
        let parsed = try GoldenCommand(parsing: text)
        #expect(parsed.stdin == command.stdin)
        #expect(parsed.expected == GoldenCommand.Result(status: 1, stdout: "no newline\n", stderr: "lede: oops\n"))
    }

    @Test func runnerPassesAMatchingCase() throws {
        let folder = try Self.folder(with: ["version.test": "$ lede --version\n--- stdout\n\(Lede.version)\n--- stderr\n--- status\n0\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.runner.run(file: folder.appendingPathComponent("version.test").path)
        #expect(outcome.passed, "\(outcome.differences)")
        #expect(outcome.result == GoldenCommand.Result(status: 0, stdout: Lede.version + "\n", stderr: ""))
    }

    @Test func runnerReportsReadableDifferences() throws {
        let folder = try Self.folder(with: ["version.test": "$ lede --version\n--- stdout\n9.9.9\n--- stderr\n--- status\n1\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.runner.run(file: folder.appendingPathComponent("version.test").path)
        #expect(!outcome.passed)
        #expect(outcome.differences == [
            "exit status: expected 1, got 0",
            "stdout: line 1 differs\n    expected \"9.9.9\"\n    got      \"\(Lede.version)\"",
        ])
    }

    /// The case runs in its folder with stdin fed, and outputs far beyond a pipe's buffer on
    /// both streams come back whole.
    @Test func runnerFeedsStdinAndCapturesLargeOutputs() throws {
        let script = "for i = 1, 4000 do print(string.rep(\"x\", 60)); lede.log.warn(\"line \" .. i) end\n"
        let folder = try Self.folder(with: ["big.lua": script])
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = try Self.runner.execute(GoldenCommand(arguments: ["lua", "big.lua"]), in: folder.path)
        #expect(big.status == 0)
        #expect(big.stdout == String(repeating: String(repeating: "x", count: 60) + "\n", count: 4000))
        #expect(big.stderr.split(separator: "\n").count == 4000)
        #expect(big.stderr.hasSuffix("line 4000\n"))

        let piped = try Self.runner.execute(GoldenCommand(arguments: ["extract", "--to", "text", "-"], stdin: "Headline from a pipe\n\nA paragraph.\n"), in: folder.path)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("Headline from a pipe"))
    }

    @Test func runnerReportsAnExecutableItCannotStart() throws {
        let runner = GoldenCommandRunner(executable: "/nonexistent/lede")
        #expect(throws: GoldenCommandRunner.LaunchError.self) {
            try runner.execute(GoldenCommand(arguments: ["--version"]), in: FileManager.default.temporaryDirectory.path)
        }
    }

    /// The test build's lede: the running executable here is the test runner, not lede.
    static let runner = GoldenCommandRunner(executable: LedeProcess.executable.path, environment: ["LEDE_BUNDLED_PLUGINS": "", "LEDE_PATH": ""])

    static func folder(with files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-golden-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }
}
