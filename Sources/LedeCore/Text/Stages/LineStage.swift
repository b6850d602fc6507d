/// Text to lines: line ends normalised (CRLF, CR, LF, and Unicode line separators), white
/// space trimmed, blank lines turned into block boundaries.
public struct LineStage: Sendable {
    public let name = "lines"

    public init() {}

    public func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        var block = 0
        var previousWasBlank = false
        for raw in Self.rawLines(of: text) {
            let trimmed = Self.trim(raw)
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

    /// The lines between line ends: LF, CR, CRLF, VT, FF, NEL, and U+2028/U+2029 (the
    /// characters Swift's `isNewline` names), found on the bytes rather than on characters.
    static func rawLines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            var end: String.Index?
            var next = utf8.index(after: index)
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                end = index
            case 0x0D:
                end = index
                if next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            case 0xC2 where next < utf8.endIndex && utf8[next] == 0x85:
                end = index
                next = utf8.index(after: next)
            case 0xE2:
                let second = next < utf8.endIndex ? utf8.index(after: next) : next
                if second < utf8.endIndex, utf8[next] == 0x80, utf8[second] == 0xA8 || utf8[second] == 0xA9 {
                    end = index
                    next = utf8.index(after: second)
                }
            default:
                break
            }
            if let end {
                lines.append(text[start..<end])
                start = next
            }
            index = next
        }
        lines.append(text[start...])
        return lines
    }

    /// The line without white space and control characters at either end.
    static func trim(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    private func indent(of line: Substring) -> Int {
        var columns = 0
        for char in line {
            if char == " " { columns += 1 } else if char == "\t" { columns += 4 } else { break }
        }
        return columns
    }
}
