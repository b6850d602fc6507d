import Foundation
import LedeTestSupport
import Testing

/// Runs every `Tests/Fixtures/commands/*.test` with the built binary, from that folder.
/// `LEDE_RECORD=1` re-records their expected sections from real output.
@Suite struct CommandGoldenTests {
    static let cases = Fixtures.files(in: "commands", endingWith: ".test").map(\.lastPathComponent)

    @Test(arguments: cases)
    func commandPrintsWhatItsGoldenFileSays(_ name: String) throws {
        let url = Fixtures.url("commands/" + name)
        let testCase = try CommandCase(parsing: String(contentsOf: url, encoding: .utf8))
        let result = try LedeProcess.run(testCase.arguments, stdin: Array(testCase.stdin.utf8), in: Fixtures.url("commands"))
        if Golden.isRecording {
            Golden.check(testCase.recording(result), against: url)
            return
        }
        #expect(result.status == testCase.expected.status, "\(name): exit status")
        #expect(result.stderr == testCase.expected.stderr, "\(name): stderr")
        #expect(result.stdout == testCase.expected.stdout, "\(name): stdout")
    }

    @Test func thereAreCommandCases() {
        #expect(Self.cases.count >= 10)
    }
}
