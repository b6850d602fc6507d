import Foundation
import LedeLua

/// Runs fixture cases and prints a line per case, the differences of each failure, and the
/// closing `N passed, M failed` on stdout. Extra failures (rules that do not load) count too.
enum FixtureReport {
    /// Returns the exit status: success when nothing failed.
    static func run(_ cases: [FixtureCase], goldenFiles: [String] = [], extraFailures: [String] = [], limits: LuaLimits) -> ExitStatus {
        let here = FileManager.default.currentDirectoryPath + "/"
        func shown(_ name: String) -> String { name.hasPrefix(here) ? String(name.dropFirst(here.count)) : name }
        let runner = FixtureRunner(limits: limits)
        var passed = 0, failed = extraFailures.count
        for failure in extraFailures { Console.printOutput("FAIL \(failure)\n") }
        for fixture in cases {
            let differences = runner.run(fixture)
            if differences.isEmpty {
                passed += 1
                Console.printOutput("ok   \(shown(fixture.name))\n")
            } else {
                failed += 1
                Console.printOutput("FAIL \(shown(fixture.name))\n" + differences.map { "  " + $0 + "\n" }.joined())
            }
        }
        let goldenRunner = GoldenCommandRunner()
        for file in goldenFiles {
            let differences: [String]
            do {
                differences = try goldenRunner.run(file: file).differences
            } catch {
                differences = ["\(error)"]
            }
            if differences.isEmpty {
                passed += 1
                Console.printOutput("ok   \(shown(file))\n")
            } else {
                failed += 1
                Console.printOutput("FAIL \(shown(file))\n" + differences.map { "  " + $0 + "\n" }.joined())
            }
        }
        Console.printOutput("\(passed) passed, \(failed) failed\n")
        return failed == 0 ? .success : .someInputsFailed
    }

    /// The golden command tests (`*.test`) under a folder, in sorted order.
    static func goldenFiles(under folder: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return folder.hasSuffix(".test") ? [folder] : [] }
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        return files.filter { $0.hasSuffix(".test") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted().map { folder + "/" + $0 }
    }

    /// The paths to search: those given (each must exist), else the default.
    static func paths(_ given: [String], default fallback: String?) throws(RunFailure) -> [String] {
        for path in given where !FileManager.default.fileExists(atPath: path) {
            throw RunFailure(.usage, "\(path): no such file or folder")
        }
        if !given.isEmpty { return given }
        guard let fallback else { throw RunFailure(.usage, "no bundled plugins found; name the folders to test") }
        return [fallback]
    }
}
