/// A set of one page's nodes, as one flag per node: stages ask "is this furniture?" of
/// nearly every element, and reading a flag costs less than hashing the node.
public struct NodeSet {
    private var members: [Bool]

    /// An empty set for the nodes of `document`.
    public init(for document: HTMLDocument) {
        members = Array(repeating: false, count: document.tree.count)
    }

    /// Attributes are never members.
    public func contains(_ node: HTMLNode) -> Bool {
        node.attributeIndex < 0 && members[Int(node.id)]
    }

    public mutating func insert(_ node: HTMLNode) {
        if node.attributeIndex < 0 { members[Int(node.id)] = true }
    }

    public mutating func remove(_ node: HTMLNode) {
        if node.attributeIndex < 0 { members[Int(node.id)] = false }
    }
}
