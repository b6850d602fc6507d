/// A golden command test, in the spirit of pandoc's: a file holding a command line, optional
/// standard input, and the expected standard output, standard error and exit status.
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
struct CommandCase {
    var arguments: [String]
    var stdin = ""
    var expected: LedeProcess.Result

    enum ParseError: Error, CustomStringConvertible {
        case noCommand, unknownSection(String)
        var description: String {
            switch self {
            case .noCommand: return "the first line must be '$ lede ARGUMENTS'"
            case .unknownSection(let name): return "unknown section '--- \(name)'"
            }
        }
    }

    init(parsing text: String) throws {
        // Split on the byte: String.split and components(separatedBy:) keep "\r\n" together.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard let first = lines.first, first.hasPrefix("$ lede") else { throw ParseError.noCommand }
        arguments = first.dropFirst("$ lede".count).split(separator: " ").map(String.init)
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
        stdin = body("stdin")
        expected = LedeProcess.Result(status: Int32(body("status").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0, stdout: body("stdout"), stderr: body("stderr"))
    }

    /// The file text that records `result` for this command.
    func recording(_ result: LedeProcess.Result) -> String {
        var text = "$ lede " + arguments.joined(separator: " ") + "\n"
        if !stdin.isEmpty { text += "--- stdin\n" + stdin }
        text += "--- stdout\n" + result.stdout
        if !result.stdout.isEmpty && result.stdout.utf8.last != UInt8(ascii: "\n") { text += "\n" }
        text += "--- stderr\n" + result.stderr
        text += "--- status\n\(result.status)\n"
        return text
    }
}

import Foundation
