import Foundation

/// A golden command test, in the spirit of pandoc's: a `.test` file holding a command line,
/// optional standard input, and the expected standard output, standard error and exit status.
/// It lives in the library so that `lede packs test` runs a pack's cases exactly as lede's
/// own test suite does.
///
/// ```
/// $ lede extract --to jsonl inputs/seed.txt missing.txt
/// --- stdin
/// (optional)
/// --- stdout
/// ...
/// --- stderr
/// ...
/// --- status
/// 1
/// ```
///
/// Arguments are split on spaces, without quoting, so a case reads as typed; a missing
/// section expects nothing printed (or status 0). The wall time in the run summary on stderr
/// is compared as `<time>`.
public struct GoldenCommand: Sendable, Equatable {
    /// What a run printed and how it ended; for a case, what it should print.
    public struct Result: Sendable, Equatable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32 = 0, stdout: String = "", stderr: String = "") {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// A `.test` file that is not a golden command.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case noCommand
        case unknownSection(String)
        /// A `--- status` body that is not a number: it would otherwise silently expect 0.
        case badStatus(String)

        public var description: String {
            switch self {
            case .noCommand: return "the first line must be '$ lede ARGUMENTS'"
            case .unknownSection(let name): return "unknown section '--- \(name)'"
            case .badStatus(let text): return "'--- status' must hold an exit status, not '\(text)'"
            }
        }
    }

    /// The arguments after `lede`.
    public var arguments: [String]
    /// Fed to the command's standard input; empty for none.
    public var stdin: String
    public var expected: Result

    public init(arguments: [String], stdin: String = "", expected: Result = Result()) {
        self.arguments = arguments
        self.stdin = stdin
        self.expected = expected
    }

    /// Reads a `.test` file's text. A section's body is its lines, each ending in a newline;
    /// lines before the first section are ignored.
    public init(parsing text: String) throws(ParseError) {
        // Split on the byte: String.split and components(separatedBy:) keep "\r\n" together.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard let first = lines.first, first.hasPrefix("$ lede") else { throw ParseError.noCommand }
        let arguments = first.dropFirst("$ lede".count).split(separator: " ").map(String.init)
        lines.removeFirst()
        if lines.last == "" { lines.removeLast() }
        var sections: [String: [String]] = [:]
        var current: String?
        for line in lines {
            if line.hasPrefix("--- ") {
                let name = String(line.dropFirst(4))
                guard ["stdin", "stdout", "stderr", "status"].contains(name) else { throw ParseError.unknownSection(name) }
                current = name
                sections[name] = []
            } else if let name = current {
                sections[name, default: []].append(line)
            }
        }
        func body(_ name: String) -> String {
            guard let lines = sections[name], !lines.isEmpty else { return "" }
            return lines.joined(separator: "\n") + "\n"
        }
        let statusText = body("status").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let status = statusText.isEmpty ? 0 : Int32(statusText) else { throw ParseError.badStatus(statusText) }
        self.init(arguments: arguments, stdin: body("stdin"), expected: Result(status: status, stdout: body("stdout"), stderr: body("stderr")))
    }

    /// The file text that records `result` as this command's expectation, for re-recording a
    /// case from real output (`LEDE_RECORD=1`).
    public func recording(_ result: Result) -> String {
        var text = "$ lede " + arguments.joined(separator: " ") + "\n"
        if !stdin.isEmpty { text += "--- stdin\n" + stdin }
        text += "--- stdout\n" + result.stdout
        if !result.stdout.isEmpty && result.stdout.utf8.last != UInt8(ascii: "\n") { text += "\n" }
        text += "--- stderr\n" + result.stderr
        text += "--- status\n\(result.status)\n"
        return text
    }
}
