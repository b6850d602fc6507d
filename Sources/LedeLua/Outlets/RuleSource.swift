/// A rule file's source text, for pointing at the line a problem is on. Lua keeps no line
/// numbers for table fields, so the line is found by the key or value the problem is about:
/// its first appearance after the `outlet` key, else after the file's start, else line 1.
struct RuleSource {
    let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line where the first of `needles` that appears does (each a key written as
    /// `needle =`, or a literal value).
    func line(of needles: String...) -> Int {
        let start = firstLine { Self.isKey("outlet", in: $0) } ?? 0
        for needle in needles where !needle.isEmpty {
            if let found = firstLine(from: start, where: { Self.isKey(needle, in: $0) }) { return found + 1 }
            if let found = firstLine(from: start, where: { $0.contains(needle) }) { return found + 1 }
        }
        return start + 1
    }

    private func firstLine(from start: Int = 0, where test: (Substring) -> Bool) -> Int? {
        guard start < lines.count else { return nil }
        return lines[start...].firstIndex(where: test)
    }

    /// True when the line has `key =` (not `==`) with `key` not part of a longer name.
    static func isKey(_ key: String, in line: Substring) -> Bool {
        guard !key.isEmpty else { return false }
        var searchFrom = line.startIndex
        while let range = line[searchFrom...].range(of: key) {
            searchFrom = range.upperBound
            if range.lowerBound > line.startIndex {
                let before = line[line.index(before: range.lowerBound)]
                if before.isLetter || before.isNumber || before == "_" { continue }
            }
            let after = line[range.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "]" || $0 == "\"" || $0 == "'" }
            if after.hasPrefix("="), !after.hasPrefix("==") { return true }
        }
        return false
    }
}
