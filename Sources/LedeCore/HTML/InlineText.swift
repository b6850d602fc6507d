/// The readable text of a node: white space collapsed, `<br>` as a line break, furniture and
/// code left out.
struct InlineText {
    let page: HTMLPage

    /// Stands for `<br>` until `tidy` turns it into "\n" (source line ends are only spaces).
    static let lineBreak: Unicode.Scalar = "\u{E000}"

    /// The text below `node`, trimmed.
    func of(_ node: HTMLNode) -> String {
        var out = ""
        append(node, to: &out)
        return Self.tidy(out)
    }

    func append(_ node: HTMLNode, to out: inout String) {
        if node.isText {
            out += node.text
            return
        }
        let name = node.name
        if name == "br" { out.unicodeScalars.append(Self.lineBreak); return }
        if HTMLVocabulary.neverContent.contains(name) || page.noise.contains(node) { return }
        let isBlock = HTMLVocabulary.blockLevel.contains(name)
        if isBlock { out += " " }
        for child in node.children { append(child, to: &out) }
        if isBlock { out += " " }
    }

    /// Collapses runs of white space to one space, or to one line break where a `<br>` was,
    /// and trims both ends. No-break spaces are kept as they are.
    static func tidy(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreak = false
        for scalar in text.unicodeScalars {
            if scalar == lineBreak {
                pendingBreak = true
                continue
            }
            if scalar.properties.isWhitespace && scalar != "\u{A0}" {
                pendingSpace = true
                continue
            }
            if !out.isEmpty {
                if pendingBreak { out.append("\n") } else if pendingSpace { out.append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            out.append(scalar)
        }
        return String(out)
    }
}
