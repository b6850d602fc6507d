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
        if node.is(.neverContent) || page.noise.contains(node) { return }
        let isBlock = node.is(.blockLevel)
        if isBlock { out += " " }
        for child in node.children { append(child, to: &out) }
        if isBlock { out += " " }
    }

    /// Collapses runs of white space to one space, or to one line break where a `<br>` was,
    /// and trims both ends. No-break spaces are kept as they are; ASCII control characters
    /// other than white space go. Works on the UTF-8 bytes (`Tidier`): this runs over every
    /// paragraph of a page several times.
    static func tidy(_ text: String) -> String {
        var text = text
        var tidier = Tidier(capacity: text.utf8.count)
        text.withUTF8 { tidier.feed($0) }
        return tidier.text
    }

    /// For a scalar beyond ASCII: true when it is white space other than the no-break space,
    /// or the `<br>` stand-in (which also sets `pendingBreak`).
    static func isSpaceOrBreak(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, length: Int, pendingBreak: inout Bool) -> Bool {
        let scalar = UTF8Scalars.scalar(in: bytes, at: start, length: length)
        if scalar == lineBreak {
            pendingBreak = true
            return true
        }
        return scalar.isWhiteSpace && scalar != "\u{A0}"
    }
}
