import Foundation
import LedeCLI
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

/// Golden command files (`.test`, see `GoldenCommand`) checked by the library's parser and
/// runner, so the suite tests what `lede packs test` does, but against the test build's `lede`
/// (`LedeProcess.executable`) rather than the running test binary.
enum CommandCase {
    /// Runs the case in its file's folder and compares (or, with `LEDE_RECORD=1`, rewrites) the file.
    static func check(_ url: URL, environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let runner = GoldenCommandRunner(executable: LedeProcess.executable.path, environment: environment)
        let outcome = try runner.run(file: url.path)
        if Golden.isRecording {
            Golden.check(outcome.command.recording(outcome.result), against: url, sourceLocation: sourceLocation)
            return
        }
        for difference in outcome.differences {
            Issue.record("\(url.lastPathComponent): \(difference)", sourceLocation: sourceLocation)
        }
    }
}
