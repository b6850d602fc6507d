/// Text, link and comma counts for every element, computed in one pass over the page, so
/// scoring, widening and link-density checks are lookups rather than walks (a 50 MB page
/// would otherwise be walked once per question).
public final class NodeStatistics {
    public struct Counts {
        /// Visible non-space characters below the element (furniture and code left out).
        public var text = 0
        /// Those of them inside links.
        public var linked = 0
        /// Commas, in the scripts lede knows (`,` `،` `、`).
        public var commas = 0
    }

    /// By node number; zero for text, attributes and what the count leaves out.
    private var counts: [Counts]

    init(page: HTMLPage) {
        counts = Array(repeating: Counts(), count: page.document.tree.count)
        if let root = page.document.root { _ = count(root, inLink: false, page: page) }
    }

    public subscript(node: HTMLNode) -> Counts { node.isElement ? counts[Int(node.id)] : Counts() }

    public func linkDensity(_ node: HTMLNode) -> Double {
        let counts = self[node]
        return counts.text == 0 ? 0 : Double(counts.linked) / Double(counts.text)
    }

    private func count(_ node: HTMLNode, inLink: Bool, page: HTMLPage) -> Counts {
        var total = Counts()
        if node.isText {
            node.withTextBytes { bytes in
                for byte in bytes where byte > 0x20 && (byte < 0x80 || byte >= 0xC0) {
                    total.text += 1
                    if byte == UInt8(ascii: ",") { total.commas += 1 }
                }
            }
            if inLink { total.linked = total.text }
            return total
        }
        if node.is(.neverContent) || page.noise.contains(node) { return total }
        let link = inLink || node.name == "a"
        for child in node.children {
            let sub = count(child, inLink: link, page: page)
            total.text += sub.text
            total.linked += sub.linked
            total.commas += sub.commas
        }
        counts[Int(node.id)] = total
        return total
    }
}
