/// An element, text or attribute node of an `HTMLDocument`: a number in its flat tree.
///
/// Nodes are valid while their document lives (the extractor keeps it for the whole
/// extraction); they hold the tree without retaining it, so passing them around costs
/// no reference counting.
public struct HTMLNode: Hashable {
    unowned(unsafe) let tree: HTMLTree
    let id: HTMLTree.NodeID
    /// For an attribute (XPath such as `//meta/@content` selects them), its index among the
    /// element's attributes; -1 for elements and text.
    let attributeIndex: Int32

    init(_ tree: HTMLTree, _ id: HTMLTree.NodeID, attributeIndex: Int32 = -1) {
        self.tree = tree
        self.id = id
        self.attributeIndex = attributeIndex
    }

    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool {
        lhs.id == rhs.id && lhs.attributeIndex == rhs.attributeIndex && lhs.tree === rhs.tree
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(attributeIndex)
    }

    public var isElement: Bool { attributeIndex < 0 && tree.kind(id) == .element }
    public var isText: Bool { attributeIndex < 0 && tree.kind(id) == .text }
    /// An attribute, as XPath such as `//meta/@content` selects; its `text` is the value.
    public var isAttribute: Bool { attributeIndex >= 0 }

    /// The element's tag name, lowercase; "" for other nodes.
    public var name: String {
        guard isElement else { return "" }
        return tree.names[Int(tree.tag(id))]
    }

    /// True for an element in one of lede's vocabulary groups (`.neverContent`, `.blockLevel`).
    func `is`(_ category: HTMLVocabulary.Categories) -> Bool {
        guard attributeIndex < 0, tree.kind(id) == .element else { return false }
        return tree.categories[Int(tree.tag(id))].contains(category)
    }

    /// The parent element (an attribute's is its element); nil at `<html>`.
    public var parent: HTMLNode? {
        if isAttribute { return HTMLNode(tree, id) }
        let parent = tree.parent(id)
        guard parent != HTMLTree.none, tree.kind(parent) == .element else { return nil }
        return HTMLNode(tree, parent)
    }

    /// Element and text children, in order.
    public var children: [HTMLNode] {
        guard !isAttribute else { return [] }
        var result: [HTMLNode] = []
        var child = tree.firstChild(id)
        while child != HTMLTree.none {
            result.append(HTMLNode(tree, child))
            child = tree.nextSibling(child)
        }
        return result
    }

    /// The element children only.
    public var elementChildren: [HTMLNode] { children.filter(\.isElement) }

    /// The attribute's value, entities decoded; nil when the element has no such attribute.
    public func attribute(_ name: String) -> String? {
        guard isElement, let index = tree.attributeIndex(id, named: name) else { return nil }
        return tree.withAttributeValue(id, at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The element's attributes in source order, as (name, value).
    public var attributes: [(name: String, value: String)] {
        guard isElement else { return [] }
        return (0..<tree.attributeCount(id)).map { index in
            (tree.attributeName(id, at: index), tree.withAttributeValue(id, at: index) { String(decoding: $0, as: UTF8.self) })
        }
    }

    /// A text node's text, an attribute's value, or all the text below an element.
    public var text: String {
        withTextBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the node's `text` as UTF-8 bytes, read in place for text nodes and
    /// attributes, for the stages that only count or test them.
    public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isAttribute { return tree.withAttributeValue(id, at: Int(attributeIndex), body) }
        if tree.kind(id) == .text { return tree.withText(id, body) }
        var bytes: [UInt8] = []
        walk { node in
            if node.tree.kind(node.id) == .text { node.tree.withText(node.id) { bytes.append(contentsOf: $0) } }
            return true
        }
        return bytes.withUnsafeBufferPointer(body)
    }

    /// The element's HTML source, as lede writes it back (entities escaped, comments gone).
    public var html: String { HTMLSerializer.html(of: self) }

    /// Visits this node and its descendants depth-first; `visit` returns false to skip a subtree.
    public func walk(_ visit: (HTMLNode) -> Bool) {
        guard visit(self), !isAttribute else { return }
        var node = tree.firstChild(id)
        guard node != HTMLTree.none else { return }
        while true {
            if visit(HTMLNode(tree, node)) {
                let child = tree.firstChild(node)
                if child != HTMLTree.none {
                    node = child
                    continue
                }
            }
            while tree.nextSibling(node) == HTMLTree.none {
                node = tree.parent(node)
                if node == id { return }
            }
            node = tree.nextSibling(node)
        }
    }
}
