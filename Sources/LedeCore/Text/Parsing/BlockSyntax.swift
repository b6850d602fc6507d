/// Line-level markers of block structure in plain text: list bullets, `>` quotes, code fences,
/// Markdown headings, subheadings, and hard-wrapped paragraphs.
enum BlockSyntax {
    private static let listItem = Pattern(#"^(?:[-*•▪◦‣]|\d{1,3}[.)])\s+(\S.*)$"#)
    private static let markdownHeading = Pattern(#"^(#{1,6})\s+(\S.*?)\s*#*$"#)
    private static let sentenceEnd: Set<Character> = [".", "!", "?", "\"", "”", "’", "'", ":", ";", ")", "…", "»"]

    static func isListItem(_ line: String) -> Bool { listItem.matches(line) }

    /// The item text without its bullet or number.
    static func listItemText(_ line: String) -> String? { listItem.groups(line)?[1] }

    static func quoteText(_ line: String) -> String? {
        guard line.hasPrefix(">") else { return nil }
        return String(line.dropFirst()).trimmed
    }

    static func isFence(_ line: String) -> Bool { line.hasPrefix("```") || line.hasPrefix("~~~") }

    static func markdownHeading(_ line: String) -> (text: String, level: Int)? {
        guard let groups = markdownHeading.groups(line), let marks = groups[1], let text = groups[2] else { return nil }
        return (text, marks.count)
    }

    /// A line that reads like a subheading: a few words, starting with a capital or a digit,
    /// not ending like a sentence (a question mark is allowed).
    static func isSubheading(_ line: String) -> Bool {
        guard line.count <= 80, (1...10).contains(line.words.count), let first = line.first, let last = line.last else { return false }
        let startsLikeTitle = first.isUppercase || first.isNumber || (first.isLetter && !first.isLowercase)
        return startsLikeTitle && (last == "?" || !sentenceEnd.contains(last)) && !isListItem(line)
    }

    static func endsSentence(_ line: String) -> Bool { line.last.map(sentenceEnd.contains) ?? false }

    /// Paragraphs from a run of lines: each line its own paragraph, unless the run is hard-wrapped
    /// (lines of similar width, most ending mid-sentence), when lines join with a space and a
    /// short line ending a sentence closes its paragraph.
    static func paragraphs(_ lines: [String]) -> [String] {
        guard isHardWrapped(lines) else { return lines }
        let width = lines.map(\.count).max() ?? 0
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines {
            current.append(line)
            if line.count < width * 6 / 10, endsSentence(line) {
                paragraphs.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    static func isHardWrapped(_ lines: [String]) -> Bool {
        guard lines.count >= 2, let width = lines.map(\.count).max(), width <= 100 else { return false }
        let inner = lines.dropLast()
        let wide = inner.filter { $0.count >= width * 6 / 10 }.count
        let open = inner.filter { !endsSentence($0) }.count
        return wide * 10 >= inner.count * 8 && open * 2 >= inner.count
    }
}
