import Foundation
import LedeTestSupport
import Testing

/// Runs every `Tests/Fixtures/commands/*.test` with the built binary, from that folder, with
/// the bundled plugins switched off so the results do not change as plugins are added;
/// `LEDE_RECORD=1` re-records their expected sections from real output.
@Suite struct CommandGoldenTests {
    static let cases = Fixtures.files(in: "commands", endingWith: ".test").map(\.lastPathComponent)

    @Test(arguments: cases)
    func commandPrintsWhatItsGoldenFileSays(_ name: String) throws {
        try CommandCase.check(Fixtures.url("commands/" + name), environment: ["LEDE_BUNDLED_PLUGINS": "", "LEDE_PATH": ""])
    }

    @Test func thereAreCommandCases() {
        #expect(Self.cases.count >= 10)
    }
}

extension CommandCase {
    /// Runs the case in its file's folder and compares (or, recording, rewrites) the file.
    static func check(_ url: URL, environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let name = url.lastPathComponent
        let testCase = try CommandCase(parsing: String(contentsOf: url, encoding: .utf8))
        let result = try LedeProcess.run(testCase.arguments, stdin: Array(testCase.stdin.utf8), in: url.deletingLastPathComponent(), environment: environment)
        if Golden.isRecording {
            Golden.check(testCase.recording(result), against: url, sourceLocation: sourceLocation)
            return
        }
        #expect(result.status == testCase.expected.status, "\(name): exit status", sourceLocation: sourceLocation)
        #expect(result.stderr == testCase.expected.stderr, "\(name): stderr", sourceLocation: sourceLocation)
        #expect(result.stdout == testCase.expected.stdout, "\(name): stdout", sourceLocation: sourceLocation)
    }
}
