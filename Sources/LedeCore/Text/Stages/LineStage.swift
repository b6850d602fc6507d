/// Text to lines: line ends normalised (CRLF, CR, LF, and Unicode line separators), white
/// space trimmed, blank lines turned into block boundaries.
public struct LineStage: Sendable {
    public let name = "lines"

    public init() {}

    public func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        var block = 0
        var previousWasBlank = false
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = raw.trimmingCharacters(in: .whitespaces.union(.controlCharacters))
            if trimmed.isEmpty {
                if !lines.isEmpty, !previousWasBlank { block += 1 }
                previousWasBlank = true
                continue
            }
            previousWasBlank = false
            lines.append(TextLine(text: trimmed, indent: indent(of: raw), block: block))
        }
        return lines
    }

    private func indent(of line: Substring) -> Int {
        var columns = 0
        for char in line {
            if char == " " { columns += 1 } else if char == "\t" { columns += 4 } else { break }
        }
        return columns
    }
}
