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
    /// other than white space go. Works on the UTF-8 bytes:
    /// this runs over every paragraph of a page several times.
    static func tidy(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var pendingBreak = false
            var start = 0
            while start < bytes.count {
                let length = UTF8Scalars.length(lead: bytes[start])
                if length == 1, bytes[start] < 0x20 && !bytes[start].isASCIIWhiteSpace || bytes[start] == 0x7F {
                    start += 1  // a control character (a stray BEL): never text
                    continue
                }
                let isSpace = length == 1 ? bytes[start].isASCIIWhiteSpace : isSpaceOrBreak(bytes, at: start, length: length, pendingBreak: &pendingBreak)
                if isSpace {
                    pendingSpace = true
                } else {
                    if !out.isEmpty {
                        if pendingBreak { out.append(0x0A) } else if pendingSpace { out.append(0x20) }
                    }
                    pendingSpace = false
                    pendingBreak = false
                    if length == 1 { out.append(bytes[start]) } else { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<start + length])) }
                }
                start += length
            }
            return String(decoding: out, as: UTF8.self)
        }
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
