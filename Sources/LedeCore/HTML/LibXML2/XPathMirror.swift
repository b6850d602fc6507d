import CLibXML2

/// libxml2, for the one thing lede's own tree does not do: XPath, which outlet rules and
/// `doc:select` may use. A copy of the tree is built as libxml2 nodes when a page is first
/// queried, each carrying its node number in `_private`, so results map back to `HTMLNode`s.
///
/// This is the only file that touches libxml2.
final class XPathMirror {
    private let document: xmlDocPtr
    /// The libxml2 node of each tree node (index 0, the document, is the document).
    private var pointers: [xmlNodePtr?]

    init(_ tree: HTMLTree) {
        lede_xml_quiet()
        document = htmlNewDocNoDtD(nil, nil)
        pointers = [xmlNodePtr?](repeating: nil, count: tree.count)
        pointers[0] = xmlNodePtr(OpaquePointer(document))
        var value: [UInt8] = []
        // A parent always has a smaller number than its children, and siblings follow each
        // other in number order, so one pass in number order builds the whole tree.
        for id in 1..<HTMLTree.NodeID(tree.count) {
            let node: xmlNodePtr?
            switch tree.kind(id) {
            case .element:
                node = xmlNewDocNode(document, nil, tree.names[Int(tree.tag(id))], nil)
                for index in 0..<tree.attributeCount(id) {
                    tree.withAttributeValue(id, at: index) { bytes in
                        value.removeAll(keepingCapacity: true)
                        value.append(contentsOf: bytes)
                        value.append(0)
                    }
                    let attribute = xmlNewProp(node, tree.attributeName(id, at: index), value)
                    attribute?.pointee._private = UnsafeMutableRawPointer(bitPattern: (index + 1) << 32 | (Int(id) + 1))
                }
            case .text:
                node = tree.withText(id) { bytes in xmlNewDocTextLen(document, bytes.baseAddress, Int32(bytes.count)) }
            case .document:
                node = nil
            }
            guard let node, let parent = pointers[Int(tree.parent(id))] else { continue }
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: Int(id) + 1)
            node.pointee.parent = parent
            if let last = parent.pointee.last {
                last.pointee.next = node
                node.pointee.prev = last
            } else {
                parent.pointee.children = node
            }
            parent.pointee.last = node
            pointers[Int(id)] = node
        }
    }

    deinit { xmlFreeDoc(document) }

    /// Initialises libxml2's global state once, before documents are queried on several threads.
    static func prepareForThreads() {
        xmlInitParser()
    }

    /// The (node, attribute index or -1) an XPath expression selects, in document order,
    /// evaluated relative to `context` (the document when nil). Results that are not node
    /// sets (`count(//p)`), evaluation errors, the document node and comments give none.
    func select(_ expression: String, in context: HTMLTree.NodeID?) -> [(id: HTMLTree.NodeID, attributeIndex: Int32)] {
        guard let xpath = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(xpath) }
        xpath.pointee.error = { _, _ in }
        xpath.pointee.node = pointers[Int(context ?? 0)]
        guard let result = xmlXPathEval(expression, xpath) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval, let table = set.pointee.nodeTab else { return [] }
        xmlXPathNodeSetSort(set)
        return (0..<Int(set.pointee.nodeNr)).compactMap { index in
            guard let node = table[index], let tag = node.pointee._private else { return nil }
            let bits = Int(bitPattern: tag)
            switch node.pointee.type {
            case XML_ELEMENT_NODE, XML_TEXT_NODE: return (HTMLTree.NodeID(bits - 1), -1)
            case XML_ATTRIBUTE_NODE: return (HTMLTree.NodeID((bits & 0xFFFF_FFFF) - 1), Int32((bits >> 32) - 1))
            default: return nil
            }
        }
    }

    /// Nil when `expression` compiles, else libxml2's complaint and its character offset,
    /// so that rules with broken XPath fail when they load. Names that compile but would fail
    /// on every page (an unknown function, a namespace prefix) are caught too.
    static func problem(in expression: String) -> String? {
        lede_xml_quiet()
        guard let context = xmlXPathNewContext(nil) else { return "libxml2 could not allocate an XPath context" }
        defer { xmlXPathFreeContext(context) }
        // The first error is the precise one ("unfinished literal"); the ones after it are generic.
        var first: (code: Int32, offset: Int32)?
        let compiled = withUnsafeMutablePointer(to: &first) { slot in
            context.pointee.userData = UnsafeMutableRawPointer(slot)
            context.pointee.error = { data, error in
                guard let slot = data?.assumingMemoryBound(to: (code: Int32, offset: Int32)?.self), slot.pointee == nil, let error else { return }
                slot.pointee = (Int32(error.pointee.code), error.pointee.int1)
            }
            return xmlXPathCtxtCompile(context, expression)
        }
        if let compiled {
            xmlXPathFreeCompExpr(compiled)
            return XPathNames.problem(in: expression)
        }
        let offset = String(decoding: expression.utf8.prefix(Int(max(0, first?.offset ?? 0))), as: UTF8.self).count
        return "\(xpathProblem(first?.code ?? 0)) at \(offset)"
    }

    /// libxml2 keeps its XPath messages to itself (a context's handler gets only the code).
    private static func xpathProblem(_ code: Int32) -> String {
        switch xmlParserErrors(rawValue: UInt32(clamping: code)) {
        case XML_XPATH_NUMBER_ERROR: "bad number"
        case XML_XPATH_UNFINISHED_LITERAL_ERROR: "unfinished string literal"
        case XML_XPATH_START_LITERAL_ERROR: "expected a string literal"
        case XML_XPATH_VARIABLE_REF_ERROR: "bad variable reference"
        case XML_XPATH_INVALID_PREDICATE_ERROR: "invalid predicate"
        case XML_XPATH_UNCLOSED_ERROR: "unclosed bracket"
        case XML_XPATH_UNDEF_PREFIX_ERROR: "undefined namespace prefix"
        case XML_XPATH_INVALID_CHAR_ERROR, XML_XPATH_ENCODING_ERROR: "invalid character"
        default: "invalid expression"
        }
    }
}
