/// Writes a node back as HTML: what a rule's `node:html()` returns.
///
/// Text and attribute values are escaped (`&amp;`, `&lt;`, `&gt;`, `&quot;`) except inside
/// `script` and `style`, whose text is written as it is; void elements get no end tag.
/// Comments are not in lede's tree, so they do not come back.
enum HTMLSerializer {
    static func html(of node: HTMLNode) -> String {
        var output: [UInt8] = []
        write(node, rawText: false, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ node: HTMLNode, rawText: Bool, to output: inout [UInt8]) {
        if node.isAttribute {
            let name = node.tree.attributeName(node.id, at: Int(node.attributeIndex))
            output.append(contentsOf: name.utf8)
            output.append(contentsOf: "=\"".utf8)
            node.withTextBytes { escape($0, quotes: true, to: &output) }
            output.append(UInt8(ascii: "\""))
            return
        }
        guard node.isElement else {
            node.withTextBytes { rawText ? output.append(contentsOf: $0) : escape($0, quotes: false, to: &output) }
            return
        }
        let name = node.name
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.utf8)
        for index in 0..<node.tree.attributeCount(node.id) {
            output.append(UInt8(ascii: " "))
            write(HTMLNode(node.tree, node.id, attributeIndex: Int32(index)), rawText: false, to: &output)
        }
        output.append(UInt8(ascii: ">"))
        guard !node.is(.void) else { return }
        let raw = name == "script" || name == "style"
        for child in node.children { write(child, rawText: raw, to: &output) }
        output.append(contentsOf: "</".utf8)
        output.append(contentsOf: name.utf8)
        output.append(UInt8(ascii: ">"))
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool, to output: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where quotes: output.append(contentsOf: "&quot;".utf8)
            default: output.append(byte)
            }
        }
    }
}
