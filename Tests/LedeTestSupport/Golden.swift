import Foundation
import Testing

/// Golden files: expected output recorded from real output, reviewed, and committed.
///
/// Run the tests with `LEDE_RECORD=1` to write the golden files anew from the current output;
/// a recording run fails on purpose, so it can never pass as a real one. Review the diff
/// (`git diff Tests/Fixtures`) before committing it.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["LEDE_RECORD"] == "1" }

    public static func check(_ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if isRecording {
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded \(url.lastPathComponent); review it and run again without LEDE_RECORD", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(url.path); run with LEDE_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record("output differs from \(url.lastPathComponent):\n\(firstDifference(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The first differing line, for a readable failure.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(want.count, got.count) {
            let wanted = index < want.count ? String(want[index]) : "<end>"
            let found = index < got.count ? String(got[index]) : "<end>"
            if wanted != found { return "line \(index + 1):\n  expected: \(wanted)\n  actual:   \(found)" }
        }
        return "(no line differs)"
    }
}
