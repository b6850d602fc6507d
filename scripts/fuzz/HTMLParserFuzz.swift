// libFuzzer entry for lede's HTML parser, built by scripts/fuzz-html with the parser's
// sources (not the package: it needs none of LedeCore's system libraries).

/// Parses the input (repaired to UTF-8, as lede's callers do) and traps unless the tree is
/// sound: parents agree with children, sibling chains end, depth is capped, text is UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self).utf8)
    let tree = HTMLParser.parse(bytes)
    precondition(tree.kind(tree.root) == .element && tree.names[Int(tree.tag(tree.root))] == "html")
    var seen = Array(repeating: false, count: tree.count)
    var stack: [(HTMLTree.NodeID, Int)] = [(HTMLTree.document, 0)]
    while let (node, depth) = stack.popLast() {
        precondition(!seen[Int(node)], "node reached twice")
        seen[Int(node)] = true
        precondition(depth <= HTMLParser.depthLimit, "too deep")
        if tree.kind(node) == .text {
            precondition(tree.withText(node) { String(validating: $0, as: UTF8.self) != nil }, "text not UTF-8")
        }
        for index in 0..<tree.attributeCount(node) {
            precondition(tree.withAttributeValue(node, at: index) { String(validating: $0, as: UTF8.self) != nil }, "value not UTF-8")
        }
        var child = tree.firstChild(node)
        while child != HTMLTree.none {
            precondition(tree.parent(child) == node, "wrong parent")
            stack.append((child, depth + 1))
            child = tree.nextSibling(child)
        }
    }
    precondition(seen.allSatisfy { $0 }, "unreachable nodes")
    return 0
}
