/// The stack of open elements, and the insertion of nodes into the tree.
///
/// Each entry remembers what it hid when pushed (the previous open element of its name, the
/// topmost special and scope elements, the outermost foreign element), so that "is a `p`
/// open, and above any scope boundary?" is answered from `topOpen` in constant time, and
/// popping restores them: no end tag searches the stack.
struct OpenElement {
    var node: HTMLTree.NodeID
    var name: Int32
    var previousSameName: Int32
    var previousSpecial: Int32
    var previousScope: Int32
    var previousForeignRoot: Int32
}

extension HTMLParser {
    /// The node new content goes into.
    var currentNode: HTMLTree.NodeID { open.last?.node ?? HTMLTree.document }
    var currentName: Int32 { open.last?.name ?? -1 }

    mutating func push(_ node: HTMLTree.NodeID, name: Int32) {
        let index = Int32(open.count)
        open.append(OpenElement(node: node, name: name, previousSameName: topOpen[Int(name)], previousSpecial: topSpecial,
                                previousScope: topScope, previousForeignRoot: foreignRoot))
        topOpen[Int(name)] = index
        let traits = traits(name)
        if traits.contains(.special) { topSpecial = index }
        if traits.contains(.scope) { topScope = index }
        if foreignRoot < 0, name == HTMLTag.svg.rawValue || name == HTMLTag.math.rawValue { foreignRoot = index }
    }

    /// Closes the open element at `index` and every one above it.
    mutating func pop(to index: Int32) {
        guard index >= 0, Int(index) < open.count else { return }
        while open.count > Int(index) {
            let entry = open.removeLast()
            topOpen[Int(entry.name)] = entry.previousSameName
            topSpecial = entry.previousSpecial
            topScope = entry.previousScope
            foreignRoot = entry.previousForeignRoot
        }
    }

    /// Appends an element named `name` to `parent`, with the tag's attributes
    /// `attributes[first...]`, whose names become tree name numbers here.
    mutating func insertElement(_ name: Int32, attributesFrom first: Int, into parent: HTMLTree.NodeID) -> HTMLTree.NodeID {
        var index = first
        while index < attributes.count {
            attributes[index].name = treeName(attributes[index].name)
            index += 1
        }
        var node = HTMLTree.Node(kind: .element, name: treeName(name), parent: parent)
        node.firstAttribute = Int32(first)
        node.attributeCount = Int32(attributes.count - first)
        return link(node)
    }

    /// Appends the text `characters[start...]` to `parent`, joined to a text node that ends it.
    mutating func appendText(from start: Int, to parent: HTMLTree.NodeID) {
        guard characters.count > start else { return }
        let last = nodes[Int(parent)].lastChild
        if last != HTMLTree.none, nodes[Int(last)].kind == .text {
            let previous = nodes[Int(last)]
            if Int(previous.textEnd) != start {
                // Something was stored between them (a merged attribute): move both to the end.
                let text = Array(characters[start...])
                characters.removeLast(characters.count - start)
                characters.append(contentsOf: characters[Int(previous.textStart)..<Int(previous.textEnd)])
                nodes[Int(last)].textStart = Int32(characters.count) - (previous.textEnd - previous.textStart)
                characters.append(contentsOf: text)
            }
            nodes[Int(last)].textEnd = Int32(characters.count)
            return
        }
        var node = HTMLTree.Node(kind: .text, name: -1, parent: parent)
        node.textStart = Int32(start)
        node.textEnd = Int32(characters.count)
        link(node)
    }

    @discardableResult
    private mutating func link(_ node: HTMLTree.Node) -> HTMLTree.NodeID { HTMLTree.link(node, into: &nodes) }

    /// Adds the tag's attributes `attributes[first...]` that `element` lacks to it (a second
    /// `<html>` or `<body>`). Its attributes must stay contiguous, so they are copied to the
    /// end; merges are bounded to keep that linear.
    mutating func mergeAttributes(from first: Int, into element: HTMLTree.NodeID) {
        let record = nodes[Int(element)]
        guard attributes.count > first, attributeMerges < 16 else { return dropTag(attributesFrom: first) }
        attributeMerges += 1
        let existing = attributes[Int(record.firstAttribute)..<Int(record.firstAttribute + record.attributeCount)]
        var added = existing.map { $0 }
        var present = Set(existing.map(\.name))  // a set: pages may repeat a body tag with thousands of attributes
        for attribute in attributes[first...] {
            let name = treeName(attribute.name)
            if present.insert(name).inserted { added.append(HTMLTree.Attribute(name: name, valueStart: attribute.valueStart, valueEnd: attribute.valueEnd)) }
        }
        attributes.removeLast(attributes.count - first)
        nodes[Int(element)].firstAttribute = Int32(attributes.count)
        nodes[Int(element)].attributeCount = Int32(added.count)
        attributes.append(contentsOf: added)
    }
}
