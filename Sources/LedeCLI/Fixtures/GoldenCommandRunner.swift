import Foundation
import LedeCore
import LedeLua

/// Runs golden commands as a user would type them: a separate `lede` process started in the
/// case file's folder (so relative paths in the case resolve there), fed the case's standard
/// input, with everything it prints captured, then compared with what the case expects.
public struct GoldenCommandRunner: Sendable {
    /// The `lede` to run: by default the running one, so `lede packs test` tests itself.
    public var executable: String
    /// Added to (overriding) this process's environment; an empty value sets the variable
    /// empty, which lede reads as "none" (`LEDE_PATH`, `LEDE_BUNDLED_PLUGINS`).
    public var environment: [String: String]

    public init(executable: String = PluginLocator.executablePath(), environment: [String: String] = [:]) {
        self.executable = executable
        self.environment = environment
    }

    /// One case's run: what it printed, and how that differs from what the case expects.
    public struct Outcome: Sendable {
        public var command: GoldenCommand
        public var result: GoldenCommand.Result
        /// Readable differences, exit status first; empty when the case passes.
        public var differences: [String]
        public var passed: Bool { differences.isEmpty }
    }

    /// The executable could not be started (missing, not executable, folder gone).
    public struct LaunchError: Error, Sendable, CustomStringConvertible {
        public let executable: String
        public let directory: String
        public let reason: String
        public var description: String { "cannot run \(executable) in \(directory): \(reason)" }
    }

    /// Reads, runs and checks the `.test` file at `path`, from the file's folder.
    public func run(file path: String) throws -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError(.notFound, "cannot read \(path)") }
        let command = try GoldenCommand(parsing: String(decoding: data, as: UTF8.self))
        let folder = (path as NSString).deletingLastPathComponent
        return try run(command, in: folder.isEmpty ? "." : folder)
    }

    /// Runs `command` in `directory` and compares the result with its expectation.
    public func run(_ command: GoldenCommand, in directory: String) throws -> Outcome {
        let result = try execute(command, in: directory)
        return Outcome(command: command, result: result, differences: Self.differences(expected: command.expected, actual: result))
    }

    /// What differs between an expected and an actual result: the exit status, then the first
    /// differing line of standard output and of standard error, each shown expected and got.
    public static func differences(expected: GoldenCommand.Result, actual: GoldenCommand.Result) -> [String] {
        var differences: [String] = []
        if expected.status != actual.status { differences.append("exit status: expected \(expected.status), got \(actual.status)") }
        if let difference = FixtureRunner.firstDifference(expected: expected.stdout, actual: actual.stdout) { differences.append("stdout: " + difference) }
        if let difference = FixtureRunner.firstDifference(expected: expected.stderr, actual: actual.stderr) { differences.append("stderr: " + difference) }
        return differences
    }

    /// Runs `command` in `directory` and returns what it printed. Standard input comes from a
    /// file and the outputs go to files, so no pipe can fill up and block either side, whatever
    /// the sizes; a process killed by a signal gets status 128 + signal, as in a shell.
    public func execute(_ command: GoldenCommand, in directory: String) throws -> GoldenCommand.Result {
        let files = FileManager.default
        let scratch = files.temporaryDirectory.appendingPathComponent("lede-golden-\(UUID().uuidString)")
        try files.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: scratch) }
        let paths = ["stdin", "stdout", "stderr"].map { scratch.appendingPathComponent($0).path }
        guard files.createFile(atPath: paths[0], contents: Data(command.stdin.utf8)),
            files.createFile(atPath: paths[1], contents: nil), files.createFile(atPath: paths[2], contents: nil),
            let input = FileHandle(forReadingAtPath: paths[0]), let output = FileHandle(forWritingAtPath: paths[1]),
            let errors = FileHandle(forWritingAtPath: paths[2])
        else { throw LaunchError(executable: executable, directory: directory, reason: "cannot create files in \(scratch.path)") }
        defer { for handle in [input, output, errors] { try? handle.close() } }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = command.arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw LaunchError(executable: executable, directory: directory, reason: error.localizedDescription)
        }
        process.waitUntilExit()
        let signalled = process.terminationReason == .uncaughtSignal
        return GoldenCommand.Result(
            status: signalled ? 128 + process.terminationStatus : process.terminationStatus,
            stdout: String(decoding: files.contents(atPath: paths[1]) ?? Data(), as: UTF8.self),
            stderr: Self.withoutTimes(String(decoding: files.contents(atPath: paths[2]) ?? Data(), as: UTF8.self)))
    }

    /// The run summary's wall time (`… dropped in 1.234 s`) becomes `in <time> s`, the one
    /// part of lede's output that differs run to run.
    static func withoutTimes(_ stderr: String) -> String {
        stderr.replacingOccurrences(of: #"(lede: .* dropped(?:, \d+ skipped \(already written\))?) in [0-9]+\.[0-9]+ s"#,
                                    with: "$1 in <time> s", options: .regularExpression)
    }
}
