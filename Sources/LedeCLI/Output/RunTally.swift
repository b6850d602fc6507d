#if canImport(Glibc)
    import Glibc
#endif
import Foundation

/// What a run has done so far, for the progress line and the closing summary.
struct RunTally {
    /// Inputs to do, when known before starting (files, not streams).
    var total: Int?
    var written = 0
    var errors = 0
    var dropped = 0
    var skipped = 0

    var done: Int { written + errors + dropped }

    /// `lede: 115 articles written, 0 errors, 0 dropped in 1.234 s`.
    func summary(seconds: Double, skipping: Bool) -> String {
        let skippedPart = skipping ? ", \(skipped) skipped (already written)" : ""
        return "\(count(written, "article")) written, \(count(errors, "error")), \(dropped) dropped\(skippedPart) in \(String(format: "%.3f", seconds)) s"
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// The progress line on stderr: done/total, rate, errors, dropped, redrawn in place. Shown on
/// a terminal once a run has taken a second (or always with `--progress`); never on a pipe
/// unless forced, so logs stay clean.
final class ProgressLine {
    private let enabled: Bool
    private let forced: Bool
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var shown = false
    private var lastDraw = ContinuousClock.now

    init(mode: Bool?, quiet: Bool) {
        forced = mode == true
        enabled = !quiet && (mode ?? isTerminal)
    }

    func update(_ tally: RunTally, since start: ContinuousClock.Instant) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let elapsed = (now - start).seconds
        guard forced || elapsed >= 1, shown == false || (now - lastDraw).seconds >= 0.2 else { return }
        lastDraw = now
        shown = true
        let done = tally.total.map { "\(tally.done)/\($0)" } ?? "\(tally.done)"
        let rate = elapsed > 0 ? Double(tally.done) / elapsed : 0
        let line = "lede: \(done) articles, \(String(format: "%.0f", rate))/s, \(tally.errors) errors, \(tally.dropped) dropped"
        Console.printErrorRaw(isTerminal ? "\r\u{1B}[K" + line : line + "\n")
    }

    /// Removes the line before other messages (and at the end).
    func clear() {
        guard shown, isTerminal else { return }
        Console.printErrorRaw("\r\u{1B}[K")
        shown = false
    }
}
