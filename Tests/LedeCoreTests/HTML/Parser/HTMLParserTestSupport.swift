@testable import LedeCore

/// The tree of `html` written back compactly: every element as `<name a="v">…</name>`
/// (void ones too), text as is; the whole document, or with `body` only the body's content.
func parsedTree(_ html: String, bodyOnly: Bool = false) -> String {
    let tree = HTMLParser.parse(Array(html.utf8))
    var out = ""
    func write(_ node: HTMLTree.NodeID) {
        switch tree.kind(node) {
        case .text:
            out += tree.withText(node) { String(decoding: $0, as: UTF8.self) }
        case .element:
            let name = tree.names[Int(tree.tag(node))]
            out += "<" + name
            for index in 0..<tree.attributeCount(node) {
                let value = tree.withAttributeValue(node, at: index) { String(decoding: $0, as: UTF8.self) }
                out += " \(tree.attributeName(node, at: index))=\"\(value)\""
            }
            out += ">"
            children(node)
            out += "</" + name + ">"
        case .document:
            children(node)
        }
    }
    func children(_ node: HTMLTree.NodeID) {
        var child = tree.firstChild(node)
        while child != HTMLTree.none {
            write(child)
            child = tree.nextSibling(child)
        }
    }
    if bodyOnly, let body = bodyElement(tree) { children(body) } else { write(HTMLTree.document) }
    return out
}

/// The body's content as `parsedTree` writes it.
func parsedBody(_ html: String) -> String { parsedTree(html, bodyOnly: true) }

func bodyElement(_ tree: HTMLTree) -> HTMLTree.NodeID? {
    var child = tree.firstChild(tree.root)
    while child != HTMLTree.none {
        if tree.kind(child) == .element, tree.names[Int(tree.tag(child))] == "body" { return child }
        child = tree.nextSibling(child)
    }
    return nil
}

/// Checks what lede's recursive walks rely on; returns the first problem found, or nil.
func treeProblem(_ tree: HTMLTree) -> String? {
    guard tree.kind(HTMLTree.document) == .document, tree.parent(HTMLTree.document) == HTMLTree.none else { return "no document node" }
    guard tree.kind(tree.root) == .element, tree.names[Int(tree.tag(tree.root))] == "html" else { return "root is not html" }
    var visited = Array(repeating: false, count: tree.count)
    var stack: [(HTMLTree.NodeID, Int)] = [(HTMLTree.document, 0)]
    while let (node, depth) = stack.popLast() {
        guard !visited[Int(node)] else { return "node \(node) reached twice" }
        visited[Int(node)] = true
        if tree.kind(node) == .element, depth > HTMLParser.depthLimit { return "node \(node) at depth \(depth)" }
        if tree.kind(node) == .text {
            guard tree.firstChild(node) == HTMLTree.none else { return "text \(node) has children" }
            let valid = tree.withText(node) { String(validating: $0, as: UTF8.self) != nil }
            guard valid else { return "text \(node) is not UTF-8" }
        }
        var child = tree.firstChild(node)
        var siblings = 0
        var previousWasText = false
        while child != HTMLTree.none {
            guard tree.parent(child) == node else { return "node \(child) has the wrong parent" }
            siblings += 1
            guard siblings <= tree.count else { return "endless sibling chain under \(node)" }
            let isText = tree.kind(child) == .text
            guard !(isText && previousWasText) else { return "adjacent text nodes under \(node)" }
            previousWasText = isText
            stack.append((child, depth + 1))
            child = tree.nextSibling(child)
        }
        if tree.kind(node) == .element {
            for index in 0..<tree.attributeCount(node) {
                let valid = tree.withAttributeValue(node, at: index) { String(validating: $0, as: UTF8.self) != nil }
                guard valid else { return "attribute of \(node) is not UTF-8" }
            }
        }
    }
    guard visited.allSatisfy({ $0 }) else { return "unreachable nodes" }
    return nil
}
